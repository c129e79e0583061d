#include "endpoint.hpp"

#include "suggest.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/registry.hpp>

#include <array>

namespace kalends::cli {
namespace {

struct day_count_info {
    day_count count;
    std::string_view name;
    std::int64_t offset;        // JDN of value 0
    std::int64_t unit_divisor;  // values per day
};

constexpr std::int64_t seconds_per_day = 86400;

constexpr std::array<day_count_info, 5> day_counts{{
    {day_count::jdn, "jdn", 0, 1},
    {day_count::rata_die, "rd", jdn_of_rata_die_epoch, 1},
    {day_count::mjd, "mjd", jdn_of_mjd_epoch, 1},
    {day_count::unix_days, "unix", jdn_of_unix_epoch, 1},
    {day_count::unix_seconds, "unix-seconds", jdn_of_unix_epoch, seconds_per_day},
}};

const day_count_info& info_of(day_count count) noexcept {
    for (const auto& info : day_counts) {
        if (info.count == count) return info;
    }
    return day_counts.front();
}

}  // namespace

std::vector<std::string> day_count_names() {
    std::vector<std::string> names;
    names.reserve(day_counts.size());
    for (const auto& info : day_counts) names.emplace_back(info.name);
    return names;
}

std::string_view day_count_name(day_count count) noexcept { return info_of(count).name; }

std::optional<std::int64_t> jdn_of_count(day_count count, std::int64_t value) noexcept {
    const day_count_info& info = info_of(count);
    // Floor division: second -1 is in the day before the epoch.
    std::int64_t days = value / info.unit_divisor;
    if (value % info.unit_divisor < 0) --days;
    std::int64_t jdn = 0;
    if (__builtin_add_overflow(days, info.offset, &jdn)) return std::nullopt;
    return jdn;
}

std::optional<std::int64_t> count_of_jdn(day_count count, std::int64_t jdn) noexcept {
    const day_count_info& info = info_of(count);
    std::int64_t days = 0;
    std::int64_t value = 0;
    if (__builtin_sub_overflow(jdn, info.offset, &days) || __builtin_mul_overflow(days, info.unit_divisor, &value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<endpoint> find_endpoint(std::string_view name) {
    for (const auto& info : day_counts) {
        if (equal_ignoring_ascii_case(name, info.name)) return endpoint{std::nullopt, info.count, std::string(info.name)};
    }
    if (auto cal = kalends::calendar::find(name)) {
        std::string primary(cal->name());
        return endpoint{*cal, day_count::jdn, std::move(primary)};
    }
    return std::nullopt;
}

std::vector<std::string> all_calendar_names() {
    std::vector<std::string> names;
    for (const kalends::calendar& cal : kalends::all_calendars()) {
        for (const std::string& name : cal.names()) names.push_back(name);
    }
    return names;
}

std::vector<kalends::calendar> builtin_calendars() {
    std::vector<kalends::calendar> found;
    for (kalends::calendar& cal : kalends::all_calendars()) {
        if (cal.system() != calendar_system::user) found.push_back(cal);
    }
    return found;
}

std::string kind_of(const kalends::calendar& cal) {
    switch (cal.kind()) {
        case kalends::calendar_kind::solar: return "solar";
        case kalends::calendar_kind::lunar: return "lunar";
        case kalends::calendar_kind::luni_solar: return "lunisolar";
    }
    return "other";  // a user backend's value outside the enum
}

kalends::calendar require_calendar(std::string_view name, std::string_view what) {
    if (auto cal = kalends::calendar::find(name)) return *cal;
    throw usage_error("unknown calendar " + quoted(name) + " for " + std::string(what) +
                      did_you_mean(name, all_calendar_names()) + "; 'kalends list' shows every calendar");
}

endpoint require_endpoint(std::string_view name, std::string_view what) {
    if (auto found = find_endpoint(name)) return *found;
    auto candidates = all_calendar_names();
    for (auto& count : day_count_names()) candidates.push_back(count);
    throw usage_error("unknown calendar " + quoted(name) + " for " + std::string(what) +
                      did_you_mean(name, candidates) +
                      "; allowed: a calendar name or alias ('kalends list' shows them) or a day count: jdn, rd, mjd, "
                      "unix, unix-seconds");
}

}  // namespace kalends::cli

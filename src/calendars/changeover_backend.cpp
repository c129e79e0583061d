// The Julian-Gregorian changeover calendar: backend, presets, factories.
#include "changeover_backend.hpp"

#include "../ascii.hpp"
#include "../diagnostics.hpp"
#include "../registry.hpp"
#include "../register_return.hpp"

#include <kalends/changeover.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/registry.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <string>
#include <tuple>

namespace kalends {
namespace detail {
namespace {

using kernels::gregorian;
using kernels::julian;

constexpr auto label(int year, int month, int day) noexcept { return std::tuple(year, month, day); }
constexpr auto label(const date_parts& p) noexcept { return std::tuple(p.year, p.month, p.day); }

}  // namespace

changeover_backend::changeover_backend(std::int64_t first_gregorian_jdn) noexcept
    : switch_jdn_(first_gregorian_jdn),
      last_julian_(julian::from_jdn(first_gregorian_jdn - 1)),
      first_gregorian_(gregorian::from_jdn(first_gregorian_jdn)),
      min_days_in_month_(28) {
    // The months the switch shortens: the Julian month of the last Julian day
    // and the Gregorian month of the first Gregorian day (the same month when
    // the switch falls within one).
    const auto count = [this](int year, int month) {
        const int first = (label(year, month, 1) >= label(first_gregorian_)) || is_julian_label(year, month, 1)
                              ? 1
                              : first_gregorian_.day;
        const int last = days_in_month(month, year);
        return static_cast<int>(date_to_jdn(year, month, last) - date_to_jdn(year, month, first) + 1);
    };
    min_days_in_month_ = std::min({28, count(last_julian_.year, last_julian_.month),
                                   count(first_gregorian_.year, first_gregorian_.month)});
}

int changeover_backend::minimum_year() const { return INT_MIN; }
int changeover_backend::maximum_year() const { return INT_MAX; }

bool changeover_backend::is_julian_label(int year, int month, int day) const noexcept {
    return label(year, month, day) <= label(last_julian_);
}

bool changeover_backend::is_gregorian_label(int year, int month, int day) const noexcept {
    return label(year, month, day) >= label(first_gregorian_);
}

int changeover_backend::days_in_month(int month, int year) const {
    const auto ym = std::tuple(year, month);
    const auto julian_ym = std::tuple(last_julian_.year, last_julian_.month);
    const auto gregorian_ym = std::tuple(first_gregorian_.year, first_gregorian_.month);
    if (ym >= gregorian_ym) return gregorian::days_in_month(month, year);
    if (ym == julian_ym) return last_julian_.day;
    return julian::days_in_month(month, year);
}

int changeover_backend::max_days_in_month_of(int month) const { return month == 2 ? 29 : julian::days_in_month(month, 1); }

std::int64_t changeover_backend::first_jdn_of_year(int year) const noexcept {
    if (year > first_gregorian_.year) return gregorian::to_jdn(year, 1, 1);
    if (year < first_gregorian_.year || is_julian_label(year, 1, 1)) return julian::to_jdn(year, 1, 1);
    // The year of the first Gregorian day: 1 January exists unless the switch skipped it.
    return is_gregorian_label(year, 1, 1) ? gregorian::to_jdn(year, 1, 1) : switch_jdn_;
}

int changeover_backend::days_in_year(int year) const {
    if (year < last_julian_.year) return julian::days_in_year(year);
    if (year > first_gregorian_.year) return gregorian::days_in_year(year);
    // A year the switch touches (years here are far from INT_MAX).
    const int next = year == -1 ? 1 : year + 1;
    return static_cast<int>(first_jdn_of_year(next) - first_jdn_of_year(year));
}

bool changeover_backend::is_leap_year(int year) const {
    return year >= first_gregorian_.year ? gregorian::is_leap_year(year) : julian::is_leap_year(year);
}

std::int64_t changeover_backend::date_to_jdn(int year, int month, int day) const {
    // A skipped label (a precondition violation) is read as Julian, as ICU's lenient mode does.
    return is_gregorian_label(year, month, day) ? gregorian::to_jdn(year, month, day) : julian::to_jdn(year, month, day);
}

date_parts changeover_backend::jdn_to_date(std::int64_t jdn) const {
    return detail::register_return(jdn < switch_jdn_ ? julian::from_jdn(jdn) : gregorian::from_jdn(jdn));
}

std::int64_t changeover_backend::date_to_jdn_or_invalid(int year, int month, int day) const {
    if (!is_date_valid(year, month, day)) return invalid_jdn;
    if (!is_julian_label(year, month, day) && !is_gregorian_label(year, month, day)) return invalid_jdn;
    return date_to_jdn(year, month, day);
}

era_year changeover_backend::era_of(const date_parts& date) const { return eras_.era_of(date, false); }

std::optional<int> changeover_backend::year_of_era(std::string_view era, std::int64_t year) const {
    return eras_.year_of_era(era, year, false);
}

std::span<const std::string_view> changeover_backend::era_codes() const { return eras_.codes(); }



}  // namespace detail

namespace {

// ncal -p (Debian bsdmainutils / ncal 12.1.8): each country's last Julian day.
constexpr std::array<changeover_preset, 34> presets{{
    {"AL", "Albania", 1912, 11, 30},        {"AT", "Austria", 1583, 10, 5},
    {"AU", "Australia", 1752, 9, 2},        {"BE", "Belgium", 1582, 12, 14},
    {"BG", "Bulgaria", 1916, 3, 31},        {"CA", "Canada", 1752, 9, 2},
    {"CH", "Switzerland", 1655, 2, 28},     {"CN", "China", 1911, 12, 18},
    {"CZ", "Czech Republic", 1584, 1, 6},   {"DE", "Germany", 1700, 2, 18},
    {"DK", "Denmark", 1700, 2, 18},         {"ES", "Spain", 1582, 10, 4},
    {"FI", "Finland", 1753, 2, 17},         {"FR", "France", 1582, 12, 9},
    {"GB", "United Kingdom", 1752, 9, 2},   {"GR", "Greece", 1924, 3, 9},
    {"HU", "Hungary", 1587, 10, 21},        {"IS", "Iceland", 1700, 11, 16},
    {"IT", "Italy", 1582, 10, 4},           {"JP", "Japan", 1918, 12, 18},
    {"LI", "Lithuania", 1918, 2, 1},        {"LU", "Luxembourg", 1582, 12, 14},
    {"LV", "Latvia", 1918, 2, 1},           {"NL", "Netherlands", 1582, 12, 14},
    {"NO", "Norway", 1700, 2, 18},          {"PL", "Poland", 1582, 10, 4},
    {"PT", "Portugal", 1582, 10, 4},        {"RO", "Romania", 1919, 3, 31},
    {"RU", "Russia", 1918, 1, 31},          {"SE", "Sweden", 1753, 2, 17},
    {"SI", "Slovenia", 1919, 3, 4},         {"TR", "Turkey", 1926, 12, 18},
    {"US", "United States", 1752, 9, 2},    {"YU", "Yugoslavia", 1919, 3, 4},
}};

// The preset codes, for the message that lists them.
constexpr std::array<std::string_view, presets.size()> codes_of_presets() {
    std::array<std::string_view, presets.size()> codes{};
    for (std::size_t i = 0; i < presets.size(); ++i) codes[i] = presets[i].code;
    return codes;
}
constexpr std::array<std::string_view, presets.size()> preset_codes = codes_of_presets();

}  // namespace

std::int64_t changeover_preset::first_gregorian_jdn() const noexcept {
    return kernels::julian::to_jdn(last_julian_year, last_julian_month, last_julian_day) + 1;
}

std::span<const changeover_preset> changeover_presets() noexcept { return presets; }

std::optional<changeover_preset> find_changeover_preset(std::string_view code) noexcept {
    for (const auto& p : presets) {
        if (detail::ascii_iequals(p.code, code)) return p;
    }
    return std::nullopt;
}

std::shared_ptr<calendar_backend> make_changeover_backend(std::int64_t first_gregorian_jdn) {
    if (first_gregorian_jdn < min_gregorian_change_jdn || first_gregorian_jdn > max_gregorian_change_jdn) {
        throw error(error_info(errc::jdn_out_of_range, error_field::julian_day, detail::msg::changeover_out_of_range).with_value(first_gregorian_jdn).with_min(min_gregorian_change_jdn).with_max(max_gregorian_change_jdn));
    }
    return std::make_shared<detail::changeover_backend>(first_gregorian_jdn);
}

std::shared_ptr<calendar_backend> make_changeover_backend(std::string_view country_code) {
    const auto preset = find_changeover_preset(country_code);
    if (!preset) {
        throw error(error_info(errc::unknown_calendar_name, error_field::region, detail::msg::unknown_changeover_preset).with_text(error_text(country_code)).with_choices(preset_codes));
    }
    return make_changeover_backend(preset->first_gregorian_jdn());
}

calendar changeover_calendar(std::string_view country_code) {
    auto backend = make_changeover_backend(country_code);  // validates the code
    std::string name = "gregorian-julian-";
    for (const char c : country_code) name += detail::ascii_lower(c);
    const auto wanted = static_cast<const detail::changeover_backend&>(*backend).first_gregorian_jdn();
    const auto matches = [&](const calendar& cal) { return gregorian_change_of(cal) == wanted; };
    if (auto found = calendar::find(name)) {
        if (matches(*found)) return *found;
    } else {
        const std::string_view names[] = {name};
        const auto registered = try_register_calendar(backend, names);
        if (registered) return calendar(*registered);
        // Another thread may have registered it first.
        if (auto raced = calendar::find(name); raced && matches(*raced)) return *raced;
        throw error(registered.error());
    }
    throw error(error_info(errc::name_taken, error_field::calendar_name, detail::msg::name_taken_by_other_changeover).with_text(error_text(name)));
}

std::optional<std::int64_t> gregorian_change_of(const calendar& cal) { return cal.backend().reform_jdn(); }

}  // namespace kalends

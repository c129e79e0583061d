#include "today.hpp"

#include "date_parse.hpp"
#include "endpoint.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/calendar.hpp>
#include <kalends/text.hpp>

#include <array>
#include <cstdlib>
#include <utility>
#include <ctime>

namespace kalends::cli {

std::int64_t today_jdn() {
    const kalends::calendar gregorian(calendar_system::gregorian);
    if (const char* forced = std::getenv("KALENDS_TODAY"); forced != nullptr && *forced != '\0') {
        const ymd_text ymd = parse_ymd(forced);
        const bool valid = ymd.status == text_status::ok && gregorian.is_date_valid(ymd.parts());
        if (!valid) throw usage_error("KALENDS_TODAY=" + quoted(forced) + " is not a valid Gregorian date YYYY-MM-DD");
        return gregorian.date_from_parts(ymd.parts());
    }
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    if (localtime_r(&now, &local) == nullptr) {
        // No usable local time: fall back to UTC days since the epoch.
        return static_cast<std::int64_t>(now / 86400) + jdn_of_unix_epoch;
    }
    return gregorian.date_from_parts(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

day_word read_day_word(std::string_view text) {
    if (text.empty() || (text[0] >= '0' && text[0] <= '9') || text[0] == '-') return {};  // a date: the common case
    static constexpr std::array<std::pair<std::string_view, int>, 3> words{
        {{"today", 0}, {"yesterday", -1}, {"tomorrow", 1}}};
    for (const auto& [name, offset] : words) {
        if (kalends::equal_ignoring_ascii_case(text, name)) return {true, today_jdn() + offset, {}};
    }
    if (!text.starts_with('@')) return {};
    const int64_result seconds = parse_int64(text.substr(1));
    if (seconds.status != text_status::ok) {
        return {true, std::nullopt, "@SECONDS needs a whole number of seconds since 1970-01-01 00:00 UTC (e.g. @1700000000)"};
    }
    return {true, jdn_of_count(day_count::unix_seconds, seconds.value), {}};
}

}  // namespace kalends::cli

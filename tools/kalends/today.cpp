#include "today.hpp"

#include "date_parse.hpp"
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

std::optional<std::int64_t> relative_day_jdn(std::string_view word) {
    static constexpr std::array<std::pair<std::string_view, int>, 3> words{
        {{"today", 0}, {"yesterday", -1}, {"tomorrow", 1}}};
    for (const auto& [name, offset] : words) {
        if (kalends::equal_ignoring_ascii_case(word, name)) return today_jdn() + offset;
    }
    return std::nullopt;
}

}  // namespace kalends::cli

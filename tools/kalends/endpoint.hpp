// What `convert` converts from and to: a calendar, or a day count (a fixed
// offset from the Julian Day Number).
#pragma once

#include <kalends/calendar.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

enum class day_count { jdn, rata_die, mjd, unix_days, unix_seconds };

struct endpoint {
    std::optional<kalends::calendar> cal;  // set for a calendar
    day_count count = day_count::jdn;      // used when cal is empty
    std::string name;                      // the calendar's primary name, or the day count's name

    [[nodiscard]] bool is_calendar() const noexcept { return cal.has_value(); }
};

// The names of the day counts: "jdn", "rd", "mjd", "unix" (days since
// 1970-01-01) and "unix-seconds" (seconds since 1970-01-01 00:00 UTC, as
// GNU date's @SECONDS: a value names the UTC day that holds it, and a day is
// written as the second it starts at).
[[nodiscard]] std::vector<std::string> day_count_names();
[[nodiscard]] std::string_view day_count_name(day_count count) noexcept;
// The JDN a value of the count names, and the value of a JDN; nullopt where int64 overflows.
[[nodiscard]] std::optional<std::int64_t> jdn_of_count(day_count count, std::int64_t value) noexcept;
[[nodiscard]] std::optional<std::int64_t> count_of_jdn(day_count count, std::int64_t jdn) noexcept;

// A day count by name (case-insensitive), else a calendar by name or alias;
// std::nullopt if neither.
[[nodiscard]] std::optional<endpoint> find_endpoint(std::string_view name);
// A calendar by name or alias; throws usage_error with the closest names if none.
[[nodiscard]] kalends::calendar require_calendar(std::string_view name, std::string_view what);
// find_endpoint, or usage_error with the closest names.
[[nodiscard]] endpoint require_endpoint(std::string_view name, std::string_view what);

// Every calendar name and alias (for suggestions).
[[nodiscard]] std::vector<std::string> all_calendar_names();
// The built-in calendars, in registry order.
[[nodiscard]] std::vector<kalends::calendar> builtin_calendars();
// "solar", "lunar", "lunisolar" (or "other"), as list and info print it.
[[nodiscard]] std::string kind_of(const kalends::calendar& cal);

}  // namespace kalends::cli

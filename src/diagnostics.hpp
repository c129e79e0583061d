// Error messages: what was wrong and what is allowed, in one place so that
// every entry point words the same problem the same way.
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/error.hpp>
#include <kalends/text.hpp>

#include <optional>
#include <string>
#include <string_view>

namespace kalends::detail {

// Quoting is kalends::quoted (kalends/text.hpp), found from here unqualified.
std::string hex_byte(unsigned char byte);

// "calendar 'gregorian' (ID 0)"
std::string describe_calendar(const calendar_backend& backend);
// " (built-in calendars have IDs 0..5; calendars registered at run time, 1000 and up)"
std::string describe_id_ranges();
// "calendar system 13 is out of range (allowed: 0 gregorian, 1 julian, ...)"
error_info invalid_system(int value);

// Why a year, a month of a year, or a date is invalid; nullopt if it is valid.
std::optional<error_info> check_year(const calendar_backend& backend, int year);
std::optional<error_info> check_month(const calendar_backend& backend, int month, int year);
std::optional<error_info> check_month_any_year(const calendar_backend& backend, int month);
std::optional<error_info> check_date(const calendar_backend& backend, int year, int month, int day);
error_info jdn_out_of_range(const calendar_backend& backend, std::int64_t jdn);
// A year of a user calendar with more days than an int holds.
error_info too_many_days(const calendar_backend& backend, int year);
// A std::chrono::sys_days count (days since 1970-01-01) outside the calendar's range.
error_info sys_days_out_of_range(const calendar_backend& backend, std::int64_t days);

[[noreturn]] void raise(const error_info& failure);

}  // namespace kalends::detail

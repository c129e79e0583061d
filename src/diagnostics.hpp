// The errors more than one entry point reports, built in one place so that
// every entry point reports the same problem the same way (their wordings
// are in messages.hpp). Nothing here allocates.
#pragma once

#include "messages.hpp"

#include <kalends/calendar_backend.hpp>
#include <kalends/detail/calendar_entry.hpp>
#include <kalends/error.hpp>

#include <cstdint>
#include <optional>

namespace kalends::detail {

// The calendar an error is about: its ID and primary name.
error_calendar calendar_of(const calendar_entry& backend) noexcept;

// "calendar system 13 names no built-in calendar (allowed: 0 gregorian, ...)"
error_info invalid_system(int value) noexcept;
// "no calendar is registered with ID 1005 (built-in calendars have IDs 0..25; ...)"
error_info unknown_id(calendar_id id) noexcept;

// Why a year, a month of a year, or a date is invalid; nullopt if it is valid.
std::optional<error_info> check_year(const calendar_entry& backend, int year);
std::optional<error_info> check_month(const calendar_entry& backend, int month, int year);
std::optional<error_info> check_month_any_year(const calendar_entry& backend, int month);
std::optional<error_info> check_date(const calendar_entry& backend, int year, int month, int day);
error_info jdn_out_of_range(const calendar_entry& backend, std::int64_t jdn) noexcept;
// A year of a user calendar with more days than an int holds.
error_info too_many_days(const calendar_entry& backend, int year) noexcept;
// A std::chrono::sys_days count (days since 1970-01-01) outside the calendar's range.
error_info sys_days_out_of_range(const calendar_entry& backend, std::int64_t days) noexcept;


}  // namespace kalends::detail

// Identities of calendars: the enum of built-ins and the numeric ID.
#pragma once

#include <cstdint>

namespace kalends {

// The built-in calendars. Values 0..2 and 5 match QCalendar::System's
// Gregorian, Julian, Milankovic and IslamicCivil; Qt's Jalali (3) is the
// 2820-year rule, which kalends calls persian_2820 (4); kalends' persian (3)
// uses the 33-year rule that matches the official Iranian calendar.
enum class calendar_system : int {
    gregorian = 0,
    julian = 1,
    milankovic = 2,
    persian = 3,
    persian_2820 = 4,
    islamic_civil = 5,
    user = -1,  // any calendar registered at run time
};

inline constexpr int builtin_calendar_count = 6;

// A calendar's numeric ID. Built-in calendars have the ID of their
// calendar_system value; calendars registered at run time get IDs from
// first_user_calendar_id upwards, never reused within a process.
enum class calendar_id : std::uint32_t {};

inline constexpr std::uint32_t first_user_calendar_id = 1000;

constexpr std::uint32_t to_underlying(calendar_id id) noexcept { return static_cast<std::uint32_t>(id); }

}  // namespace kalends

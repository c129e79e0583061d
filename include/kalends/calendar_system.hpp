// Identities of calendars: the enum of built-ins and the numeric ID.
#pragma once

#include <cstdint>

namespace kalends {

// The built-in calendars. Only Gregorian has Qt's value (0): QCalendar::System
// numbers Julian 8, Milankovic 9, Jalali 10 and IslamicCivil 11. Qt's Jalali
// is the 2820-year rule, which kalends calls persian_2820; kalends' persian
// is the astronomical Iranian calendar (1-3000 AP), persian_33 the 33-year
// rule that ICU uses. See docs/differences-from-qt.md.
enum class calendar_system : int {
    gregorian = 0,
    julian = 1,
    milankovic = 2,
    persian = 3,
    persian_2820 = 4,
    islamic_civil = 5,
    hebrew = 6,
    coptic = 7,
    ethiopic = 8,
    ethiopic_amete_alem = 9,
    indian = 10,
    buddhist = 11,
    roc = 12,
    japanese = 13,
    iso8601 = 14,
    islamic_tbla = 15,
    islamic_umalqura = 16,
    islamic_umalqura_extended = 17,  // Umm al-Qura, tabular civil outside A.H. 1300-1600
    persian_33 = 18,
    islamic_kuwaiti_thursday = 19,  // tabular, leap pattern "type I" (Microsoft's Kuwaiti algorithm)
    islamic_kuwaiti_friday = 20,
    islamic_bohra_thursday = 21,  // tabular, "type III" (Fatimid / Bohra)
    islamic_bohra_friday = 22,
    islamic_habash_thursday = 23,  // tabular, "type IV" (Habash al-Hasib)
    islamic_habash_friday = 24,
    gregorian_julian = 25,  // Julian until 1582-10-04, Gregorian from 1582-10-15 (see changeover.hpp)
    chinese = 26,           // astronomical, lunar years 1645-2644 (see calendars/chinese.hpp)
    dangi = 27,             // the Korean calendar: the same rule at Korean time
    japanese_extended = 28, // japanese with every era of CLDR from Taika (645)
    chinese_extended = 29,  // chinese, approximated by mean motions in years 1-1644 and 2645-9999
    dangi_extended = 30,    // dangi, the same
    user = -1,  // any calendar registered at run time
};

inline constexpr int builtin_calendar_count = 31;

// A calendar's numeric ID. Built-in calendars have the ID of their
// calendar_system value; calendars registered at run time get IDs from
// first_user_calendar_id upwards, never reused within a process.
enum class calendar_id : std::uint32_t {};

inline constexpr std::uint32_t first_user_calendar_id = 1000;

// The ID of no calendar: what a backend that was never registered reports.
inline constexpr calendar_id no_calendar_id{0xFFFF'FFFFu};

constexpr std::uint32_t to_underlying(calendar_id id) noexcept { return static_cast<std::uint32_t>(id); }

}  // namespace kalends

// Astronomical Persian (Solar Hijri) calendar: 1 Farvardin is the day whose
// apparent noon at the Iranian standard meridian (52.5 degrees east, UT+3:30)
// is the first apparent noon after the March equinox -- the rule of Iran's
// calendar law of 1925, as Reingold & Dershowitz ("Calendrical Calculations")
// compute it. Months as in every Persian kernel: six of 31 days, five of 30,
// Esfand 29 or 30.
//
// The new years are not computed at run time: scripts/generate_persian_astronomical.py
// computes them for 1 .. 3001 AP from its own implementation of the solar
// longitude (Bretagnon & Simon's 49-term series with aberration and
// nutation), the equation of time (Meeus) and Delta T (Espenak & Meeus), and
// stores each year's deviation from the 33-year rule (persian_33) in two bits
// (persian_astronomical_table.hpp, 94 words). Between 1 and 3000 AP the
// deviation is -1, 0 or +1; between 1800 and 2200 CE (1179 .. 1579 AP) the
// only year where astronomy and the 33-year rule disagree is 1503 AP, whose
// new year is 2124-03-20 (the rule says 03-21); from 1206 to 1498 AP every
// new year is the 33-year rule's, i.e. the official Iranian one.
//
// Accuracy: the generator lists (--list) the years whose equinox lies within
// 10 minutes of the deciding noon; there the answer depends on the
// ephemeris and above all on Delta T, which is uncertain by minutes in the
// 21st century and by hours in the distant past and future. Outside the
// table the rule is undefined in practice.
//
// Range: min_year = 1 to max_year = 3000 AP (JDN 1948321 = 622-03-22 Gregorian
// to JDN 3044047 = 3622-03-20); the kernel's range ends there (no extrapolation). No year 0.
// O(1): a new year is the 33-year rule's plus one table lookup; from_jdn
// takes the 33-year rule's year and corrects it by at most one.
#pragma once

#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical_table.hpp>
#include <kalends/calendars/persian_kernel.hpp>

#include <cstddef>
#include <cstdint>

namespace kalends::kernels {

struct persian_astronomical : persian_kernel<persian_astronomical> {
    // The kernel's range replaces the base's on purpose (CRTP).
    // cppcheck-suppress duplInheritedMember
    static constexpr int min_year = persian_astronomical_data::first_year;
    // cppcheck-suppress duplInheritedMember
    static constexpr int max_year = persian_astronomical_data::last_year;

    // Astronomical new year minus the 33-year rule's, for 1 <= a <= max_year + 1.
    static constexpr int deviation(std::int64_t a) noexcept {
        const auto i = static_cast<std::size_t>(a - min_year);
        const std::uint64_t word = persian_astronomical_data::deviation_bits[i / 32];
        return static_cast<int>((word >> (2 * (i % 32))) & 3U) - 2;
    }

    // JDN of 1 Farvardin of year a, for 1 <= a <= max_year + 1.
    static constexpr std::int64_t new_year(std::int64_t a) noexcept { return persian_33::new_year(a) + deviation(a); }

    // Precondition: min_year <= year <= max_year.
    static constexpr bool is_leap_year(int year) noexcept {
        return new_year(std::int64_t{year} + 1) - new_year(year) == 366;
    }

    // The year whose new year is the last one on or before jdn.
    // Precondition: jdn within the kernel's range.
    static constexpr std::int64_t year_containing(std::int64_t jdn) noexcept {
        std::int64_t a = persian_33::year_containing(jdn);
        if (a < min_year) a = min_year;
        if (a > max_year + 1) a = max_year + 1;
        if (new_year(a) > jdn) return a - 1;
        if (a <= max_year && new_year(a + 1) <= jdn) return a + 1;
        return a;
    }
};

}  // namespace kalends::kernels

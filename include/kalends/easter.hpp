// The date of Easter Sunday, by the two computus rules in use.
//
// western:  the Gregorian computus (Lilius and Clavius, 1582), dates in the
//           Gregorian calendar, as the Catholic and Protestant churches
//           keep it and as Debian's `ncal -e` prints it from 1583.
// orthodox: the Julian computus (Dionysius Exiguus), dates in the Julian
//           calendar, as most Eastern churches keep it; `ncal -o` prints the
//           same day as a Gregorian date (and `ncal -e` too, before 1583).
//
// Both are pure integer arithmetic (Meeus, "Astronomical Algorithms", 2nd
// ed., ch. 8: the anonymous Gregorian algorithm and the Julian one), periodic
// in the year: the Gregorian dates repeat every 5,700,000 years, the Julian
// ones every 532. So every year the Gregorian and Julian calendars have gets
// its exact proleptic value: every int32 year except 0 (those calendars have
// no year 0; year -1 is 1 BCE and is computed as astronomical year 0, which
// keeps the 19-year lunar cycle of Dionysius, where 1 BCE has golden number 1).
// Years before a rule was in use (the Gregorian before 1583, the Julian
// before the 4th century, and BCE years) get that proleptic value.
#pragma once

#include <kalends/error.hpp>

#include <cstdint>

namespace kalends {

enum class easter_rule {
    western,   // Gregorian computus, Gregorian `year`
    orthodox,  // Julian computus, Julian `year`
};

// The Julian Day Number of Easter Sunday of `year`: a Gregorian year for
// western, a Julian year for orthodox. In its rule's calendar the day is
// always March 22..April 25 of `year`; an orthodox Easter also falls in
// Gregorian year `year` from 10,663 BCE to 33,807 CE, but not beyond (the
// calendars drift apart). Valid for every int32 year except 0: year 0 is
// errc::invalid_year ("allowed -2147483648..2147483647, except 0"), and a
// rule that names no enumerator errc::invalid_enum_value.
[[nodiscard]] result<std::int64_t> try_easter_jdn(int year, easter_rule rule) noexcept;
[[nodiscard]] std::int64_t easter_jdn(int year, easter_rule rule);

}  // namespace kalends

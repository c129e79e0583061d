// Tabular Islamic calendar, civil (Friday) epoch: 1 Muharram 1 AH is JDN
// 1948440 (Julian 622-07-16). Thirty-year cycle with leap years 2, 5, 7, 10,
// 13, 16, 18, 21, 24, 26 and 29 (van Gent's type II). Months alternate 30 and
// 29 days; Dhu al-Hijjah has 30 in a leap year. No year 0. Valid for every
// int32 year. It is one member of the tabular family in islamic_tabular.hpp;
// tests/differential checks it against Qt's and ICU's islamic civil calendars.
#pragma once

#include <kalends/calendars/islamic_tabular.hpp>

namespace kalends::kernels {

using islamic_civil = islamic_civil_tabular;

}  // namespace kalends::kernels

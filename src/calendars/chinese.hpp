// The Chinese calendar and the Korean Dangi calendar: astronomical
// lunisolar months from a generated table (kalends/calendars/chinese.hpp),
// years numbered by their related Gregorian year, no eras, leap months as
// M01L..M12L. English month names: CLDR English, "chinese" calendar, with
// root's leap-month pattern "{0}bis" ("Fourth Monthbis", as ICU writes it).
// Month grids start on Monday in China and on Sunday in Korea.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"
#include "gregorian_based.hpp"

#include <kalends/calendars/chinese.hpp>
#include <kalends/calendars/chinese_extended.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> chinese_wide{
    "First Month",   "Second Month", "Third Month", "Fourth Month", "Fifth Month",    "Sixth Month",
    "Seventh Month", "Eighth Month", "Ninth Month", "Tenth Month",  "Eleventh Month", "Twelfth Month"};
inline constexpr std::array<std::string_view, 12> chinese_abbreviated{"Mo1", "Mo2", "Mo3",  "Mo4",  "Mo5",  "Mo6",
                                                                      "Mo7", "Mo8", "Mo9", "Mo10", "Mo11", "Mo12"};
inline constexpr std::array<named_month, 12> chinese_leap_months{{{1, "First Monthbis"},
                                                                   {2, "Second Monthbis"},
                                                                   {3, "Third Monthbis"},
                                                                   {4, "Fourth Monthbis"},
                                                                   {5, "Fifth Monthbis"},
                                                                   {6, "Sixth Monthbis"},
                                                                   {7, "Seventh Monthbis"},
                                                                   {8, "Eighth Monthbis"},
                                                                   {9, "Ninth Monthbis"},
                                                                   {10, "Tenth Monthbis"},
                                                                   {11, "Eleventh Monthbis"},
                                                                   {12, "Twelfth Monthbis"}}};
inline constexpr month_names chinese_months{chinese_wide, chinese_abbreviated, chinese_leap_months};

// CLDR's chinese and dangi months are numbered by their code; a leap month
// takes the locale's leap-month pattern (闰{0}, 윤{0}, {0}bis).
inline constexpr cldr_names chinese_cldr{cldr::calendar_type::chinese};
inline constexpr cldr_names dangi_cldr{cldr::calendar_type::dangi};

inline constexpr std::array<std::string_view, 1> chinese_names{"chinese"};
inline constexpr calendar_descriptor chinese{
    calendar_system::chinese, chinese_names, calendar_kind::luni_solar, 1, &chinese_months, &chinese_cldr,
    make_kernel_backend<kernels::chinese, no_eras>};

inline constexpr std::array<std::string_view, 2> dangi_names{"dangi", "korean"};
inline constexpr calendar_descriptor dangi{
    calendar_system::dangi, dangi_names, calendar_kind::luni_solar, 7, &chinese_months, &dangi_cldr,
    make_kernel_backend<kernels::dangi, no_eras>};

// Opt-in: the table's years exact, mean motions outside them (approximate,
// as exact_years() says; kalends/calendars/chinese_extended.hpp).
inline constexpr std::array<std::string_view, 1> chinese_extended_names{"chinese-extended"};
inline constexpr calendar_descriptor chinese_extended{
    calendar_system::chinese_extended, chinese_extended_names, calendar_kind::luni_solar, 1, &chinese_months,
    &chinese_cldr, make_kernel_backend<kernels::chinese_extended, no_eras>};

inline constexpr std::array<std::string_view, 2> dangi_extended_names{"dangi-extended", "korean-extended"};
inline constexpr calendar_descriptor dangi_extended{
    calendar_system::dangi_extended, dangi_extended_names, calendar_kind::luni_solar, 7, &chinese_months,
    &dangi_cldr, make_kernel_backend<kernels::dangi_extended, no_eras>};

}  // namespace kalends::detail::calendars

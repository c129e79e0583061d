// The Gregorian family: proleptic Gregorian, and the calendars that share its
// months and days and number the years otherwise (Buddhist, ROC, Japanese
// eras, ISO 8601). English month names: CLDR en.xml, "gregorian" calendar
// (the Julian, Revised Julian and changeover calendars use them too).
#pragma once

#include "japanese_eras.hpp"
#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/gregorian_based.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> roman_wide{"January", "February", "March",     "April",
                                                             "May",     "June",     "July",      "August",
                                                             "September", "October", "November", "December"};
inline constexpr std::array<std::string_view, 12> roman_abbreviated{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
inline constexpr month_names roman_months{roman_wide, roman_abbreviated};

// Era codes as ICU4X and ECMAScript Temporal use them.
inline constexpr era_scheme common_era("ce", "bce");
inline constexpr era_scheme buddhist_era("be");
inline constexpr era_scheme roc_eras("roc", "broc");
inline constexpr japanese_eras japanese_era_list{};
inline constexpr era_scheme no_eras{};

inline constexpr std::array<std::string_view, 2> gregorian_names{"gregorian", "gregory"};
inline constexpr calendar_descriptor gregorian{
    calendar_system::gregorian, gregorian_names, calendar_kind::solar, 7, &roman_months,
    make_kernel_backend<kernels::gregorian, common_era>};

inline constexpr std::array<std::string_view, 2> buddhist_names{"buddhist", "thai"};
inline constexpr calendar_descriptor buddhist{
    calendar_system::buddhist, buddhist_names, calendar_kind::solar, 7, &roman_months,
    make_kernel_backend<kernels::buddhist, buddhist_era>};

inline constexpr std::array<std::string_view, 2> roc_names{"roc", "minguo"};
inline constexpr calendar_descriptor roc{
    calendar_system::roc, roc_names, calendar_kind::solar, 7, &roman_months,
    make_kernel_backend<kernels::roc, roc_eras>};

inline constexpr std::array<std::string_view, 1> japanese_names{"japanese"};
inline constexpr calendar_descriptor japanese{
    calendar_system::japanese, japanese_names, calendar_kind::solar, 7, &roman_months,
    make_kernel_backend<kernels::iso, japanese_era_list>};

// ISO 8601 weeks start on Monday.
inline constexpr std::array<std::string_view, 2> iso8601_names{"iso8601", "iso"};
inline constexpr calendar_descriptor iso8601{
    calendar_system::iso8601, iso8601_names, calendar_kind::solar, 1, &roman_months,
    make_kernel_backend<kernels::iso, no_eras>};

}  // namespace kalends::detail::calendars

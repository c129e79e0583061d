// The Gregorian family: proleptic Gregorian, and the calendars that share its
// months and days and number the years otherwise (Buddhist, ROC, Japanese
// eras from Meiji or from Taika, ISO 8601). English month names: CLDR en.xml, "gregorian" calendar
// (the Julian, Revised Julian and changeover calendars use them too).
#pragma once

#include "japanese_era_table.hpp"
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
inline constexpr japanese_eras every_japanese_era_list{every_japanese_era, every_japanese_era_code};
inline constexpr era_scheme no_eras{};

inline constexpr std::array<cldr_era, 2> common_era_cldr{{{"ce", cldr::calendar_type::gregorian, 1},
                                                           {"bce", cldr::calendar_type::gregorian, 0}}};
inline constexpr cldr_names gregorian_cldr{cldr::calendar_type::gregorian, common_era_cldr};
inline constexpr cldr_names iso8601_cldr{cldr::calendar_type::gregorian};
inline constexpr std::array<cldr_era, 1> buddhist_era_cldr{{{"be", cldr::calendar_type::buddhist, 0}}};
inline constexpr cldr_names buddhist_cldr{cldr::calendar_type::buddhist, buddhist_era_cldr};
inline constexpr std::array<cldr_era, 2> roc_era_cldr{{{"roc", cldr::calendar_type::roc, 1},
                                                       {"broc", cldr::calendar_type::roc, 0}}};
inline constexpr cldr_names roc_cldr{cldr::calendar_type::roc, roc_era_cldr};
// CLDR numbers the Japanese eras from Taika (0); the tables keep them from
// Meiji (CLDR's 232) on, as entry 0.
inline constexpr std::array<cldr_era, 7> japanese_era_cldr{{{"reiwa", cldr::calendar_type::japanese, 4},
                                                            {"heisei", cldr::calendar_type::japanese, 3},
                                                            {"showa", cldr::calendar_type::japanese, 2},
                                                            {"taisho", cldr::calendar_type::japanese, 1},
                                                            {"meiji", cldr::calendar_type::japanese, 0},
                                                            {"ce", cldr::calendar_type::gregorian, 1},
                                                            {"bce", cldr::calendar_type::gregorian, 0}}};
inline constexpr cldr_names japanese_cldr{cldr::calendar_type::japanese, japanese_era_cldr};

inline constexpr std::array<std::string_view, 2> gregorian_names{"gregorian", "gregory"};
inline constexpr calendar_descriptor gregorian{
    calendar_system::gregorian, gregorian_names, calendar_kind::solar, 7, &roman_months, &gregorian_cldr,
    make_kernel_backend<kernels::gregorian, common_era>};

inline constexpr std::array<std::string_view, 2> buddhist_names{"buddhist", "thai"};
inline constexpr calendar_descriptor buddhist{
    calendar_system::buddhist, buddhist_names, calendar_kind::solar, 7, &roman_months, &buddhist_cldr,
    make_kernel_backend<kernels::buddhist, buddhist_era>};

inline constexpr std::array<std::string_view, 2> roc_names{"roc", "minguo"};
inline constexpr calendar_descriptor roc{
    calendar_system::roc, roc_names, calendar_kind::solar, 7, &roman_months, &roc_cldr,
    make_kernel_backend<kernels::roc, roc_eras>};

inline constexpr std::array<std::string_view, 1> japanese_names{"japanese"};
inline constexpr calendar_descriptor japanese{
    calendar_system::japanese, japanese_names, calendar_kind::solar, 7, &roman_months, &japanese_cldr,
    make_kernel_backend<kernels::iso, japanese_era_list>};

// ICU's japanese: every era from Taika. The locale tables name the eras from
// Meiji on; an older era is written by its code ("taika-645").
inline constexpr std::array<std::string_view, 2> japanese_extended_names{"japanese-extended", "japanext"};
inline constexpr calendar_descriptor japanese_extended{
    calendar_system::japanese_extended, japanese_extended_names, calendar_kind::solar, 7, &roman_months,
    &japanese_cldr, make_kernel_backend<kernels::iso, every_japanese_era_list>};

// ISO 8601: weeks start on Monday and week 1 has four days, in every locale.
inline constexpr std::array<std::string_view, 2> iso8601_names{"iso8601", "iso"};
inline constexpr calendar_descriptor iso8601{
    calendar_system::iso8601, iso8601_names, calendar_kind::solar, 1, &roman_months, &iso8601_cldr,
    make_kernel_backend<kernels::iso, no_eras>, true};

}  // namespace kalends::detail::calendars

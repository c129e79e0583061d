// The Hebrew calendar: arithmetic (molad and four postponements), 12 or 13
// months, Adar I as M05L. English month names: CLDR English, "hebrew"
// calendar (the abbreviated names are the wide ones). Month grids start on
// Sunday, as in Israel.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/hebrew.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> hebrew_wide{"Tishri", "Heshvan", "Kislev", "Tevet", "Shevat", "Adar",
                                                              "Nisan",  "Iyar",    "Sivan",  "Tamuz", "Av",     "Elul"};
inline constexpr std::array<named_month, 1> hebrew_leap_months{{{5, "Adar I"}}};
inline constexpr std::array<named_month, 1> hebrew_in_leap_years{{{6, "Adar II"}}};
inline constexpr month_names hebrew_months{hebrew_wide, hebrew_wide, hebrew_leap_months, hebrew_in_leap_years};

inline constexpr era_scheme anno_mundi("am");

// CLDR numbers the Hebrew months 1..13 from Tishri with Adar I as 6 and Adar
// as 7, which it calls Adar II in leap years (the generator's 14th entry).
constexpr int hebrew_cldr_month_type(month_code code, bool leap_year) noexcept {
    if (code.is_leap()) return 6;
    if (code.number() == 6) return leap_year ? 14 : 7;
    return code.number() < 6 ? code.number() : code.number() + 1;
}
inline constexpr std::array<cldr_era, 1> anno_mundi_cldr{{{"am", cldr::calendar_type::hebrew, 0}}};
inline constexpr cldr_names hebrew_cldr{cldr::calendar_type::hebrew, anno_mundi_cldr, hebrew_cldr_month_type};

inline constexpr std::array<std::string_view, 2> hebrew_names{"hebrew", "jewish"};
inline constexpr calendar_descriptor hebrew{
    calendar_system::hebrew, hebrew_names, calendar_kind::luni_solar, 7, &hebrew_months, &hebrew_cldr,
    make_kernel_backend<kernels::hebrew, anno_mundi>};

}  // namespace kalends::detail::calendars

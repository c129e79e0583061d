// The Persian (Solar Hijri) family: the astronomical Iranian calendar, and
// the 2820-year (Qt's Jalali) and 33-year (ICU's) arithmetic rules. English
// month names: CLDR English, "persian" calendar (the abbreviated names are
// the wide ones). Month grids start on Saturday, as in Iran.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> persian_wide{"Farvardin", "Ordibehesht", "Khordad", "Tir",
                                                               "Mordad",    "Shahrivar",   "Mehr",    "Aban",
                                                               "Azar",      "Dey",         "Bahman",  "Esfand"};
inline constexpr month_names persian_months{persian_wide, persian_wide};

inline constexpr era_scheme anno_persico("ap");
inline constexpr std::array<cldr_era, 1> anno_persico_cldr{{{"ap", cldr::calendar_type::persian, 0}}};
inline constexpr cldr_names persian_cldr{cldr::calendar_type::persian, anno_persico_cldr};

inline constexpr std::array<std::string_view, 3> persian_names{"persian", "jalali", "solar-hijri"};
inline constexpr calendar_descriptor persian{
    calendar_system::persian, persian_names, calendar_kind::solar, 6, &persian_months, &persian_cldr,
    make_kernel_backend<kernels::persian_astronomical, anno_persico>};

inline constexpr std::array<std::string_view, 2> persian_2820_names{"persian-2820", "jalali-2820"};
inline constexpr calendar_descriptor persian_2820{
    calendar_system::persian_2820, persian_2820_names, calendar_kind::solar, 6, &persian_months, &persian_cldr,
    make_kernel_backend<kernels::persian_2820, anno_persico>};

inline constexpr std::array<std::string_view, 2> persian_33_names{"persian-33", "jalali-33"};
inline constexpr calendar_descriptor persian_33{
    calendar_system::persian_33, persian_33_names, calendar_kind::solar, 6, &persian_months, &persian_cldr,
    make_kernel_backend<kernels::persian_33, anno_persico>};

}  // namespace kalends::detail::calendars

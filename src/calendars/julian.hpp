// The Julian family: the proleptic Julian and Revised Julian (Milankovic)
// calendars, with the Gregorian months' English names.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"
#include "gregorian_based.hpp"

#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/milankovic.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 1> julian_names{"julian"};
inline constexpr calendar_descriptor julian{
    calendar_system::julian, julian_names, calendar_kind::solar, 7, &roman_months, &gregorian_cldr,
    make_kernel_backend<kernels::julian, common_era>};

inline constexpr std::array<std::string_view, 2> milankovic_names{"milankovic", "revised-julian"};
inline constexpr calendar_descriptor milankovic{
    calendar_system::milankovic, milankovic_names, calendar_kind::solar, 7, &roman_months, &gregorian_cldr,
    make_kernel_backend<kernels::milankovic, common_era>};

}  // namespace kalends::detail::calendars

// The Coptic and Ethiopic calendars: 12 months of 30 days and an epagomenal
// 13th month, a leap year every four years. Coptic years before 1 A.M. count
// backwards in "bd" (before Diocletian); Ethiopic years before Amete Mihret 1
// are Amete Alem years. English month names: CLDR root (which English
// inherits), "coptic" and "ethiopic" calendars (abbreviated = wide). Month
// grids start on Saturday for Coptic (Egypt) and Sunday for Ethiopic
// (Ethiopia).
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/coptic.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 13> coptic_wide{"Tout",     "Baba",     "Hator",     "Kiahk", "Toba",
                                                              "Amshir",   "Baramhat", "Baramouda", "Bashans", "Paona",
                                                              "Epep",     "Mesra",    "Nasie"};
inline constexpr month_names coptic_months{coptic_wide, coptic_wide};
inline constexpr std::array<std::string_view, 13> ethiopic_wide{"Meskerem", "Tekemt",  "Hedar",  "Tahsas", "Ter",
                                                                "Yekatit",  "Megabit", "Miazia", "Genbot", "Sene",
                                                                "Hamle",    "Nehasse", "Pagumen"};
inline constexpr month_names ethiopic_months{ethiopic_wide, ethiopic_wide};

inline constexpr era_scheme coptic_eras("am", "bd");
inline constexpr era_scheme ethiopic_eras = era_scheme::with_offset_era("am", "aa", 5500);
inline constexpr era_scheme amete_alem("aa");

inline constexpr std::array<cldr_era, 2> coptic_era_cldr{{{"am", cldr::calendar_type::coptic, 1},
                                                          {"bd", cldr::calendar_type::coptic, 0}}};
inline constexpr cldr_names coptic_cldr{cldr::calendar_type::coptic, coptic_era_cldr};
inline constexpr std::array<cldr_era, 2> ethiopic_era_cldr{{{"am", cldr::calendar_type::ethiopic, 1},
                                                            {"aa", cldr::calendar_type::ethiopic, 0}}};
inline constexpr cldr_names ethiopic_cldr{cldr::calendar_type::ethiopic, ethiopic_era_cldr};
inline constexpr std::array<cldr_era, 1> amete_alem_cldr_era{{{"aa", cldr::calendar_type::ethiopic_amete_alem, 0}}};
inline constexpr cldr_names amete_alem_cldr{cldr::calendar_type::ethiopic_amete_alem, amete_alem_cldr_era};

inline constexpr std::array<std::string_view, 1> coptic_names{"coptic"};
inline constexpr calendar_descriptor coptic{
    calendar_system::coptic, coptic_names, calendar_kind::solar, 6, &coptic_months, &coptic_cldr,
    make_kernel_backend<kernels::coptic, coptic_eras>};

inline constexpr std::array<std::string_view, 2> ethiopic_names{"ethiopic", "ethiopian"};
inline constexpr calendar_descriptor ethiopic{
    calendar_system::ethiopic, ethiopic_names, calendar_kind::solar, 7, &ethiopic_months, &ethiopic_cldr,
    make_kernel_backend<kernels::ethiopic, ethiopic_eras>};

inline constexpr std::array<std::string_view, 2> ethiopic_amete_alem_names{"ethioaa", "ethiopic-amete-alem"};
inline constexpr calendar_descriptor ethiopic_amete_alem{
    calendar_system::ethiopic_amete_alem, ethiopic_amete_alem_names, calendar_kind::solar, 7, &ethiopic_months, &amete_alem_cldr,
    make_kernel_backend<kernels::ethiopic_amete_alem, amete_alem>};

}  // namespace kalends::detail::calendars

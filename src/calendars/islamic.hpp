// The Islamic (Hijri) family: the tabular calendars (four leap patterns, each
// from a Thursday or a Friday epoch) and the Umm al-Qura calendar of Saudi
// Arabia, alone or with the civil rule outside its table. English month
// names: the common ASCII transliterations of the Arabic names (as in the
// Encyclopaedia of Islam's simplified spelling, with an apostrophe for the
// 'ayn; CLDR English spells them "Rabiʻ I" etc.); the abbreviations are
// CLDR's ("Muh.", "Rab. I", ...) with ASCII apostrophes. Month grids start on
// Saturday, as in much of the Arab world.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>
#include <kalends/calendars/umalqura.hpp>
#include <kalends/calendars/umalqura_extended.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> islamic_wide{
    "Muharram", "Safar",  "Rabi' al-awwal", "Rabi' al-thani", "Jumada al-awwal", "Jumada al-thani",
    "Rajab",    "Sha'ban", "Ramadan",       "Shawwal",        "Dhu al-Qi'dah",   "Dhu al-Hijjah"};
inline constexpr std::array<std::string_view, 12> islamic_abbreviated{
    "Muh.", "Saf.", "Rab. I", "Rab. II", "Jum. I", "Jum. II", "Raj.", "Sha.", "Ram.", "Shaw.", "Dhu'l-Q.", "Dhu'l-H."};
inline constexpr month_names islamic_months{islamic_wide, islamic_abbreviated};

inline constexpr era_scheme hijri_eras("ah", "bh");
// CLDR has no era before the Hijra: "bh" is written as its code.
inline constexpr std::array<cldr_era, 1> hijri_era_cldr{{{"ah", cldr::calendar_type::islamic, 0}}};
inline constexpr cldr_names islamic_cldr{cldr::calendar_type::islamic, hijri_era_cldr};

template <kernels::islamic_leap_pattern Pattern, kernels::islamic_epoch Epoch>
using tabular = kernels::islamic_tabular<Pattern, Epoch>;
using leap = kernels::islamic_leap_pattern;
using epoch = kernels::islamic_epoch;

// "islamic" keeps Qt's meaning (Islamic Civil); ICU's "islamic" is astronomical.
inline constexpr std::array<std::string_view, 5> islamic_civil_names{"islamic-civil", "islamicc", "Islamic Civil",
                                                                     "islamic", "islamic-tabular-civil-friday"};
inline constexpr calendar_descriptor islamic_civil{calendar_system::islamic_civil, islamic_civil_names,
                                                   calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
                                                   make_kernel_backend<kernels::islamic_civil, hijri_eras>};

inline constexpr std::array<std::string_view, 2> islamic_tbla_names{"islamic-tbla", "islamic-tabular-civil-thursday"};
inline constexpr calendar_descriptor islamic_tbla{calendar_system::islamic_tbla, islamic_tbla_names,
                                                  calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
                                                  make_kernel_backend<tabular<leap::type_ii, epoch::thursday>, hijri_eras>};

inline constexpr std::array<std::string_view, 2> islamic_umalqura_names{"islamic-umalqura", "umalqura"};
inline constexpr calendar_descriptor islamic_umalqura{calendar_system::islamic_umalqura, islamic_umalqura_names,
                                                      calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
                                                      make_kernel_backend<kernels::umalqura, hijri_eras>};

inline constexpr std::array<std::string_view, 2> islamic_umalqura_extended_names{"islamic-umalqura-extended",
                                                                                 "umalqura-or-civil"};
inline constexpr calendar_descriptor islamic_umalqura_extended{
    calendar_system::islamic_umalqura_extended, islamic_umalqura_extended_names, calendar_kind::lunar, 6,
    &islamic_months, &islamic_cldr, make_kernel_backend<kernels::umalqura_extended, hijri_eras>};

inline constexpr std::array<std::string_view, 2> islamic_kuwaiti_thursday_names{"islamic-tabular-kuwaiti-thursday",
                                                                                "islamic-kuwaiti"};
inline constexpr calendar_descriptor islamic_kuwaiti_thursday{
    calendar_system::islamic_kuwaiti_thursday, islamic_kuwaiti_thursday_names, calendar_kind::lunar, 6,
    &islamic_months, &islamic_cldr, make_kernel_backend<tabular<leap::type_i, epoch::thursday>, hijri_eras>};

inline constexpr std::array<std::string_view, 1> islamic_kuwaiti_friday_names{"islamic-tabular-kuwaiti-friday"};
inline constexpr calendar_descriptor islamic_kuwaiti_friday{
    calendar_system::islamic_kuwaiti_friday, islamic_kuwaiti_friday_names, calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
    make_kernel_backend<tabular<leap::type_i, epoch::friday>, hijri_eras>};

inline constexpr std::array<std::string_view, 1> islamic_bohra_thursday_names{"islamic-tabular-bohra-thursday"};
inline constexpr calendar_descriptor islamic_bohra_thursday{
    calendar_system::islamic_bohra_thursday, islamic_bohra_thursday_names, calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
    make_kernel_backend<tabular<leap::type_iii, epoch::thursday>, hijri_eras>};

inline constexpr std::array<std::string_view, 1> islamic_bohra_friday_names{"islamic-tabular-bohra-friday"};
inline constexpr calendar_descriptor islamic_bohra_friday{
    calendar_system::islamic_bohra_friday, islamic_bohra_friday_names, calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
    make_kernel_backend<tabular<leap::type_iii, epoch::friday>, hijri_eras>};

inline constexpr std::array<std::string_view, 1> islamic_habash_thursday_names{"islamic-tabular-habash-thursday"};
inline constexpr calendar_descriptor islamic_habash_thursday{
    calendar_system::islamic_habash_thursday, islamic_habash_thursday_names, calendar_kind::lunar, 6,
    &islamic_months, &islamic_cldr, make_kernel_backend<tabular<leap::type_iv, epoch::thursday>, hijri_eras>};

inline constexpr std::array<std::string_view, 1> islamic_habash_friday_names{"islamic-tabular-habash-friday"};
inline constexpr calendar_descriptor islamic_habash_friday{
    calendar_system::islamic_habash_friday, islamic_habash_friday_names, calendar_kind::lunar, 6, &islamic_months, &islamic_cldr,
    make_kernel_backend<tabular<leap::type_iv, epoch::friday>, hijri_eras>};

}  // namespace kalends::detail::calendars

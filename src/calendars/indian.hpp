// The Indian national calendar (Saka era). English month names: CLDR root
// (which English inherits), "indian" calendar (abbreviated = wide). Month
// grids start on Sunday, as in India.
#pragma once

#include "../kernel_backend.hpp"
#include "descriptor.hpp"

#include <kalends/calendars/indian.hpp>

#include <array>

namespace kalends::detail::calendars {

inline constexpr std::array<std::string_view, 12> indian_wide{"Chaitra", "Vaisakha", "Jyaistha",   "Asadha",
                                                              "Sravana", "Bhadra",   "Asvina",     "Kartika",
                                                              "Agrahayana", "Pausa", "Magha",      "Phalguna"};
inline constexpr month_names indian_months{indian_wide, indian_wide};

inline constexpr era_scheme shaka_era("shaka");
inline constexpr std::array<cldr_era, 1> shaka_era_cldr{{{"shaka", cldr::calendar_type::indian, 0}}};
inline constexpr cldr_names indian_cldr{cldr::calendar_type::indian, shaka_era_cldr};

inline constexpr std::array<std::string_view, 2> indian_names{"indian", "saka"};
inline constexpr calendar_descriptor indian{
    calendar_system::indian, indian_names, calendar_kind::solar, 7, &indian_months, &indian_cldr,
    make_kernel_backend<kernels::indian, shaka_era>};

}  // namespace kalends::detail::calendars

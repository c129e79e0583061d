// What a built-in calendar's names mean where they differ between the
// libraries users come from: a name another library uses for a different
// calendar gets a note, printed by `kalends list` and `kalends info`.
#pragma once

#include <kalends/calendar_system.hpp>

#include <array>
#include <string_view>
#include <utility>

namespace kalends::detail::calendars {

inline constexpr std::array<std::pair<calendar_system, std::string_view>, 1> name_notes{{
    {calendar_system::islamic_civil,
     "the alias 'islamic' means the Islamic Civil calendar (tabular, Friday epoch), as in Qt's QCalendar; "
     "ICU's and CLDR's 'islamic' is a different, astronomical calendar, which kalends does not have"},
}};

}  // namespace kalends::detail::calendars

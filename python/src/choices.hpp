// The Python module's string options (overflow, largest unit, style, pattern
// kind) turned into the library's values, with an error that lists the choices.
#pragma once

#include <kalends/calendar.hpp>
#include <kalends/date.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>
#include <kalends/month_code.hpp>

#include <optional>
#include <string>

namespace kalends::python {

[[nodiscard]] overflow overflow_named(const std::string& name);
[[nodiscard]] date_unit unit_named(const std::string& name);
// "M01".."M99", with L for a leap month ("M05L").
[[nodiscard]] month_code month_code_named(const std::string& text);

// How a format is given: exactly one of an LDML pattern, a CLDR style
// ("full", "long", "medium", "short"), a skeleton ("yMMMd") or a strftime
// % pattern; none at all means the medium style.
struct format_choice {
    std::optional<std::string> pattern;
    std::optional<std::string> style;
    std::optional<std::string> skeleton;
    std::optional<std::string> strftime;
};

// The compiled format of `choice` in locale `tag` for calendar `cal`.
[[nodiscard]] date_format make_format(const format_choice& choice, const std::string& tag, const calendar& cal);

}  // namespace kalends::python

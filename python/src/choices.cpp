#include "choices.hpp"

#include <kalends/error.hpp>
#include <kalends/text.hpp>

#include <string>

namespace kalends::python {
namespace {

[[noreturn]] void refuse(const std::string& what, const std::string& name, const char* allowed) {
    throw kalends::error(errc::invalid_enum_value, what + " " + quoted(name) + " is not allowed (allowed: " + allowed + ")");
}

}  // namespace

overflow overflow_named(const std::string& name) { return try_overflow_named(name).value(); }

date_unit unit_named(const std::string& name) { return try_date_unit_named(name).value(); }

month_code month_code_named(const std::string& text) { return try_month_code_named(text).value(); }

date_format make_format(const format_choice& choice, const std::string& tag, const calendar& cal) {
    const int given = int{choice.pattern.has_value()} + int{choice.style.has_value()} + int{choice.skeleton.has_value()} +
                      int{choice.strftime.has_value()};
    if (given > 1) {
        throw kalends::error(errc::invalid_format,
                             "give one of pattern, style, skeleton and strftime, not " + std::to_string(given));
    }
    const kalends::locale loc(tag);
    if (choice.pattern) return date_format::from_ldml(*choice.pattern, loc);
    if (choice.skeleton) return date_format::from_skeleton(*choice.skeleton, loc, cal);
    if (choice.strftime) return date_format(*choice.strftime, loc);
    const std::string style = choice.style.value_or("medium");
    const auto chosen = parse_date_style(style);
    if (!chosen) refuse("style", style, "'full', 'long', 'medium', 'short'");
    return date_format::from_style(*chosen, loc, cal);
}

}  // namespace kalends::python

// --help texts as man(7) source: escaping, fonts for terms and synopses, and
// the conversion of a whole help text (see help_layout.hpp for its shape).
#pragma once

#include <string>
#include <string_view>

namespace kalends::cli {

// `text` as roff text: backslashes, hyphens (as \-, so that options and
// dates copy as ASCII), quotes and a leading '.' escaped; UTF-8 kept.
[[nodiscard]] std::string roff_escape(std::string_view text);

// Options bold, placeholders in capitals italic, and (when the text does not
// start with an option) its first lower-case word bold: "-c, --calendar CAL",
// "help CMD", "cal [-c CAL] [YEAR [MONTH]]".
[[nodiscard]] std::string roff_emphasized(std::string_view text);

// A usage line "kalends cal [-c CAL] ..." as a .SY/.YS synopsis.
[[nodiscard]] std::string roff_synopsis(std::string_view usage);

enum class usage_lines { keep, drop };

// The help text as a sequence of paragraphs, .TP definitions and no-fill
// blocks; with usage_lines::drop its "Usage:" part is left out.
[[nodiscard]] std::string roff_from_help(std::string_view help, usage_lines usage = usage_lines::keep);

}  // namespace kalends::cli

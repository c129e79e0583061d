// The shape of a --help text, read back from the text itself so that the
// man page and the completion scripts need no second copy of it: usage
// lines, headings ("Options:"), paragraphs, definitions ("  -c, --calendar
// CAL  the calendar", "  jdn   Julian Day Number") and lines that keep
// their layout (examples, small tables inside a definition).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

enum class help_part_kind { usage, heading, paragraph, definition, verbatim };

struct help_line {
    std::string text;       // without the indentation of its part
    bool verbatim = false;  // in a definition: a line that keeps its layout
};

struct help_part {
    help_part_kind kind = help_part_kind::paragraph;
    std::string term;              // a definition's term: "-c, --calendar CAL"
    std::vector<help_line> lines;  // a usage part: one line per usage, continuations joined
};

[[nodiscard]] std::vector<help_part> parse_help(std::string_view text);

// The start of a definition's description, up to its first clause break
// ("the calendar of START, END and the output"): a one-line summary.
[[nodiscard]] std::string summary_of(const help_part& definition);

}  // namespace kalends::cli

// What the shell completion scripts complete, gathered from the tool itself:
// the commands (help.cpp), their options (option_tables.cpp) with one-line
// summaries from their help texts, and the words the option values and
// operands can be: calendar names from the registry, day counts, country
// codes of the Julian-to-Gregorian reforms, the locales of the CLDR data.
#pragma once

#include "args.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// A list of words a value or operand completes to; none: nothing to offer.
enum class word_set { none, commands, calendars, endpoints, countries, locales, color_modes, weekdays,
                      overflow_modes, units, styles, shells };

struct completed_option {
    std::string long_name;  // without "--"
    char short_name = 0;    // 0: none
    value_kind value = value_kind::none;
    word_set words = word_set::none;
    bool comma_list = false;  // the value is a comma-separated list of words ("--to persian,hebrew")
    std::string summary;
};

struct completed_command {
    std::string name;  // empty: the tool itself, before any command
    std::string summary;
    std::vector<completed_option> options;
    word_set first_operand = word_set::none;
};

struct completion_model {
    std::vector<completed_command> commands;  // the tool itself first, then every command
    std::vector<word_set> sets;               // the word sets some option or operand uses
};

[[nodiscard]] completion_model make_completion_model();

// The words of a set, and a name for it that scripts can use in identifiers.
[[nodiscard]] std::vector<std::string> words_of(word_set set);
[[nodiscard]] std::string_view name_of(word_set set) noexcept;

// The shells `kalends completion` writes scripts for.
[[nodiscard]] std::vector<std::string> completion_shells();

// The comment every script starts with: which command wrote it, the version, not to edit it.
[[nodiscard]] std::string script_header(std::string_view shell);

}  // namespace kalends::cli

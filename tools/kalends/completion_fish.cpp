// The fish script: one `complete` line per command and option, guarded by
// helper functions that find the command among the words typed so far.
#include "completion_scripts.hpp"
#include "shell_quote.hpp"

#include <algorithm>

namespace kalends::cli {
namespace {

// The helpers: which command is being completed, how many operands it has.
// Options that take their value in the next word are listed so that the
// value is not counted as an operand.
constexpr std::string_view helpers = R"(
# Prints the command (the first word after kalends that is not an option)
# and then its operands so far.
function __kalends_words
    set -l words (commandline -opc)
    set -l skip_next 0
    set -l seen_command 0
    for word in $words[2..-1]
        if test $skip_next = 1
            set skip_next 0
        else if contains -- $word $__kalends_value_options
            set skip_next $seen_command
        else if string match -q -- '-*' $word
            continue
        else
            set seen_command 1
            echo $word
        end
    end
end

# True if no command is typed yet.
function __kalends_no_command
    test (count (__kalends_words)) -eq 0
end

# True if the command is $argv[1]; with $argv[2], also if it has that many operands.
function __kalends_using
    set -l words (__kalends_words)
    test (count $words) -ge 1; and test $words[1] = $argv[1]; or return 1
    set -q argv[2]; and test (count $words) -ne (math $argv[2] + 1); and return 1
    return 0
end

# The words $argv, each after the last comma of the value being typed.
function __kalends_comma_list
    set -l typed (string replace -r -- '^--[^=]*=' '' (commandline -ct))
    set -l prefix (string match -r -- '^.*,' $typed)
    or set prefix ''
    printf '%s\n' $prefix$argv
end

complete -c kalends -f
)";

std::string words_arguments(const completed_option& option) {
    const std::string words = spaced(words_of(option.words));
    if (option.comma_list) return " -a " + fish_quoted("(__kalends_comma_list " + words + ")");
    return " -a " + fish_quoted(words);
}

std::string option_line(const std::string& condition, const completed_option& option) {
    std::string out = "complete -c kalends -n " + fish_quoted(condition);
    if (option.short_name != 0) out += " -s " + std::string(1, option.short_name);
    out += " -l " + option.long_name;
    if (option.value == value_kind::required) out += " -r";
    if (option.words != word_set::none) out += words_arguments(option);
    if (!option.summary.empty()) out += " -d " + fish_quoted(option.summary);
    return out + "\n";
}

std::string value_option_list(const completion_model& model) {
    std::vector<std::string> spellings;
    for (const completed_command& command : model.commands) {
        for (const completed_option& option : command.options) {
            if (option.value != value_kind::required) continue;
            std::vector<std::string> names{"--" + option.long_name};
            if (option.short_name != 0) names.push_back(std::string("-") + option.short_name);
            for (std::string& name : names) {
                if (std::find(spellings.begin(), spellings.end(), name) == spellings.end()) spellings.push_back(name);
            }
        }
    }
    return "set -g __kalends_value_options " + spaced(spellings) + "\n";
}

}  // namespace

std::string fish_completion_script(const completion_model& model) {
    std::string out = script_header("fish") + "\n";
    out += value_option_list(model);
    out += helpers;
    for (const completed_command& command : model.commands) {
        const std::string condition = command.name.empty() ? "__kalends_no_command" : "__kalends_using " + command.name;
        if (!command.name.empty()) {
            out += "complete -c kalends -n __kalends_no_command -a " + command.name + " -d " +
                   fish_quoted(command.summary) + "\n";
        }
        for (const completed_option& option : command.options) out += option_line(condition, option);
        if (command.first_operand != word_set::none && !command.name.empty()) {
            out += "complete -c kalends -n " + fish_quoted("__kalends_using " + command.name + " 0") + " -a " +
                   fish_quoted(spaced(words_of(command.first_operand))) + "\n";
        }
    }
    return out;
}

}  // namespace kalends::cli

// The zsh script: a #compdef function built on _arguments, one spec per
// option with its summary, the word lists as local arrays.
#include "completion_scripts.hpp"
#include "shell_quote.hpp"

namespace kalends::cli {
namespace {

// A summary inside an _arguments "[...]" spec or a _describe "name:text" entry.
std::string spec_text(std::string_view text) {
    std::string out;
    for (const char c : text) {
        if (c == '[' || c == ']' || c == ':' || c == '\\') out += '\\';
        out += c;
    }
    return out;
}

std::string array_name(word_set set) { return "_kalends_" + std::string(name_of(set)); }

// The action that completes a value of `option`: words of its set, or nothing (free text).
std::string value_action(const completed_option& option) {
    if (option.words == word_set::none) return " ";
    if (option.comma_list) return "{_sequence -s , compadd - $" + array_name(option.words) + "}";
    return "{compadd -a " + array_name(option.words) + "}";
}

// One option as _arguments specs: {-c+,--calendar=}'[the calendar]:value:action'.
std::string option_spec_line(const completed_option& option) {
    const std::string long_form = "--" + option.long_name;
    std::string names;
    std::string argument;
    switch (option.value) {
        case value_kind::none:
            names = option.short_name != 0 ? "{-" + std::string(1, option.short_name) + "," + long_form + "}" : long_form;
            break;
        case value_kind::required:
            names = option.short_name != 0 ? "{-" + std::string(1, option.short_name) + "+," + long_form + "=}"
                                           : long_form + "=";
            argument = ":" + spec_text(option.long_name) + ":" + value_action(option);
            break;
        case value_kind::optional:
            names = long_form + "=-";
            argument = "::" + spec_text(option.long_name) + ":" + value_action(option);
            break;
    }
    return "            " + names + sh_quoted("[" + spec_text(option.summary) + "]" + argument) + " \\\n";
}

std::string operand_spec_line(word_set set) {
    std::string rest = "            '*:operand: ' \\\n";  // a space: nothing to complete
    if (set == word_set::none) return rest;
    return "            " + sh_quoted("1:" + std::string(name_of(set)) + ":{compadd -a " + array_name(set) + "}") +
           " \\\n" + rest;
}

std::string command_case(const completed_command& command) {
    std::string out = "        " + command.name + ")\n            _arguments -s -S \\\n";
    for (const completed_option& option : command.options) out += option_spec_line(option);
    out += operand_spec_line(command.first_operand);
    out += "                && ret=0\n            ;;\n";
    return out;
}

}  // namespace

std::string zsh_completion_script(const completion_model& model) {
    std::string out = "#compdef kalends\n" + script_header("zsh") + "\n_kalends() {\n";
    for (const word_set set : model.sets) {
        out += "    local -a " + array_name(set) + "=(" + spaced(words_of(set)) + ")\n";
    }
    out += "    local -a _kalends_described=(\n";
    for (const completed_command& command : model.commands) {
        if (!command.name.empty()) out += "        " + sh_quoted(command.name + ":" + spec_text(command.summary)) + "\n";
    }
    out += "    )\n";
    out += "    local curcontext=$curcontext state state_descr line ret=1\n    typeset -A opt_args\n";
    out += "    _arguments -C \\\n";
    for (const completed_option& option : model.commands.front().options) {
        out += "        '(- 1 *)'" + option_spec_line(option).substr(12);
    }
    out += R"(        '1:command:->command' \
        '*:: :->argument' \
        && ret=0
    case $state in
    command)
        _describe -t commands 'kalends command' _kalends_described && ret=0
        ;;
    argument)
        curcontext=${curcontext%:*:*}:kalends-$words[1]:
        case $words[1] in
)";
    for (const completed_command& command : model.commands) {
        if (!command.name.empty()) out += command_case(command);
    }
    out += "        esac\n        ;;\n    esac\n    return ret\n}\n\n";
    // Autoloaded from $fpath the file is the function; sourced, it registers itself.
    out += "if [[ $funcstack[1] == _kalends ]]; then\n    _kalends \"$@\"\nelse\n    compdef _kalends kalends\nfi\n";
    return out;
}

}  // namespace kalends::cli

// The bash script: plain `complete -F`, no dependency on the bash-completion
// package. Tables (generated) answer what a command's options are and what
// an option takes; one fixed function walks the words typed so far.
#include "completion_scripts.hpp"
#include "shell_quote.hpp"

namespace kalends::cli {
namespace {

constexpr std::string_view completion_function = R"(
# COMPREPLY: the words of set $1 that start with $2; with $3, the words after
# the last comma of $2 (a comma-separated list such as --to persian,hebrew).
_kalends_offer() {
    local words=_kalends_words_$1 cur=$2 prefix=
    if [[ -n $3 && $cur == *,* ]]; then
        prefix=${cur%,*},
        cur=${cur##*,}
    fi
    COMPREPLY=($(compgen -P "$prefix" -W "${!words}" -- "$cur"))
}

_kalends() {
    local cur=${COMP_WORDS[COMP_CWORD]} last=$COMP_CWORD attached= value_of=
    local command= found= ended= operands=0 i word
    local _kalends_takes _kalends_set _kalends_list _kalends_reply
    COMPREPLY=()
    # bash splits --name=value into the words --name, = and value.
    if [[ $cur == = ]]; then
        value_of=${COMP_WORDS[COMP_CWORD-1]} attached=1 cur= last=$((COMP_CWORD - 1))
    elif ((COMP_CWORD > 2)) && [[ ${COMP_WORDS[COMP_CWORD-1]} == = ]]; then
        value_of=${COMP_WORDS[COMP_CWORD-2]} attached=1 last=$((COMP_CWORD - 2))
    fi
    for ((i = 1; i < last; i++)); do
        word=${COMP_WORDS[i]}
        if [[ -z $found ]]; then
            [[ $word == -* ]] && continue  # the tool's own options take no value
            command=$word found=1
            continue
        fi
        if [[ -z $ended && $word == -- ]]; then
            ended=1
        elif [[ -z $ended && $word == -?* ]]; then
            _kalends_option "$command" "$word"
            if [[ ${COMP_WORDS[i+1]} == = ]]; then
                ((i += 2))
            elif [[ $_kalends_takes == required ]]; then
                ((i + 1 == last)) && value_of=$word
                ((i += 1))
            fi
        else
            ((operands += 1))
        fi
    done
    if [[ -n $value_of ]]; then
        _kalends_option "$command" "$value_of"
        if [[ -n $_kalends_set && ($_kalends_takes == required || -n $attached) ]]; then
            _kalends_offer "$_kalends_set" "$cur" "$_kalends_list"
        fi
        return 0
    fi
    if [[ -z $ended && $cur == -* ]]; then
        _kalends_options "$command"
        COMPREPLY=($(compgen -W "$_kalends_reply" -- "$cur"))
        return 0
    fi
    if ((operands == 0)); then
        _kalends_operand "$command"
        [[ -n $_kalends_set ]] && _kalends_offer "$_kalends_set" "$cur"
    fi
    return 0
}

complete -F _kalends kalends
)";

std::string case_label(const completed_command& command) {
    return command.name.empty() ? std::string("''") : command.name;
}

std::string word_lists(const completion_model& model) {
    std::string out;
    for (const word_set set : model.sets) {
        out += "_kalends_words_" + std::string(name_of(set)) + "=" + sh_quoted(spaced(words_of(set))) + "\n";
    }
    return out;
}

std::string options_function(const completion_model& model) {
    std::string out = "\n# The options of command $1 ('' is the tool before any command).\n_kalends_options() {\n";
    out += "    case $1 in\n";
    for (const completed_command& command : model.commands) {
        std::vector<std::string> words;
        for (const completed_option& option : command.options) {
            if (option.short_name != 0) words.push_back(std::string("-") + option.short_name);
            words.push_back("--" + option.long_name);
        }
        out += "        " + case_label(command) + ") _kalends_reply=" + sh_quoted(spaced(words)) + " ;;\n";
    }
    out += "        *) _kalends_reply= ;;\n    esac\n}\n";
    return out;
}

std::string option_function(const completion_model& model) {
    std::string out = R"(
# What option $2 of command $1 takes: _kalends_takes is none, required or
# optional (only as --name=VALUE); _kalends_set names the words of its value
# and _kalends_list is set when the value is a comma-separated list of them.
_kalends_option() {
    _kalends_takes=none _kalends_set= _kalends_list=
    case "$1 $2" in
)";
    for (const completed_command& command : model.commands) {
        for (const completed_option& option : command.options) {
            if (option.value == value_kind::none) continue;
            std::string label = sh_quoted(command.name + " --" + option.long_name);
            if (option.short_name != 0) label += "|" + sh_quoted(command.name + " -" + option.short_name);
            out += "        " + label + ") _kalends_takes=";
            out += option.value == value_kind::required ? "required" : "optional";
            if (option.words != word_set::none) out += " _kalends_set=" + std::string(name_of(option.words));
            if (option.comma_list) out += " _kalends_list=1";
            out += " ;;\n";
        }
    }
    out += "    esac\n}\n";
    return out;
}

std::string operand_function(const completion_model& model) {
    std::string out = "\n# The words of the first operand of command $1.\n_kalends_operand() {\n    case $1 in\n";
    for (const completed_command& command : model.commands) {
        if (command.first_operand == word_set::none) continue;
        out += "        " + case_label(command) + ") _kalends_set=" + std::string(name_of(command.first_operand)) +
               " ;;\n";
    }
    out += "        *) _kalends_set= ;;\n    esac\n}\n";
    return out;
}

}  // namespace

std::string bash_completion_script(const completion_model& model) {
    std::string out = script_header("bash") + "\n";
    out += word_lists(model);
    out += options_function(model);
    out += option_function(model);
    out += operand_function(model);
    out += completion_function;
    return out;
}

}  // namespace kalends::cli

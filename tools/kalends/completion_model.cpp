#include "completion_model.hpp"

#include "commands.hpp"
#include "endpoint.hpp"
#include "help_layout.hpp"
#include "option_tables.hpp"

#include <kalends/changeover.hpp>
#include <kalends/locale.hpp>
#include <kalends/version.hpp>

#include <algorithm>
#include <array>
#include <utility>

namespace kalends::cli {
namespace {

struct value_words {
    std::string_view option;
    word_set words;
    bool comma_list;
};

// The options whose values are words from a known list; other values (a
// date format, a number) are free text, with nothing to complete.
constexpr std::array<value_words, 13> option_values{{
    {"calendar", word_set::calendars, false},
    {"dual", word_set::calendars, false},
    {"from", word_set::endpoints, false},
    {"to", word_set::endpoints, true},
    {"reform", word_set::countries, false},
    {"locale", word_set::locales, false},
    {"color", word_set::color_modes, false},
    {"colour", word_set::color_modes, false},
    {"first-weekday", word_set::weekdays, false},
    {"skip", word_set::weekdays, true},
    {"overflow", word_set::overflow_modes, false},
    {"largest", word_set::units, false},
    {"style", word_set::styles, false},
}};

// A name a shell can take without quotes ("Islamic Civil" has a plain twin, islamic-civil).
bool is_plain_word(std::string_view word) noexcept {
    return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
               c == '.';
    });
}

std::vector<std::string> calendar_names() {
    std::vector<std::string> names;
    for (const kalends::calendar& cal : builtin_calendars()) {
        for (const std::string& name : cal.names()) {
            if (is_plain_word(name) && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
        }
    }
    return names;
}

// Long and short option names written in a definition's term ("-c, --calendar CAL").
bool term_names(const help_part& definition, std::string_view long_name) {
    const std::string spelled = "--" + std::string(long_name);
    const std::string_view term = definition.term;
    for (std::size_t at = term.find(spelled); at != std::string_view::npos; at = term.find(spelled, at + 1)) {
        const std::size_t end = at + spelled.size();
        if (end == term.size() || term[end] == ' ' || term[end] == ',' || term[end] == '[' || term[end] == '=') {
            return true;
        }
    }
    return false;
}

std::string option_summary(const std::vector<help_part>& help, const option_spec& spec) {
    for (const help_part& part : help) {
        if (part.kind == help_part_kind::definition && term_names(part, spec.long_name)) return summary_of(part);
    }
    return spec.long_name == "help" ? "this help" : std::string(spec.value_help);
}

completed_option option_from(const std::vector<help_part>& help, const option_spec& spec) {
    completed_option option{std::string(spec.long_name), spec.short_name, spec.value, word_set::none, false,
                            option_summary(help, spec)};
    for (const value_words& entry : option_values) {
        if (entry.option == spec.long_name) {
            option.words = entry.words;
            option.comma_list = entry.comma_list;
        }
    }
    return option;
}

// The summaries of the tool's "Commands:" list, by the term's first word ("help CMD": help).
std::string command_summary(const std::vector<help_part>& tool_help, std::string_view command) {
    for (const help_part& part : tool_help) {
        if (part.kind != help_part_kind::definition) continue;
        const std::string_view term = part.term;
        if (term.substr(0, term.find(' ')) == command) return summary_of(part);
    }
    return {};
}

word_set first_operand_of(std::string_view command) noexcept {
    if (command == "info") return word_set::calendars;
    if (command == "help") return word_set::commands;
    if (command == "completion") return word_set::shells;
    return word_set::none;
}

void note_set(std::vector<word_set>& sets, word_set set) {
    if (set != word_set::none && std::find(sets.begin(), sets.end(), set) == sets.end()) sets.push_back(set);
}

}  // namespace

completion_model make_completion_model() {
    completion_model model;
    const std::vector<help_part> tool_help = parse_help(help_text(""));
    completed_command tool;
    for (const option_spec& spec : {option_spec{"help", 'h'}, option_spec{"version", 'V'}}) {
        tool.options.push_back(option_from(tool_help, spec));
    }
    tool.first_operand = word_set::commands;
    model.commands.push_back(std::move(tool));
    for (const std::string_view name : documented_commands()) {
        const std::vector<help_part> help = parse_help(help_text(name));
        completed_command command{std::string(name), command_summary(tool_help, name), {}, first_operand_of(name)};
        for (const option_spec& spec : option_specs_of(name)) command.options.push_back(option_from(help, spec));
        model.commands.push_back(std::move(command));
    }
    for (const completed_command& command : model.commands) {
        note_set(model.sets, command.first_operand);
        for (const completed_option& option : command.options) note_set(model.sets, option.words);
    }
    return model;
}

std::vector<std::string> words_of(word_set set) {
    switch (set) {
        case word_set::none: return {};
        case word_set::commands: return {documented_commands().begin(), documented_commands().end()};
        case word_set::calendars: return calendar_names();
        case word_set::endpoints: {
            std::vector<std::string> words = day_count_names();
            for (std::string& name : calendar_names()) words.push_back(std::move(name));
            return words;
        }
        case word_set::countries: {
            std::vector<std::string> codes;
            for (const kalends::changeover_preset& preset : kalends::changeover_presets()) codes.emplace_back(preset.code);
            codes.emplace_back("list");  // `kalends cal --reform list` prints the codes
            return codes;
        }
        case word_set::locales: {
            std::vector<std::string> locales;
            // CLDR's ids (zh_Hant) in the BCP 47 spelling --help shows (zh-Hant); "root" is no tag.
            for (std::size_t i = 0; i < kalends::available_locale_count(); ++i) {
                std::string tag(kalends::available_locale(i));
                std::replace(tag.begin(), tag.end(), '_', '-');
                if (kalends::locale::try_make(tag)) locales.push_back(std::move(tag));
            }
            return locales;
        }
        case word_set::color_modes: return {"auto", "always", "never"};
        case word_set::weekdays: return {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
        case word_set::overflow_modes: return {"constrain", "reject"};
        case word_set::units: return {"years", "months", "weeks", "days"};
        case word_set::styles: return {"full", "long", "medium", "short"};
        case word_set::shells: return completion_shells();
    }
    return {};
}

std::string_view name_of(word_set set) noexcept {
    switch (set) {
        case word_set::none: return "none";
        case word_set::commands: return "commands";
        case word_set::calendars: return "calendars";
        case word_set::endpoints: return "endpoints";
        case word_set::countries: return "countries";
        case word_set::locales: return "locales";
        case word_set::color_modes: return "color_modes";
        case word_set::weekdays: return "weekdays";
        case word_set::overflow_modes: return "overflow_modes";
        case word_set::units: return "units";
        case word_set::styles: return "styles";
        case word_set::shells: return "shells";
    }
    return "none";
}

std::vector<std::string> completion_shells() { return {"bash", "zsh", "fish"}; }

std::string script_header(std::string_view shell) {
    std::string out = "# " + std::string(shell) + " completion for kalends, written by 'kalends completion " +
                      std::string(shell) + "' (kalends ";
    out += kalends::version_string;
    out += ")\n# from the tool's own tables: generate it again rather than edit it.\n";
    return out;
}

}  // namespace kalends::cli

#include "option_tables.hpp"

#include "command_options.hpp"
#include "locale_option.hpp"

#include <array>

namespace kalends::cli {
namespace {

constexpr option_spec help_option{"help", 'h'};
constexpr option_spec calendar_option{"calendar", 'c', value_kind::required, "a calendar name"};

constexpr std::array<option_spec, 2> today_specs{{locale_option, help_option}};
constexpr std::array<option_spec, 3> show_specs{{calendar_option, locale_option, help_option}};
constexpr std::array<option_spec, 2> list_specs{{{"json", 0}, help_option}};
constexpr std::array<option_spec, 2> info_specs{{locale_option, help_option}};
constexpr std::array<option_spec, 3> add_specs{{
    calendar_option,
    {"overflow", 0, value_kind::required, "constrain or reject"},
    help_option,
}};
constexpr std::array<option_spec, 3> diff_specs{{
    calendar_option,
    {"largest", 0, value_kind::required, "years, months, weeks or days"},
    help_option,
}};
constexpr std::array<option_spec, 4> seq_specs{{
    calendar_option,
    {"skip", 0, value_kind::required, "weekdays, comma-separated (sat,sun)"},
    {"format", 0, value_kind::required, "a format such as '%Y-%m-%d'"},
    help_option,
}};
constexpr std::array<option_spec, 5> easter_specs{{
    {"orthodox", 0},
    {"western", 0},
    calendar_option,
    {"json", 0},
    help_option,
}};
constexpr std::array<option_spec, 1> help_only_specs{{help_option}};

}  // namespace

std::span<const option_spec> option_specs_of(std::string_view command) noexcept {
    if (command == "today") return today_specs;
    if (command == "show") return show_specs;
    if (command == "list") return list_specs;
    if (command == "info") return info_specs;
    if (command == "convert") return convert_option_specs();
    if (command == "cal") return cal_option_specs();
    if (command == "add") return add_specs;
    if (command == "diff") return diff_specs;
    if (command == "seq") return seq_specs;
    if (command == "easter") return easter_specs;
    if (command == "completion" || command == "help") return help_only_specs;
    return {};
}

}  // namespace kalends::cli

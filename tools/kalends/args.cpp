#include "args.hpp"

#include "suggest.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <algorithm>

namespace kalends::cli {

bool parsed_args::has(std::string_view name) const noexcept {
    return std::ranges::any_of(options, [name](const parsed_option& option) { return option.name == name; });
}

std::optional<std::string_view> parsed_args::last(std::string_view name) const noexcept {
    std::optional<std::string_view> value;
    for (const auto& option : options) {
        if (option.name == name) value = option.value;
    }
    return value;
}

namespace {

bool is_negative_number(std::string_view arg) noexcept {
    return arg.size() >= 2 && arg[0] == '-' && arg[1] >= '0' && arg[1] <= '9';
}

const option_spec* find_long(std::span<const option_spec> specs, std::string_view name) noexcept {
    for (const auto& spec : specs) {
        if (spec.long_name == name) return &spec;
    }
    return nullptr;
}

const option_spec* find_short(std::span<const option_spec> specs, char name) noexcept {
    for (const auto& spec : specs) {
        if (spec.short_name != 0 && spec.short_name == name) return &spec;
    }
    return nullptr;
}

// "-3" and "-3w" are short options when every letter is one ("-3w" = "-3 -w"),
// while "-7" or "-44-3-15" are negative numbers and dates.
bool is_short_flag_bundle(std::string_view arg, std::span<const option_spec> specs) noexcept {
    for (std::size_t j = 1; j < arg.size(); ++j) {
        const option_spec* spec = find_short(specs, arg[j]);
        if (spec == nullptr) return false;
        if (spec->value == value_kind::required) return true;  // the rest is its value
    }
    return true;
}

[[noreturn]] void unknown_option(std::string_view spelling, std::span<const option_spec> specs,
                                 std::string_view command) {
    std::vector<std::string> known;
    for (const auto& spec : specs) {
        known.push_back("--" + std::string(spec.long_name));
        if (spec.short_name != 0) known.push_back(std::string("-") + spec.short_name);
    }
    throw usage_error("unknown option " + quoted(spelling) + " for '" + std::string(command) + "'" +
                      did_you_mean(spelling, known));
}

std::string value_help(const option_spec& spec) {
    return spec.value_help.empty() ? std::string("a value") : std::string(spec.value_help);
}

}  // namespace

parsed_args parse_args(std::span<const std::string_view> args, std::span<const option_spec> specs,
                       std::string_view command) {
    parsed_args parsed;
    bool options_done = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string_view arg = args[i];
        if (options_done || arg == "-" || arg.empty() || arg[0] != '-') {
            parsed.operands.push_back(arg);
            continue;
        }
        if (arg == "--") {
            options_done = true;
            continue;
        }
        if (arg.starts_with("--")) {
            const std::size_t equals = arg.find('=');
            const std::string_view name = arg.substr(2, equals == std::string_view::npos ? std::string_view::npos : equals - 2);
            const option_spec* spec = find_long(specs, name);
            if (spec == nullptr) unknown_option(arg.substr(0, equals), specs, command);
            parsed_option option{spec->long_name, std::nullopt, "--" + std::string(name)};
            if (equals != std::string_view::npos) {
                if (spec->value == value_kind::none) {
                    throw usage_error("option " + quoted(option.spelling) + " takes no value (got " +
                                      quoted(arg.substr(equals + 1)) + ")");
                }
                option.value = arg.substr(equals + 1);
            } else if (spec->value == value_kind::required) {
                if (i + 1 == args.size()) {
                    throw usage_error("option " + quoted(option.spelling) + " needs " + value_help(*spec));
                }
                option.value = args[++i];
            }
            parsed.options.push_back(std::move(option));
            continue;
        }
        if (is_negative_number(arg) && !is_short_flag_bundle(arg, specs)) {
            parsed.operands.push_back(arg);
            continue;
        }
        // One or more short options.
        for (std::size_t j = 1; j < arg.size(); ++j) {
            const option_spec* spec = find_short(specs, arg[j]);
            if (spec == nullptr) unknown_option(std::string("-") + arg[j], specs, command);
            parsed_option option{spec->long_name, std::nullopt, std::string("-") + arg[j]};
            if (spec->value == value_kind::required) {
                if (j + 1 < arg.size()) {
                    option.value = arg.substr(j + 1);
                } else if (i + 1 < args.size()) {
                    option.value = args[++i];
                } else {
                    throw usage_error("option " + quoted(option.spelling) + " needs " + value_help(*spec));
                }
                parsed.options.push_back(std::move(option));
                break;
            }
            parsed.options.push_back(std::move(option));
        }
    }
    return parsed;
}

}  // namespace kalends::cli

// Command-line scanning shared by every command: long options with
// "--name=value" or "--name value", short options "-x", "-x value" or
// "-xvalue", combined short flags "-wy", "--" to end options. A negative
// number ("-44-3-15", "-7") is an operand, unless each of its characters is
// a short option ("-3", "-3w").
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

enum class value_kind { none, required, optional };  // optional: only as --name=value

struct option_spec {
    std::string_view long_name;  // without "--"; the key the option is reported under
    char short_name = 0;         // 0: none
    value_kind value = value_kind::none;
    std::string_view value_help = {};  // e.g. "CAL", for messages
};

struct parsed_option {
    std::string_view name;  // the spec's long_name
    std::optional<std::string_view> value;
    std::string spelling;  // as written, for messages
};

struct parsed_args {
    std::vector<parsed_option> options;
    std::vector<std::string_view> operands;

    [[nodiscard]] bool has(std::string_view name) const noexcept;
    // The value of the last occurrence of the option, if any.
    [[nodiscard]] std::optional<std::string_view> last(std::string_view name) const noexcept;
};

// Throws usage_error for an unknown option (with the closest ones), a
// missing value, or a value given to an option that takes none.
[[nodiscard]] parsed_args parse_args(std::span<const std::string_view> args, std::span<const option_spec> specs,
                                     std::string_view command);

}  // namespace kalends::cli

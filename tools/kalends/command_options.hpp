// The options of the commands whose arguments are fuzzed and tested in
// process: one definition, used by the commands and by fuzz/fuzz_cli.cpp.
#pragma once

#include "args.hpp"
#include "converter.hpp"

#include <span>

namespace kalends::cli {

[[nodiscard]] std::span<const option_spec> convert_option_specs() noexcept;
[[nodiscard]] std::span<const option_spec> cal_option_specs() noexcept;

// What `kalends convert` converts from and to, and how it prints: --from
// (default gregorian), --to (default every built-in), --format, --json.
// Throws usage_error for an unknown calendar or an empty name in --to.
[[nodiscard]] convert_options convert_options_from(const parsed_args& parsed);

}  // namespace kalends::cli

// The option table of every command, by name: the commands parse their
// arguments with it and the completion scripts list it, so the two agree.
#pragma once

#include "args.hpp"

#include <span>
#include <string_view>

namespace kalends::cli {

// The options `kalends COMMAND` accepts; empty for an unknown command.
[[nodiscard]] std::span<const option_spec> option_specs_of(std::string_view command) noexcept;

}  // namespace kalends::cli

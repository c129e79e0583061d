// The completion scripts `kalends completion SHELL` prints, one writer per
// shell, all from one completion_model.
#pragma once

#include "completion_model.hpp"

#include <string>

namespace kalends::cli {

[[nodiscard]] std::string bash_completion_script(const completion_model& model);
[[nodiscard]] std::string zsh_completion_script(const completion_model& model);
[[nodiscard]] std::string fish_completion_script(const completion_model& model);

}  // namespace kalends::cli

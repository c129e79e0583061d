// Quoting words for the completion scripts' shells.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// In single quotes for bash and zsh: 'it'\''s'.
[[nodiscard]] std::string sh_quoted(std::string_view text);
// In single quotes for fish, where \' and \\ are the escapes: 'it\'s'.
[[nodiscard]] std::string fish_quoted(std::string_view text);
// The words separated by single spaces (words that need no quotes).
[[nodiscard]] std::string spaced(const std::vector<std::string>& words);

}  // namespace kalends::cli

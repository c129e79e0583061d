// "Did you mean ...?": the known names closest to a mistyped one.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

// Edit distance (insertions, deletions, substitutions and transpositions of
// adjacent characters), ASCII case-insensitive.
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// Up to `limit` candidates close to `wrong`, closest first: those within an
// edit distance of about a third of the length, and those that start with
// `wrong` (or that `wrong` starts with).
[[nodiscard]] std::vector<std::string> closest_names(std::string_view wrong, const std::vector<std::string>& candidates,
                                                     std::size_t limit = 3);

// " (did you mean 'a' or 'b'?)", or "" if there is nothing close.
[[nodiscard]] std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates);

}  // namespace kalends::cli

// Today's date as a Julian Day Number.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kalends::cli {

// The local date (localtime). The environment variable KALENDS_TODAY, a
// Gregorian YYYY-MM-DD, replaces it, for tests and reproducible output;
// a malformed value is a usage_error.
[[nodiscard]] std::int64_t today_jdn();

// The day `word` names, if it is "today", "yesterday" or "tomorrow" (any
// ASCII case), as GNU date and dateutils read them; nullopt for any other text.
[[nodiscard]] std::optional<std::int64_t> relative_day_jdn(std::string_view word);

}  // namespace kalends::cli

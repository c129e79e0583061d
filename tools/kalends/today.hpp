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

// A day named by a word rather than by a date in a calendar, as GNU date
// and dateutils read them: "today", "yesterday", "tomorrow" (any ASCII
// case), and "@SECONDS", seconds since 1970-01-01 00:00 UTC (GNU date's
// `date -d @N`), which names the UTC day holding that second.
struct day_word {
    bool matched = false;             // the text is such a word (possibly malformed)
    std::optional<std::int64_t> jdn;  // the day, if the word is well formed
    std::string_view problem;         // why not, otherwise
};
[[nodiscard]] day_word read_day_word(std::string_view text);

}  // namespace kalends::cli

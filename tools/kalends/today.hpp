// Today's date as a Julian Day Number.
#pragma once

#include <cstdint>

namespace kalends::cli {

// The local date (localtime). The environment variable KALENDS_TODAY, a
// Gregorian YYYY-MM-DD, replaces it, for tests and reproducible output;
// a malformed value is a usage_error.
[[nodiscard]] std::int64_t today_jdn();

}  // namespace kalends::cli

// Parsing the numbers the tool reads (dates: kalends::parse_ymd): without
// allocation, so that batch conversion stays fast. Nothing is normalized: a
// text either is exactly the syntax below or is rejected with a reason.
#pragma once

#include <kalends/text.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace kalends::cli {

using kalends::text_status;

// A decimal integer with an optional leading '-' that fits int64.
struct int64_result {
    text_status status = text_status::syntax;
    std::int64_t value = 0;
};
[[nodiscard]] int64_result parse_int64(std::string_view text) noexcept;

// An int within [low, high] (for years, months, counts on the command line).
struct int_result {
    text_status status = text_status::syntax;
    int value = 0;
};
[[nodiscard]] int_result parse_int(std::string_view text, int low, int high) noexcept;

// Why parse_int64 failed, for a message.
[[nodiscard]] std::string describe_int64_failure(const int64_result& result);

}  // namespace kalends::cli

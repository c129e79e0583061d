// Parsing the dates and numbers the tool reads: by hand, without allocation,
// so that batch conversion stays fast. Nothing is normalized: a text either
// is exactly the syntax below or is rejected with a reason.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kalends::cli {

enum class parse_status {
    ok,
    syntax,        // not the expected syntax at all
    out_of_range,  // the syntax is right but a number does not fit
};

// Y-M-D: an optional '-' on the year, then decimal digits for each field,
// separated by single '-'. Any number of digits is read (leading zeros are
// fine); a year beyond int32, or a month or day beyond int32, is out_of_range.
struct ymd_result {
    parse_status status = parse_status::syntax;
    int year = 0;
    int month = 0;
    int day = 0;
    char bad_field = 0;  // for out_of_range: 'y', 'm' or 'd'
};
[[nodiscard]] ymd_result parse_ymd(std::string_view text) noexcept;

// A decimal integer with an optional leading '-' that fits int64.
struct int64_result {
    parse_status status = parse_status::syntax;
    std::int64_t value = 0;
};
[[nodiscard]] int64_result parse_int64(std::string_view text) noexcept;

// An int within [low, high] (for years, months, counts on the command line).
struct int_result {
    parse_status status = parse_status::syntax;
    int value = 0;
};
[[nodiscard]] int_result parse_int(std::string_view text, int low, int high) noexcept;

// Why parse_ymd failed, for a message.
[[nodiscard]] std::string describe_ymd_failure(const ymd_result& result);
// Why parse_int64 failed, for a message.
[[nodiscard]] std::string describe_int64_failure(const int64_result& result);

}  // namespace kalends::cli

// Shared by `kalends add`, `diff` and `seq`: reading a DATE operand in a
// calendar into a kalends::date, and a DURATION operand. Errors in a value
// (a date the calendar lacks, a malformed duration) are kalends::error (exit 1).
#pragma once

#include <kalends/date.hpp>
#include <kalends/duration.hpp>

#include <span>
#include <string_view>
#include <vector>

namespace kalends::cli {

[[nodiscard]] kalends::date read_date(const kalends::calendar& cal, std::string_view text);
[[nodiscard]] kalends::duration read_duration(std::string_view text);

// A negative duration ("-P3W") would be read as an option: such arguments are
// taken out before the options are parsed and appended to the operands after
// (a duration is always the last operand of add and seq).
struct split_arguments {
    std::vector<std::string_view> rest;
    std::vector<std::string_view> negative_durations;
};
[[nodiscard]] split_arguments split_negative_durations(std::span<const std::string_view> args);

}  // namespace kalends::cli

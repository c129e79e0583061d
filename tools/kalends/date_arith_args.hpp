// Shared by `kalends add`, `diff` and `seq`: reading a DATE operand in a
// calendar into a kalends::date, and a DURATION operand. Errors in a value
// (a date the calendar lacks, a malformed duration) are kalends::error (exit 1).
#pragma once

#include <kalends/date.hpp>
#include <kalends/duration.hpp>

#include "args.hpp"
#include "io_buffers.hpp"

#include <span>
#include <string_view>
#include <utility>
#include <vector>

namespace kalends::cli {

// read_date's message names the text ("date '2025-02-30': ..."); read_date_value's
// is the reason alone, for a batch line that is only the date.
[[nodiscard]] kalends::date read_date(const kalends::calendar& cal, std::string_view text);
[[nodiscard]] kalends::date read_date_value(const kalends::calendar& cal, std::string_view text);
[[nodiscard]] kalends::duration read_duration(std::string_view text);

// True for a text that can only be a duration (P..., -P..., +P...): the operand of a batch.
[[nodiscard]] bool looks_like_duration(std::string_view text) noexcept;
// The white-space separated fields of a batch line; two_fields throws
// kalends::error unless there are exactly two (`what` names them).
[[nodiscard]] std::vector<std::string_view> split_fields(std::string_view line);
[[nodiscard]] std::pair<std::string_view, std::string_view> two_fields(std::string_view line, std::string_view what);
// A date as YYYY-MM-DD and a newline.
void write_date(output_buffer& out, const kalends::date& d);

// The arguments of `kalends COMMAND` (add, seq) parsed with its options. A
// negative duration ("-P3W") would be read as an option: such arguments are
// taken out before the options are parsed and appended to the operands after
// (a duration is always the last operand of add and seq).
[[nodiscard]] parsed_args parse_args_with_duration(std::span<const std::string_view> args, std::string_view command);

}  // namespace kalends::cli

// `kalends seq [-c CAL] [--skip DAYS] [--format FMT] [START END [STEP]]`: the
// dates START + n * STEP (n = 0, 1, ...) up to END (down to END for a
// negative STEP), one per line; none if END lies on the other side. Without
// operands, each line of standard input holds START END [STEP].
// Each is computed from START, so month ends do not drift: 2024-01-31 by P1M
// gives 2024-02-29, then 2024-03-31.
#include "args.hpp"
#include "batch_lines.hpp"
#include "commands.hpp"
#include "date_arith_args.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/format.hpp>
#include <kalends/names.hpp>

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace kalends::cli {

namespace {

// --skip: weekday names or ISO numbers, comma-separated ("sat,sun", "6,7").
std::array<bool, 8> skipped_weekdays(const parsed_args& parsed) {
    std::array<bool, 8> skip{};
    for (const parsed_option& option : parsed.options) {
        if (option.name != "skip") continue;
        for (const std::string_view item : split(option.value.value_or(""), ',')) {
            std::optional<int> weekday = kalends::weekday_from_name(item);
            if (!weekday && item.size() == 1 && item[0] >= '1' && item[0] <= '7') weekday = item[0] - '0';
            if (!weekday) {
                throw usage_error("--skip " + quoted(item) +
                                  " is not a weekday (a name such as sat or Sunday, or an ISO number 1..7)");
            }
            skip[static_cast<std::size_t>(*weekday)] = true;
        }
    }
    return skip;
}

// START + n * STEP up to END (down to END for a negative STEP), one per
// line; nothing if END lies on the other side, as seq and dseq do.
void write_sequence(const kalends::date& start, const kalends::date& end, const kalends::duration& step,
                    const std::array<bool, 8>& skip, const std::optional<kalends::date_format>& format,
                    output_buffer& out) {
    const int sign = step.sign();
    if ((sign > 0 && end < start) || (sign < 0 && end > start)) return;
    for (std::int64_t n = 0;; ++n) {
        // n * step, checked: the duration's bounds end the sequence with an error, never a wrong date.
        const auto scaled = kalends::duration::try_make(step.years() * n, step.months() * n, step.weeks() * n,
                                                        step.days() * n);
        if (!scaled) {
            throw kalends::error(scaled.error().code, "seq: " + std::to_string(n) + " steps of " + step.to_string() +
                                                          " exceed a duration's range: " + scaled.error().message());
        }
        // A step that leaves the calendar's range lies beyond END, which is inside it: the sequence is done.
        const auto next = start.try_add(scaled.value());
        if (!next) break;
        const kalends::date& d = next.value();
        if ((sign > 0 && d > end) || (sign < 0 && d < end)) break;
        if (skip[static_cast<std::size_t>(d.day_of_week())]) continue;
        if (format) {
            out.append(format->format(d));
            out.put('\n');
        } else {
            write_date(out, d);
        }
    }
}

}  // namespace

int run_seq(arguments args) {
    const parsed_args parsed = parse_args_with_duration(args, "seq");
    const auto& operands = parsed.operands;
    if (!operands.empty() && operands.size() != 2 && operands.size() != 3) {
        throw usage_error("'kalends seq' takes START END [STEP] (e.g. 2024-01-31 2024-12-31 P1M), or such lines on "
                          "standard input, got " + std::to_string(operands.size()) + " operand(s)");
    }
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    const std::array<bool, 8> skip = skipped_weekdays(parsed);
    std::optional<kalends::date_format> format;
    if (const auto text = parsed.last("format")) {
        auto compiled = kalends::date_format::try_compile(*text);
        if (!compiled) throw usage_error("--" + compiled.error().message());
        format.emplace(std::move(compiled).value());
    }
    output_buffer out(1);
    if (operands.empty()) {
        // Lines "START END [STEP]": each line's sequence in turn.
        return answer_input_lines(out, [&](std::string_view line, output_buffer& to) {
            const std::vector<std::string_view> fields = split_fields(line);
            if (fields.size() != 2 && fields.size() != 3) {
                throw kalends::error(errc::invalid_date_text, "expected START END [STEP], separated by white space");
            }
            const kalends::duration step = fields.size() == 3 ? read_duration(fields[2]) : kalends::duration::of_days(1);
            if (step.is_zero()) throw kalends::error(errc::invalid_duration, "STEP is zero: the sequence would not end");
            write_sequence(read_date(cal, fields[0]), read_date(cal, fields[1]), step, skip, format, to);
        });
    }
    const kalends::date start = read_date(cal, operands[0]);
    const kalends::date end = read_date(cal, operands[1]);
    const kalends::duration step = operands.size() == 3 ? read_duration(operands[2]) : kalends::duration::of_days(1);
    if (step.is_zero()) throw usage_error("STEP " + quoted(operands[2]) + " is zero: the sequence would not end");
    try {
        write_sequence(start, end, step, skip, format, out);
    } catch (const kalends::error&) {
        out.flush();  // the dates before the error
        throw;
    }
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

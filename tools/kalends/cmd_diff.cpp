// `kalends diff [-c CAL] [--largest UNIT] DATE DATE`: the Temporal duration
// from the first date to the second (kalends::date::until).
#include "args.hpp"
#include "batch_lines.hpp"
#include "commands.hpp"
#include "date_arith_args.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>

namespace kalends::cli {

int run_diff(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("diff"), "kalends diff");
    const auto& operands = parsed.operands;
    if (operands.size() > 2) {
        throw usage_error("'kalends diff' takes two dates, START END (e.g. 2024-01-31 2024-03-01), or START with the "
                          "ends on standard input, or neither with 'START END' lines, got " +
                          std::to_string(operands.size()) + " operands");
    }
    const std::string_view unit_text = parsed.last("largest").value_or("days");
    const auto unit = kalends::parse_date_unit(unit_text);
    if (!unit) {
        throw usage_error("--largest " + quoted(unit_text) + " is not a unit (allowed: years, months, weeks, days)" +
                          did_you_mean(unit_text, {"years", "months", "weeks", "days"}));
    }
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    output_buffer out(1);
    const auto write_duration = [&out](const kalends::duration& d) {
        char* p = out.reserve(kalends::duration::max_text_size + 1);
        p = d.write(p);
        *p++ = '\n';
        out.commit(p);
    };
    if (operands.size() == 1) {
        // ddiff START < ends: from START to each line's date.
        const kalends::date start = read_date(cal, operands[0]);
        return answer_input_lines(out, [&](std::string_view line, output_buffer&) {
            write_duration(start.until(read_date_value(cal, line), *unit));
        });
    }
    if (operands.empty()) {
        return answer_input_lines(out, [&](std::string_view line, output_buffer&) {
            const auto [start_text, end_text] = two_fields(line, "START END");
            write_duration(read_date(cal, start_text).until(read_date(cal, end_text), *unit));
        });
    }
    write_duration(read_date(cal, operands[0]).until(read_date(cal, operands[1]), *unit));
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

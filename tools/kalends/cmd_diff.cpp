// `kalends diff [-c CAL] [--largest UNIT] DATE DATE`: the Temporal duration
// from the first date to the second (kalends::date::until).
#include "args.hpp"
#include "commands.hpp"
#include "date_arith_args.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>

namespace kalends::cli {

int run_diff(arguments args) {
    static constexpr std::array<option_spec, 3> specs{{
        {"calendar", 'c', value_kind::required, "a calendar name"},
        {"largest", 0, value_kind::required, "years, months, weeks or days"},
        {"help", 'h'},
    }};
    const parsed_args parsed = parse_args(args, specs, "kalends diff");
    if (parsed.operands.size() != 2) {
        throw usage_error("'kalends diff' takes two dates, START END (e.g. 2024-01-31 2024-03-01), got " +
                          std::to_string(parsed.operands.size()) + " operand(s)");
    }
    const std::string_view unit_text = parsed.last("largest").value_or("days");
    const auto unit = kalends::parse_date_unit(unit_text);
    if (!unit) {
        throw usage_error("--largest " + quoted(unit_text) + " is not a unit (allowed: years, months, weeks, days)" +
                          did_you_mean(unit_text, {"years", "months", "weeks", "days"}));
    }
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    const kalends::date start = read_date(cal, parsed.operands[0]);
    const kalends::date end = read_date(cal, parsed.operands[1]);
    output_buffer out(1);
    out.append(start.until(end, *unit).to_string());
    out.put('\n');
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

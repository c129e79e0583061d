// `kalends easter [--orthodox | --western] [-c CAL] [--json] [YEAR | FIRST..LAST]...`:
// the date of Easter Sunday of each year, one line each. The computus is the
// library's (kalends/easter.hpp); this file reads years and prints dates.
#include "args.hpp"
#include "commands.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"
#include "year_operand.hpp"

#include <kalends/calendar.hpp>
#include <kalends/easter.hpp>
#include <kalends/text.hpp>

#include <array>
#include <limits>
#include <string>
#include <vector>

namespace kalends::cli {
namespace {

// One operand: a year (first == last) or an inclusive range of years.
struct year_span {
    int first;
    int last;
};

int parse_year(std::string_view text, std::string_view operand) {
    return read_year_operand(text, operand,
                             "an integer or a range FIRST..LAST (e.g. 2025, 2020..2030; a negative year after '--')",
                             ", except 0");
}

year_span parse_operand(std::string_view text) {
    const std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) {
        const int year = parse_year(text, text);
        return {year, year};
    }
    const year_span span{parse_year(text.substr(0, dots), text), parse_year(text.substr(dots + 2), text)};
    if (span.first > span.last) {
        throw usage_error("the range " + quoted(text) + " runs backwards (FIRST..LAST needs FIRST <= LAST)");
    }
    return span;
}

std::string json_line(int year, easter_rule rule, const kalends::calendar& cal, std::int64_t jdn,
                      const std::string& date) {
    return "{\"year\":" + std::to_string(year) + ",\"rule\":\"" +
           (rule == easter_rule::western ? "western" : "orthodox") + "\",\"calendar\":" + json_string(cal.name()) +
           ",\"date\":\"" + date + "\",\"jdn\":" + std::to_string(jdn) + "}";
}

}  // namespace

int run_easter(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("easter"), "kalends easter");
    if (parsed.has("orthodox") && parsed.has("western")) {
        throw usage_error("--orthodox and --western exclude each other (the default is --western)");
    }
    const easter_rule rule = parsed.has("orthodox") ? easter_rule::orthodox : easter_rule::western;
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    // Every operand is read before anything is printed: a malformed one prints nothing.
    std::vector<year_span> spans;
    for (const std::string_view text : parsed.operands) spans.push_back(parse_operand(text));
    if (spans.empty()) {
        // This Gregorian year, for either rule: the year a Gregorian world is in.
        const int year = kalends::calendar(calendar_system::gregorian).parts_from_date(today_jdn()).year;
        spans.push_back({year, year});
    }
    const bool json = parsed.has("json");
    output_buffer out(1);
    if (json) out.append("[\n");
    bool first_line = true;
    for (const year_span span : spans) {
        for (std::int64_t y = span.first; y <= span.last; ++y) {
            const auto year = static_cast<int>(y);
            // A range steps over year 0, which neither calendar has; a lone 0 is an error.
            if (year == 0 && span.first != span.last) continue;
            const auto jdn = kalends::try_easter_jdn(year, rule);
            const auto parts = jdn ? cal.try_parts_from_date(*jdn) : kalends::result<date_parts>(jdn.error());
            if (!parts) {
                out.flush();  // the years before stay printed, as seq leaves its lines
                throw kalends::error(parts.error());
            }
            const std::string date = format_ymd(*parts);
            if (json) {
                out.append((first_line ? "  " : ",\n  ") + json_line(year, rule, cal, *jdn, date));
            } else {
                out.append(date);
                out.put('\n');
            }
            first_line = false;
        }
    }
    if (json) out.append(first_line ? "]\n" : "\n]\n");
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

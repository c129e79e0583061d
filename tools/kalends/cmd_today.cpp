// `kalends` / `kalends today`: today in every built-in calendar; `kalends show
// DATE...` / `kalends DATE`: other days so.
#include "args.hpp"
#include "date_arith_args.hpp"
#include "commands.hpp"
#include "text.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "locale_option.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <kalends/locale.hpp>
#include <kalends/names.hpp>
#include <kalends/text.hpp>

#include <algorithm>
#include <array>
#include <vector>

namespace kalends::cli {

namespace {

// One line per built-in calendar for day `jdn`: name, YYYY-MM-DD, weekday,
// the date in words. exit_failure if a calendar's range lacks the day.
int write_every_calendar(std::int64_t jdn, const kalends::locale& loc, output_buffer& out) {
    const auto calendars = builtin_calendars();
    std::size_t name_width = 0;
    for (const auto& cal : calendars) name_width = std::max(name_width, cal.name().size());
    const bool localized = !is_plain_english(loc);
    int status = exit_ok;
    for (const auto& cal : calendars) {
        std::string line(cal.name());
        line.append(name_width + 2 - line.size(), ' ');
        const auto parts = cal.try_parts_from_date(jdn);
        if (!parts) {
            line += "(out of range)\n";
            status = exit_failure;
            out.append(line);
            continue;
        }
        const std::string_view weekday =
            localized ? weekday_name(loc, cal.day_of_week(jdn)) : weekday_name(cal.day_of_week(jdn));
        line += format_ymd(*parts) + "  " + std::string(weekday);
        line.append(std::max<std::size_t>(11, display_width(weekday) + 1) - display_width(weekday), ' ');
        if (localized) {
            line += format_number(loc, parts->day) + " " + month_name(loc, cal, parts->year, parts->month) + " " +
                    format_number(loc, parts->year);
        } else {
            line += std::to_string(parts->day) + " " + month_name(cal, parts->year, parts->month) + " " +
                    std::to_string(parts->year);
        }
        // Where the era counts years differently (Japanese: Reiwa 8 is 2026), the era year too.
        if (const auto era = cal.try_era_of(*parts); era && !era->era.empty() && era->year != parts->year) {
            line += " (" + std::string(era->era) + " " + std::to_string(era->year) + ")";
        }
        line += "\n";
        out.append(line);
    }
    return status;
}

}  // namespace

int run_today(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("today"), "kalends today");
    if (!parsed.operands.empty()) {
        throw usage_error("'kalends today' takes no operands (got " + std::string(parsed.operands.front()) +
                          "; 'kalends show DATE' shows another day)");
    }
    output_buffer out(1);
    const int status = write_every_calendar(today_jdn(), locale_from(parsed), out);
    out.flush();
    return status;
}

int run_show(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("show"), "kalends show");
    if (parsed.operands.empty()) throw usage_error("'kalends show' needs a date (e.g. 2025-03-21)");
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    const kalends::locale loc = locale_from(parsed);
    // Every date is read before any is shown: a bad one shows nothing.
    std::vector<std::int64_t> days;
    for (const std::string_view text : parsed.operands) days.push_back(read_date(cal, text).jdn());
    output_buffer out(1);
    int status = exit_ok;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days.size() > 1) out.append((i == 0 ? "" : "\n") + std::string(parsed.operands[i]) + ":\n");
        status = std::max(status, write_every_calendar(days[i], loc, out));
    }
    out.flush();
    return status;
}

}  // namespace kalends::cli

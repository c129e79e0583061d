// `kalends` / `kalends today`: today in every built-in calendar.
#include "args.hpp"
#include "commands.hpp"
#include "text.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "locale_option.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <kalends/locale.hpp>
#include <kalends/names.hpp>
#include <kalends/text.hpp>

#include <algorithm>
#include <array>

namespace kalends::cli {

int run_today(arguments args) {
    static constexpr std::array<option_spec, 2> specs{
        {locale_option, {"help", 'h'}}};
    const parsed_args parsed = parse_args(args, specs, "kalends today");
    if (!parsed.operands.empty()) {
        throw usage_error("'kalends today' takes no operands (got " + std::string(parsed.operands.front()) + ")");
    }
    const std::int64_t today = today_jdn();
    const auto calendars = builtin_calendars();
    std::size_t name_width = 0;
    for (const auto& cal : calendars) name_width = std::max(name_width, cal.name().size());

    const kalends::locale loc = locale_from(parsed);
    const bool localized = !is_plain_english(loc);

    output_buffer out(1);
    int status = exit_ok;
    for (const auto& cal : calendars) {
        std::string line(cal.name());
        line.append(name_width + 2 - line.size(), ' ');
        const auto parts = cal.try_parts_from_date(today);
        if (!parts) {
            line += "(out of range)\n";
            status = exit_failure;
            out.append(line);
            continue;
        }
        const std::string_view weekday =
            localized ? weekday_name(loc, cal.day_of_week(today)) : weekday_name(cal.day_of_week(today));
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
    out.flush();
    return status;
}

}  // namespace kalends::cli

// `kalends cal`: month grids in any calendar.
#include "args.hpp"
#include "command_options.hpp"
#include "commands.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "locale_option.hpp"
#include "date_arith_args.hpp"
#include "month_grid.hpp"
#include "vertical_grid.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"
#include "year_operand.hpp"

#include <kalends/changeover.hpp>
#include <kalends/locale.hpp>
#include <kalends/names.hpp>
#include <kalends/week.hpp>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <unistd.h>

namespace kalends::cli {
namespace {

constexpr int max_extra_months = 1200;

int month_count(const parsed_args& parsed, std::string_view name) {
    const auto value = parsed.last(name);
    if (!value) return 0;
    const int_result count = parse_int(*value, 0, max_extra_months);
    if (count.status != text_status::ok) {
        throw usage_error("--" + std::string(name) + " " + quoted(*value) + " is not a number of months (allowed 0.." +
                          std::to_string(max_extra_months) + ")");
    }
    return count.value;
}

bool want_highlight(const parsed_args& parsed) {
    std::string_view when = "auto";
    if (parsed.has("color")) when = parsed.last("color").value_or("always");
    if (when == "always") return true;
    if (when == "never") return false;
    if (when != "auto") {
        throw usage_error("--color=" + quoted(when) + " is not allowed (allowed: auto, always, never)");
    }
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color != nullptr && *no_color != '\0') return false;
    return ::isatty(1) == 1;
}

int first_weekday(const parsed_args& parsed, const kalends::calendar& cal) {
    const auto name = parsed.last("first-weekday");
    if (!name) return conventional_first_weekday(cal);
    if (const auto weekday = weekday_from_name(*name)) return *weekday;
    throw usage_error("--first-weekday " + quoted(*name) +
                      " is not a weekday (allowed: monday ... sunday, mon ... sun, mo ... su)");
}

int parse_year(std::string_view text) {
    return read_year_operand(text, text, "an integer (e.g. 2025; a negative year after '--')");
}

bool is_integer(std::string_view text) {
    return parse_int(text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()).status != text_status::syntax;
}

// MONTH as a number or as a name of the month in that year (any width and case, in the locale or in English).
int parse_month(const kalends::calendar& cal, int year, std::string_view text, const kalends::locale& loc) {
    const int months = cal.months_in_year(year);  // throws for a year the calendar lacks
    const int_result month = parse_int(text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (month.status == text_status::syntax) {
        auto named = kalends::try_month_from_name(loc, cal, year, text);
        if (!named && loc != kalends::locale::english()) named = kalends::try_month_from_name(kalends::locale::english(), cal, year, text);
        if (!named) {
            const std::string message = named.error().message() + " (or give its number, 1.." + std::to_string(months) + ")";
            // A word that names no month is a usage mistake; a month the year lacks is a date error.
            if (named.error().code == errc::invalid_date_text) throw usage_error(message);
            throw kalends::error(named.error().code, message);
        }
        return named.value();
    }
    if (month.status != text_status::ok || month.value < 1 || month.value > months) {
        if (year >= 1 && year <= months) {
            // MONTH YEAR, as other tools take them: a usage mistake, not a date kalends lacks.
            throw usage_error("'kalends cal' takes YEAR before MONTH: did you mean 'kalends cal " + std::string(text) +
                              " " + std::to_string(year) + "'?");
        }
        throw kalends::error(errc::invalid_month, "month " + std::string(text) + " is out of range for year " +
                                                      std::to_string(year) + " of calendar '" + std::string(cal.name()) +
                                                      "' (allowed 1.." + std::to_string(months) +
                                                      "; 'kalends cal' takes YEAR before MONTH)");
    }
    return month.value;
}

// `before` months before `at`, `at`, and `after` months after it.
std::vector<kalends::year_month> month_run(const kalends::calendar& cal, kalends::year_month at, int before, int after) {
    const auto first = cal.try_add_months(at, -before);
    if (!first) {
        throw kalends::error(errc::invalid_year, std::to_string(before) + " months before " + std::to_string(at.year) +
                                                     "-" + std::to_string(at.month) + " lie outside calendar '" +
                                                     std::string(cal.name()) + "'");
    }
    std::vector<kalends::year_month> months{*first};
    for (int i = 0; i < before + after; ++i) {
        const auto next = cal.try_add_months(months.back(), 1);
        if (!next) {
            throw kalends::error(errc::invalid_year, "the months after " + std::to_string(months.back().year) + "-" +
                                                         std::to_string(months.back().month) + " lie outside calendar '" +
                                                         std::string(cal.name()) + "'");
        }
        months.push_back(*next);
    }
    return months;
}

// --reform list: the presets as ncal -p has them, with the first Gregorian day.
int print_reform_list() {
    output_buffer out(1);
    out.append("code  country          last Julian day  first Gregorian day\n");
    const kalends::calendar gregorian(kalends::calendar_system::gregorian);
    for (const auto& preset : kalends::changeover_presets()) {
        const date_parts first = gregorian.parts_from_date(preset.first_gregorian_jdn());
        char line[96];
        const int length = std::snprintf(line, sizeof line, "%-4.*s  %-15.*s  %04d-%02d-%02d       %04d-%02d-%02d\n",
                                         static_cast<int>(preset.code.size()), preset.code.data(),
                                         static_cast<int>(preset.country.size()), preset.country.data(),
                                         preset.last_julian_year, preset.last_julian_month, preset.last_julian_day,
                                         first.year, first.month, first.day);
        if (length > 0) out.append(std::string_view(line, std::min(sizeof line - 1, static_cast<std::size_t>(length))));
    }
    out.flush();
    return exit_ok;
}

}  // namespace

int run_cal(arguments args) {
    parsed_args parsed = parse_args(args, cal_option_specs(), "kalends cal");
    for (auto& option : parsed.options) {
        if (option.name == "colour") option.name = "color";
    }
    if (parsed.last("reform") == "list") {
        if (!parsed.operands.empty() || parsed.options.size() > 1) {
            throw usage_error("--reform list prints the country codes and takes nothing else");
        }
        return print_reform_list();
    }
    if (parsed.operands.size() > 2) {
        throw usage_error("'kalends cal' takes [YEAR [MONTH]]; unexpected " + quoted(parsed.operands[2]));
    }
    if (parsed.has("reform") && parsed.has("calendar")) {
        throw usage_error("--reform CC chooses the calendar (Julian, then Gregorian from CC's reform): drop -c");
    }
    if (parsed.has("dual") && (parsed.has("vertical") || parsed.has("day-of-year"))) {
        throw usage_error("--dual shows two day numbers per cell: it does not combine with --vertical or -j");
    }
    // --reform: the changeover calendar of a country as `ncal -p` lists it;
    // without -c, that of Great Britain, as Debian's cal draws.
    const std::string_view reform = parsed.last("reform").value_or("GB");
    if (!kalends::find_changeover_preset(reform)) {
        std::vector<std::string> codes{"list"};
        for (const auto& preset : kalends::changeover_presets()) codes.emplace_back(preset.code);
        throw usage_error("--reform " + quoted(reform) + " is not a country code of 'ncal -p' (see --reform list)" +
                          did_you_mean(reform, codes));
    }
    const bool reform_grid = !parsed.has("calendar");
    const kalends::calendar cal = reform_grid ? kalends::changeover_calendar(reform)
                                              : require_calendar(*parsed.last("calendar"), "--calendar");

    grid_options grid;
    // A reform grid starts on Sunday, as ncal and Debian's cal print them.
    grid.first_weekday = reform_grid && !parsed.has("first-weekday") ? 7 : first_weekday(parsed, cal);
    grid.week_numbers = parsed.has("week-numbers");
    grid.day_of_year = parsed.has("day-of-year");
    // English in ASCII digits is the library's English, which matches Debian's cal line for line.
    const kalends::locale loc = locale_from(parsed);
    if (!is_plain_english(loc)) grid.locale = &loc;
    if (const auto dual = parsed.last("dual")) grid.dual = require_calendar(*dual, "--dual");
    const bool vertical = parsed.has("vertical");
    // -H names the day to highlight, and asks for the highlight unless --color=never.
    const auto highlight_date = parsed.last("highlight");
    const bool highlight = want_highlight(parsed) || (highlight_date && parsed.last("color") != "never");

    int before = month_count(parsed, "before");
    int after = month_count(parsed, "after");
    if (parsed.has("three")) {
        before = std::max(before, 1);
        after = std::max(after, 1);
    }
    // The operands: [YEAR [MONTH]]; a month name may also come first (cal's
    // 'mar 2026') or alone ('mar': of this year), and -m gives MONTH.
    std::optional<std::string_view> year_text;
    std::optional<std::string_view> month_text = parsed.last("month");
    const auto& operands = parsed.operands;
    std::optional<std::string_view> month_operand;
    if (operands.size() == 2 && !is_integer(operands[0]) && is_integer(operands[1])) {
        month_operand = operands[0];
        year_text = operands[1];
    } else if (operands.size() == 1 && !is_integer(operands[0])) {
        month_operand = operands[0];
    } else if (!operands.empty()) {
        year_text = operands[0];
        if (operands.size() == 2) month_operand = operands[1];
    }
    if (month_operand && month_text) {
        throw usage_error("the month is given twice (-m " + std::string(*month_text) + " and " + quoted(*month_operand) + ")");
    }
    if (month_operand) month_text = month_operand;
    const bool year_view = parsed.has("year") || (year_text && !month_text);
    if (year_view && (before != 0 || after != 0)) {
        throw usage_error("-3, -A and -B need a month; a whole year is shown with -y or YEAR alone");
    }
    if (parsed.has("year") && month_text) {
        throw usage_error("-y shows a whole year: give only YEAR, not MONTH");
    }

    // Today is needed for the default year and month and for highlighting;
    // an unset or broken clock only matters when it is used.
    std::optional<std::int64_t> today;
    if (!year_text || (highlight && !highlight_date)) today = today_jdn();
    if (highlight) grid.today = highlight_date ? read_date(cal, *highlight_date).jdn() : today;

    int year = 0;
    int month = 0;
    if (!year_text) {
        const date_parts now = cal.parts_from_date(*today);
        year = now.year;
        month = now.month;
    } else {
        year = parse_year(*year_text);
    }
    if (month_text) month = parse_month(cal, year, *month_text, loc);

    std::vector<kalends::year_month> months;
    if (year_view) {
        grid.year_in_title = false;
        const int count = cal.months_in_year(year);
        for (int m = 1; m <= count; ++m) months.push_back({year, m});
    } else {
        months = month_run(cal, {year, month}, before, after);
    }
    // Months to a band: cal's and ncal's (fewer with -j), one with --dual.
    const std::size_t per_row = grid.dual ? 1 : vertical ? (grid.day_of_year ? 3 : 4) : (grid.day_of_year ? 2 : 3);
    const std::size_t columns = std::min(per_row, months.size());
    std::size_t band_width = 0;  // of the months of a band, without the gaps between them
    std::vector<std::string> grids;
    if (vertical) {
        band_width = vertical_band_width(columns, grid);
        grids = lay_out_vertical(cal, months, grid, per_row);
    } else {
        std::vector<month_block> blocks;
        blocks.reserve(months.size());
        for (const kalends::year_month& at : months) blocks.push_back(render_month(cal, at.year, at.month, grid));
        band_width = columns * blocks.front().width;
        grids = lay_out(blocks, per_row);
    }
    std::vector<std::string> lines;
    // The year over a whole year, centred over a band as cal and ncal do.
    if (year_view) lines.push_back(centre(std::to_string(year), band_width));
    lines.insert(lines.end(), grids.begin(), grids.end());

    output_buffer out(1);
    for (const std::string& line : lines) {
        out.append(line);
        out.put('\n');
    }
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

// `kalends info CAL [YEAR]`: a calendar's properties and one year's months.
#include "args.hpp"
#include "commands.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "locale_option.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/locale.hpp>
#include <kalends/names.hpp>
#include <kalends/text.hpp>

#include <algorithm>
#include <array>
#include <limits>

namespace kalends::cli {
namespace {

std::string field(std::string_view label, const std::string& value) {
    std::string line(label);
    line += ':';
    line.append(18 - std::min<std::size_t>(17, line.size()), ' ');
    return line + value + "\n";
}

// ", cycle year 40 of 60" for a calendar that names its years in a cycle; "" otherwise.
std::string cycle_year_text(const kalends::calendar& cal, int year) {
    const auto cycle = cal.try_cycle_year(year);
    return cycle ? ", cycle year " + std::to_string(*cycle) + " of 60" : std::string();
}

}  // namespace

int run_info(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("info"), "kalends info");
    if (parsed.operands.empty()) throw usage_error("'kalends info' needs a calendar name (see 'kalends list')");
    if (parsed.operands.size() > 2) {
        throw usage_error("'kalends info' takes CAL [YEAR]; unexpected " + quoted(parsed.operands[2]));
    }
    const kalends::calendar cal = require_calendar(parsed.operands[0], "'kalends info'");
    const kalends::locale loc = locale_from(parsed);
    const bool localized = !is_plain_english(loc);

    output_buffer out(1);
    if (parsed.operands.size() == 1) {
        const auto names = cal.names();
        std::vector<std::string> aliases(names.begin() + (names.empty() ? 0 : 1), names.end());
        out.append(field("name", std::string(cal.name())));
        out.append(field("aliases", aliases.empty() ? std::string("(none)") : join(aliases, ", ")));
        if (!cal.name_note().empty()) out.append(field("note", std::string(cal.name_note())));
        out.append(field("id", std::to_string(to_underlying(cal.id()))));
        out.append(field("built in", cal.system() == calendar_system::user ? "no" : "yes"));
        out.append(field("kind", kind_of(cal)));
        out.append(field("proleptic", cal.is_proleptic() ? "yes" : "no"));
        const bool range_holds_zero = cal.minimum_year() <= 0 && cal.maximum_year() >= 0;
        out.append(field("year zero", !range_holds_zero ? "not in range"
                                      : cal.has_year_zero() ? "yes"
                                                            : "no (year -1 precedes year 1)"));
        out.append(field("months per year", std::to_string(cal.maximum_months_in_year()) + " at most"));
        out.append(field("days per month",
                         std::to_string(cal.minimum_days_in_month()) + ".." + std::to_string(cal.maximum_days_in_month())));
        out.append(field("years", std::to_string(cal.minimum_year()) + ".." + std::to_string(cal.maximum_year())));
        if (const auto exact = cal.exact_years()) {
            out.append(field("exact years", exact->first > exact->last
                                                ? std::string("none (every year approximate)")
                                                : std::to_string(exact->first) + ".." + std::to_string(exact->last) +
                                                      " (approximate outside)"));
        }
        out.append(field("day range (JDN)", std::to_string(cal.first_jdn()) + ".." + std::to_string(cal.last_jdn())));
        if (localized) {
            out.append(field("month names", "CLDR " + std::string(locale_data_version()) + ", " + std::string(loc.tag())));
        } else {
            out.append(field("month names", has_month_names(cal) ? "English" : "none (shown as Month N)"));
        }
        out.flush();
        return exit_ok;
    }

    const std::string_view year_text = parsed.operands[1];
    const int_result year = parse_int(year_text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (year.status == text_status::syntax) {
        throw usage_error("the year " + quoted(year_text) + " is not an integer (e.g. 2025, or -44 after '--')");
    }
    if (year.status == text_status::out_of_range) {
        throw kalends::error(errc::invalid_year, "the year " + quoted(year_text) + " is out of range (allowed " +
                                                     std::to_string(cal.minimum_year()) + ".." +
                                                     std::to_string(cal.maximum_year()) + ")");
    }
    const int months = cal.months_in_year(year.value);  // throws for a year the calendar lacks
    const kalends::calendar gregorian(calendar_system::gregorian);
    out.append("year " + std::to_string(year.value) + " of " + std::string(cal.name()) + ": " +
               (cal.is_leap_year(year.value) ? "leap year" : "common year") + ", " +
               std::to_string(cal.days_in_year(year.value)) + " days, " + std::to_string(months) + " months" +
               cycle_year_text(cal, year.value) + (cal.is_year_exact(year.value) ? "" : ", approximate") + "\n");
    std::vector<std::string> names;
    std::size_t name_width = 4;
    for (int month = 1; month <= months; ++month) {
        names.push_back(localized ? kalends::month_name(loc, cal, year.value, month) : month_name(cal, year.value, month));
        name_width = std::max(name_width, display_width(names.back()));
    }
    std::string header = "MONTH  CODE  NAME";
    header.append(name_width - 2, ' ');
    header += "DAYS  FIRST DAY (gregorian)\n";
    out.append(header);
    for (int month = 1; month <= months; ++month) {
        std::string line = std::to_string(month);
        line.insert(0, 5 - std::min<std::size_t>(5, line.size()), ' ');
        const std::string code(cal.month_code_of(month, year.value).view());
        line += "  " + code + std::string(6 - std::min<std::size_t>(6, code.size()), ' ');
        line += names[static_cast<std::size_t>(month - 1)];
        line.append(name_width + 2 - display_width(names[static_cast<std::size_t>(month - 1)]), ' ');
        std::string days = std::to_string(cal.days_in_month(month, year.value));
        line += std::string(4 - std::min<std::size_t>(4, days.size()), ' ') + days + "  ";
        const auto first = gregorian.try_parts_from_date(cal.date_from_parts(year.value, month, 1));
        line += first ? format_ymd(*first) : std::string("(out of range)");
        out.append(line + "\n");
    }
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

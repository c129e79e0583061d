// `kalends list [--json]`: every registered calendar.
#include "args.hpp"
#include "commands.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/registry.hpp>

#include <algorithm>
#include <array>

namespace kalends::cli {
namespace {

std::vector<std::string> aliases_of(const kalends::calendar& cal) {
    const auto names = cal.names();
    return names.empty() ? std::vector<std::string>{} : std::vector<std::string>(names.begin() + 1, names.end());
}

std::string pad(std::string text, std::size_t width) {
    if (text.size() < width) text.append(width - text.size(), ' ');
    return text;
}

}  // namespace

int run_list(arguments args) {
    const parsed_args parsed = parse_args(args, option_specs_of("list"), "kalends list");
    if (!parsed.operands.empty()) {
        throw usage_error("'kalends list' takes no operands (got " + quoted(parsed.operands.front()) + ")");
    }
    const auto calendars = kalends::all_calendars();
    output_buffer out(1);
    if (parsed.has("json")) {
        out.append("[\n");
        for (std::size_t i = 0; i < calendars.size(); ++i) {
            const auto& cal = calendars[i];
            std::string aliases;
            for (const auto& alias : aliases_of(cal)) aliases += (aliases.empty() ? "" : ",") + json_string(alias);
            out.append("  {\"id\":" + std::to_string(to_underlying(cal.id())) + ",\"name\":" + json_string(cal.name()) +
                       ",\"aliases\":[" + aliases + "],\"kind\":\"" + kind_of(cal) +
                       "\",\"builtin\":" + (cal.system() == calendar_system::user ? "false" : "true") +
                       ",\"year_zero\":" + (cal.has_year_zero() ? "true" : "false") +
                       ",\"proleptic\":" + (cal.is_proleptic() ? "true" : "false") +
                       ",\"max_months_in_year\":" + std::to_string(cal.maximum_months_in_year()) +
                       ",\"min_days_in_month\":" + std::to_string(cal.minimum_days_in_month()) +
                       ",\"max_days_in_month\":" + std::to_string(cal.maximum_days_in_month()) +
                       ",\"min_year\":" + std::to_string(cal.minimum_year()) +
                       ",\"max_year\":" + std::to_string(cal.maximum_year()) +
                       (cal.name_note().empty() ? std::string() : ",\"note\":" + json_string(cal.name_note())) + "}" +
                       (i + 1 < calendars.size() ? ",\n" : "\n"));
        }
        out.append("]\n");
        out.flush();
        return exit_ok;
    }
    std::size_t name_width = 4;
    for (const auto& cal : calendars) name_width = std::max(name_width, cal.name().size());
    out.append(pad("ID", 6) + pad("NAME", name_width + 2) + pad("KIND", 11) + pad("YEAR 0", 8) + pad("MONTHS", 8) +
               "ALIASES\n");
    for (const auto& cal : calendars) {
        std::string line = pad(std::to_string(to_underlying(cal.id())), 6) + pad(std::string(cal.name()), name_width + 2) +
                           pad(kind_of(cal), 11) + pad(cal.has_year_zero() ? "yes" : "no", 8) +
                           pad(std::to_string(cal.maximum_months_in_year()), 8) + join(aliases_of(cal), ", ");
        while (!line.empty() && line.back() == ' ') line.pop_back();
        out.append(line + "\n");
    }
    // What some names mean here, where other libraries differ.
    for (const auto& cal : calendars) {
        if (!cal.name_note().empty()) out.append("\nNote on " + std::string(cal.name()) + ": " + std::string(cal.name_note()) + "\n");
    }
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

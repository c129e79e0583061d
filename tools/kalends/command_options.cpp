#include "command_options.hpp"

#include "endpoint.hpp"
#include "locale_option.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <array>
#include <optional>
#include <string>
#include <utility>

namespace kalends::cli {

namespace {

constexpr std::array<option_spec, 13> convert_specs{{
    {"from", 'f', value_kind::required, "a calendar name or day count"},
    {"to", 't', value_kind::required, "calendar names or day counts, comma-separated"},
    {"format", 0, value_kind::required, "a format such as '%Y-%m-%d'"},
    {"pattern", 0, value_kind::required, "an LDML pattern such as 'd MMMM y'"},
    {"style", 0, value_kind::required, "full, long, medium or short"},
    {"qt-format", 0, value_kind::required, "a Qt date format such as 'dddd d MMMM yyyy'"},
    {"input-pattern", 0, value_kind::required, "an LDML pattern such as 'd MMMM y'"},
    {"input-format", 'i', value_kind::required, "a format such as '%d/%m/%Y'"},
    {"lenient", 0},
    locale_option,
    {"json", 0},
    {"header", 0},
    {"help", 'h'},
}};

constexpr std::array<option_spec, 17> cal_specs{{
    locale_option,
    {"calendar", 'c', value_kind::required, "a calendar name"},
    {"month", 'm', value_kind::required, "a month number or name"},
    {"three", '3'},
    {"year", 'y'},
    {"after", 'A', value_kind::required, "a number of months"},
    {"before", 'B', value_kind::required, "a number of months"},
    {"first-weekday", 0, value_kind::required, "a weekday name"},
    {"week-numbers", 'w'},
    {"day-of-year", 'j'},
    {"highlight", 'H', value_kind::required, "a date"},
    {"vertical", 0},
    {"dual", 0, value_kind::required, "a calendar name"},
    {"color", 0, value_kind::optional, "auto, always or never"},
    {"colour", 0, value_kind::optional, "auto, always or never"},
    {"reform", 0, value_kind::required, "a country code"},
    {"help", 'h'},
}};

}  // namespace

std::span<const option_spec> convert_option_specs() noexcept { return convert_specs; }

std::span<const option_spec> cal_option_specs() noexcept { return cal_specs; }

convert_options convert_options_from(const parsed_args& parsed) {
    convert_options options;
    options.from = require_endpoint(parsed.last("from").value_or("gregorian"), "--from");
    if (const auto to = parsed.last("to")) {
        for (const std::string_view name : split(*to, ',')) {
            if (name.empty()) {
                throw usage_error("--to " + quoted(*to) +
                                  " has an empty calendar name (give names separated by single commas)");
            }
            options.to.push_back(require_endpoint(name, "--to"));
        }
    } else {
        for (const kalends::calendar& cal : builtin_calendars()) {
            options.to.push_back(endpoint{cal, day_count::jdn, std::string(cal.name())});
        }
        options.every_calendar = true;
    }
    const int output_forms = int{parsed.has("format")} + int{parsed.has("pattern")} + int{parsed.has("style")} +
                             int{parsed.has("qt-format")};
    if (output_forms > 1) throw usage_error("--format, --pattern, --style and --qt-format exclude each other");
    const kalends::locale loc = locale_from(parsed);
    // The library's messages name the pattern; the option's name goes in front.
    const auto take = [&](kalends::result<kalends::date_format> compiled, std::string_view option) {
        if (!compiled) throw usage_error(std::string(option) + " " + compiled.error().message());
        return std::move(compiled).value();
    };
    // Patterns of CLDR's styles and skeletons are those of the output calendar.
    const kalends::calendar& first_target = options.to.front().is_calendar() ? *options.to.front().cal : kalends::calendar();
    if (const auto format = parsed.last("format")) {
        // English keeps the library's own English names (which also name the months of calendars CLDR lacks).
        auto compiled = loc == kalends::locale::english() ? kalends::date_format::try_compile(*format)
                                                          : kalends::date_format::try_compile(*format, loc);
        if (!compiled) throw usage_error("--" + compiled.error().message());
        options.format.emplace(std::move(compiled).value());
    } else if (const auto pattern = parsed.last("pattern")) {
        options.format.emplace(take(kalends::date_format::try_from_ldml(*pattern, loc), "--pattern:"));
    } else if (const auto qt = parsed.last("qt-format")) {
        options.format.emplace(take(kalends::date_format::try_from_qt(*qt, loc), "--qt-format:"));
    } else if (const auto style = parsed.last("style")) {
        const auto chosen = kalends::parse_date_style(*style);
        if (!chosen) throw usage_error("--style " + quoted(*style) + " is not a style (allowed: full, long, medium, short)");
        options.format.emplace(take(kalends::date_format::try_from_style(*chosen, loc, first_target), "--style:"));
    }
    // --input-pattern and --input-format, each as often as wanted: tried in the order given.
    for (const parsed_option& option : parsed.options) {
        const bool ldml = option.name == "input-pattern";
        if (!ldml && option.name != "input-format") continue;
        if (!options.from.is_calendar()) {
            throw usage_error(option.spelling + " needs --from to name a calendar, not a day count");
        }
        const std::string_view text = option.value.value_or("");
        options.input_formats.push_back(
            ldml ? take(kalends::date_format::try_from_ldml(text, loc), "--input-pattern:")
                 : take(loc == kalends::locale::english() ? kalends::date_format::try_compile(text)
                                                          : kalends::date_format::try_compile(text, loc),
                        "--input-format:"));
    }
    if (parsed.has("lenient") && options.input_formats.empty()) {
        throw usage_error("--lenient applies to --input-pattern and --input-format, neither of which is given");
    }
    options.input_mode = parsed.has("lenient") ? kalends::parse_mode::lenient : kalends::parse_mode::strict;
    options.json = parsed.has("json");
    if (options.json && parsed.has("header")) {
        throw usage_error("--header labels the columns of text output; --json names every field itself");
    }
    return options;
}

}  // namespace kalends::cli

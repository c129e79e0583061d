#include "command_options.hpp"

#include "endpoint.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>
#include <utility>

namespace kalends::cli {

namespace {

constexpr std::array<option_spec, 5> convert_specs{{
    {"from", 'f', value_kind::required, "a calendar name or day count"},
    {"to", 't', value_kind::required, "calendar names or day counts, comma-separated"},
    {"format", 0, value_kind::required, "a format such as '%Y-%m-%d'"},
    {"json", 0},
    {"help", 'h'},
}};

constexpr std::array<option_spec, 12> cal_specs{{
    {"calendar", 'c', value_kind::required, "a calendar name"},
    {"three", '3'},
    {"year", 'y'},
    {"after", 'A', value_kind::required, "a number of months"},
    {"before", 'B', value_kind::required, "a number of months"},
    {"first-weekday", 0, value_kind::required, "a weekday name"},
    {"week-numbers", 'w'},
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
    if (const auto format = parsed.last("format")) {
        auto compiled = kalends::date_format::try_compile(*format);
        // The library's message names the pattern; the option's name goes in front.
        if (!compiled) throw usage_error("--" + compiled.error().message());
        options.format.emplace(std::move(compiled).value());
    }
    options.json = parsed.has("json");
    return options;
}

}  // namespace kalends::cli

// `kalends add [-c CAL] [--overflow constrain|reject] DATE DURATION`:
// Temporal-style date arithmetic (the library's kalends::date::add).
#include "args.hpp"
#include "commands.hpp"
#include "date_arith_args.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>

namespace kalends::cli {

kalends::date read_date(const kalends::calendar& cal, std::string_view text) {
    if (const auto day = relative_day_jdn(text)) {
        const auto made = kalends::date::try_from_jdn(cal, *day);
        if (!made) throw kalends::error(made.error().code, "date " + quoted(text) + ": " + made.error().message());
        return made.value();
    }
    const ymd_text ymd = parse_ymd(text);
    if (ymd.status != text_status::ok) {
        throw kalends::error(ymd.status == text_status::out_of_range ? errc::invalid_year : errc::invalid_day,
                             "date " + quoted(text) + ": " + describe_ymd_failure(ymd));
    }
    const auto made = kalends::date::try_make(cal, ymd.year, ymd.month, ymd.day);
    if (!made) throw kalends::error(made.error().code, "date " + quoted(text) + ": " + made.error().message());
    return made.value();
}

kalends::duration read_duration(std::string_view text) { return kalends::duration::parse(text); }

split_arguments split_negative_durations(std::span<const std::string_view> args) {
    split_arguments split;
    bool options_ended = false;
    for (const std::string_view arg : args) {
        if (arg == "--") options_ended = true;
        const bool negative_duration = !options_ended && arg.size() >= 3 && arg[0] == '-' &&
                                       (arg[1] == 'P' || arg[1] == 'p') && arg[2] >= '0' && arg[2] <= '9';
        (negative_duration ? split.negative_durations : split.rest).push_back(arg);
    }
    return split;
}

namespace {

kalends::overflow read_overflow(const parsed_args& parsed) {
    const std::string_view mode = parsed.last("overflow").value_or("constrain");
    if (mode == "constrain") return kalends::overflow::constrain;
    if (mode == "reject") return kalends::overflow::reject;
    throw usage_error("--overflow " + quoted(mode) + " is not allowed (allowed: constrain, reject)" +
                      did_you_mean(mode, {"constrain", "reject"}));
}

}  // namespace

int run_add(arguments args) {
    static constexpr std::array<option_spec, 3> specs{{
        {"calendar", 'c', value_kind::required, "a calendar name"},
        {"overflow", 0, value_kind::required, "constrain or reject"},
        {"help", 'h'},
    }};
    const split_arguments split = split_negative_durations(args);
    parsed_args parsed = parse_args(split.rest, specs, "kalends add");
    parsed.operands.insert(parsed.operands.end(), split.negative_durations.begin(), split.negative_durations.end());
    if (parsed.operands.size() != 2) {
        throw usage_error("'kalends add' takes DATE DURATION (e.g. 2024-01-31 P1M), got " +
                          std::to_string(parsed.operands.size()) + " operand(s)");
    }
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    const kalends::overflow mode = read_overflow(parsed);
    const kalends::date start = read_date(cal, parsed.operands[0]);
    const kalends::duration step = read_duration(parsed.operands[1]);
    const kalends::date sum = start.add(step, mode);
    output_buffer out(1);
    out.append(sum.to_string());
    out.put('\n');
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

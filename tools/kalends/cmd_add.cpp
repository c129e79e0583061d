// `kalends add [-c CAL] [--overflow constrain|reject] DATE DURATION`:
// Temporal-style date arithmetic (the library's kalends::date::add).
#include "args.hpp"
#include "batch_lines.hpp"
#include "commands.hpp"
#include "date_arith_args.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "option_tables.hpp"
#include "suggest.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>

namespace kalends::cli {

kalends::date read_date_value(const kalends::calendar& cal, std::string_view text) {
    if (const day_word word = read_day_word(text); word.matched) {
        if (!word.jdn) throw kalends::error(errc::invalid_date_text, std::string(word.problem));
        return kalends::date::try_from_jdn(cal, *word.jdn).value();
    }
    const ymd_text ymd = parse_ymd(text);
    if (ymd.status != text_status::ok) {
        throw kalends::error(ymd.status == text_status::out_of_range ? errc::invalid_year : errc::invalid_day,
                             describe_ymd_failure(ymd));
    }
    return kalends::date::try_make(cal, ymd.year, ymd.month, ymd.day).value();
}

kalends::date read_date(const kalends::calendar& cal, std::string_view text) {
    try {
        return read_date_value(cal, text);
    } catch (const kalends::error& e) {
        throw kalends::error(e.code(), "date " + quoted(text) + ": " + e.what());
    }
}

bool looks_like_duration(std::string_view text) noexcept {
    if (text.starts_with('-') || text.starts_with('+')) text.remove_prefix(1);
    return !text.empty() && (text[0] == 'P' || text[0] == 'p');
}

std::pair<std::string_view, std::string_view> two_fields(std::string_view line, std::string_view what) {
    const std::vector<std::string_view> fields = split_fields(line);
    if (fields.size() != 2) {
        throw kalends::error(errc::invalid_date_text, "expected " + std::string(what) + ", separated by white space");
    }
    return {fields[0], fields[1]};
}

std::vector<std::string_view> split_fields(std::string_view line) {
    std::vector<std::string_view> fields;
    std::size_t i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        const std::size_t start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        if (i > start) fields.push_back(line.substr(start, i - start));
    }
    return fields;
}

void write_date(output_buffer& out, const kalends::date& d) {
    char* p = out.reserve(max_ymd_size + 1);
    p = write_ymd(p, d.parts());
    *p++ = '\n';
    out.commit(p);
}

kalends::duration read_duration(std::string_view text) { return kalends::duration::parse(text); }

parsed_args parse_args_with_duration(std::span<const std::string_view> args, std::string_view command) {
    std::vector<std::string_view> rest;
    std::vector<std::string_view> negative_durations;
    bool options_ended = false;
    for (const std::string_view arg : args) {
        if (arg == "--") options_ended = true;
        const bool negative_duration = !options_ended && arg.size() >= 3 && arg[0] == '-' &&
                                       (arg[1] == 'P' || arg[1] == 'p') && arg[2] >= '0' && arg[2] <= '9';
        (negative_duration ? negative_durations : rest).push_back(arg);
    }
    parsed_args parsed = parse_args(rest, option_specs_of(command), "kalends " + std::string(command));
    parsed.operands.insert(parsed.operands.end(), negative_durations.begin(), negative_durations.end());
    return parsed;
}

namespace {

kalends::overflow read_overflow(const parsed_args& parsed) {
    const std::string_view mode = parsed.last("overflow").value_or("constrain");
    if (const auto chosen = kalends::parse_overflow(mode)) return *chosen;
    throw usage_error("--overflow " + quoted(mode) + " is not allowed (allowed: constrain, reject)" +
                      did_you_mean(mode, {"constrain", "reject"}));
}

}  // namespace

int run_add(arguments args) {
    const parsed_args parsed = parse_args_with_duration(args, "add");
    const auto& operands = parsed.operands;
    const bool batch = operands.empty() || (operands.size() == 1 && looks_like_duration(operands[0]));
    if (operands.size() != 2 && !batch) {
        throw usage_error("'kalends add' takes DATE DURATION (e.g. 2024-01-31 P1M), or DURATION with the dates on "
                          "standard input, got " + std::to_string(operands.size()) + " operand(s)");
    }
    const kalends::calendar cal = require_calendar(parsed.last("calendar").value_or("gregorian"), "--calendar");
    const kalends::overflow mode = read_overflow(parsed);
    output_buffer out(1);
    if (operands.size() == 1) {
        // dadd DURATION < dates: the same duration added to each line's date.
        const kalends::duration step = read_duration(operands[0]);
        return answer_input_lines(out, [&](std::string_view line, output_buffer& to) {
            write_date(to, read_date_value(cal, line).add(step, mode));
        });
    }
    if (operands.empty()) {
        // Lines "DATE DURATION".
        return answer_input_lines(out, [&](std::string_view line, output_buffer& to) {
            const auto [date_text, duration_text] = two_fields(line, "DATE DURATION");
            write_date(to, read_date(cal, date_text).add(read_duration(duration_text), mode));
        });
    }
    const kalends::date start = read_date(cal, operands[0]);
    const kalends::duration step = read_duration(operands[1]);
    write_date(out, start.add(step, mode));
    out.flush();
    return exit_ok;
}

}  // namespace kalends::cli

// Fuzz target 3: the command-line tool's parsers and its convert
// pipeline, in process, through the kalends_cli_core library.
//
// The first byte picks a mode:
//  0  a command line (arguments separated by NUL) for `convert`, `cal` and
//     the one-flag commands: parse_args, then the options `convert` builds
//     from it, then each operand through the converter;
//  1  a batch: calendars/day counts from the next bytes, then the rest as
//     standard input split by line_reader and converted line by line;
//  2  parse_ymd / parse_int64 / parse_int against a reference written here
//     with std::from_chars;
//  3  --format patterns, quoting and JSON escaping: bounded output.
//
// Properties: a clean error (usage_error, a false return with a reason) or
// a correct answer; a converted line parses back to the same day; JSON output
// is printable ASCII; every "at most N bytes" bound holds.
#include "common.hpp"

#include "args.hpp"
#include "command_options.hpp"
#include "converter.hpp"
#include "date_parse.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "text.hpp"
#include "today.hpp"
#include "usage_error.hpp"

#include <kalends/registry.hpp>
#include <kalends/text.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace kalends::cli;
using kalends::describe_ymd_failure;
using kalends::parse_ymd;
using kalends::ymd_text;

// --- Reference parsers -------------------------------------------------

bool all_digits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

// A decimal field as int64, or out_of_range (digits only, any length).
text_status ref_field(std::string_view digits, bool negative, std::int64_t& value) {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    std::string text = negative ? "-" : "";
    text.append(digits);
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec == std::errc::result_out_of_range) return text_status::out_of_range;
    KALENDS_CHECK(ec == std::errc() && end == text.data() + text.size());
    return text_status::ok;
}

void check_parse_int64(std::string_view text) {
    const int64_result got = parse_int64(text);
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view digits = negative ? text.substr(1) : text;
    if (!all_digits(digits)) {
        KALENDS_CHECK(got.status == text_status::syntax);
        KALENDS_CHECK(!describe_int64_failure(got).empty());
        return;
    }
    std::int64_t value = 0;
    const text_status expected = ref_field(digits, negative, value);
    KALENDS_CHECK(got.status == expected);
    if (expected == text_status::ok) {
        KALENDS_CHECK(got.value == value);
        const int_result small = parse_int(text, -1000, 1000);
        KALENDS_CHECK(small.status == (value >= -1000 && value <= 1000 ? text_status::ok : text_status::out_of_range));
        if (small.status == text_status::ok) KALENDS_CHECK(small.value == value);
    } else {
        KALENDS_CHECK(!describe_int64_failure(got).empty());
    }
}

void check_parse_ymd(std::string_view text) {
    const ymd_text got = parse_ymd(text);
    const bool negative = !text.empty() && text.front() == '-';
    const std::string_view body = negative ? text.substr(1) : text;
    const auto first = body.find('-');
    const auto second = first == std::string_view::npos ? first : body.find('-', first + 1);
    const bool syntax_ok = second != std::string_view::npos && all_digits(body.substr(0, first)) &&
                           all_digits(body.substr(first + 1, second - first - 1)) && all_digits(body.substr(second + 1));
    if (!syntax_ok) {
        KALENDS_CHECK(got.status == text_status::syntax);
        KALENDS_CHECK(!describe_ymd_failure(got).empty());
        return;
    }
    std::int64_t year = 0;
    std::int64_t month = 0;
    std::int64_t day = 0;
    const bool year_ok = ref_field(body.substr(0, first), negative, year) == text_status::ok &&
                         year >= std::numeric_limits<int>::min() && year <= std::numeric_limits<int>::max();
    const bool month_ok = ref_field(body.substr(first + 1, second - first - 1), false, month) == text_status::ok &&
                          month <= std::numeric_limits<int>::max();
    const bool day_ok = ref_field(body.substr(second + 1), false, day) == text_status::ok &&
                        day <= std::numeric_limits<int>::max();
    if (!year_ok || !month_ok || !day_ok) {
        KALENDS_CHECK(got.status == text_status::out_of_range);
        KALENDS_CHECK(got.bad_field == (!year_ok ? 'y' : !month_ok ? 'm' : 'd'));
        KALENDS_CHECK(!describe_ymd_failure(got).empty());
        return;
    }
    KALENDS_CHECK(got.status == text_status::ok);
    KALENDS_CHECK(got.year == year && got.month == month && got.day == day);
}

// --- The convert pipeline ----------------------------------------------

// The day number `text` names in `from`, if any (independently of the converter).
std::optional<std::int64_t> expected_jdn(const convert_options& options, std::string_view text) {
    const endpoint& from = options.from;
    if (text.starts_with('@')) {  // GNU date's seconds since 1970: the UTC day that holds the second
        const int64_result seconds = parse_int64(text.substr(1));
        if (seconds.status != text_status::ok) return std::nullopt;
        const std::int64_t days = seconds.value / 86400 - (seconds.value % 86400 < 0 ? 1 : 0);
        return from.is_calendar() && !from.cal->is_jdn_in_range(days + 2440588) ? std::nullopt
                                                                               : std::optional(days + 2440588);
    }
    for (const auto& [word, offset] : {std::pair{"today", 0}, std::pair{"yesterday", -1}, std::pair{"tomorrow", 1}}) {
        if (kalends::equal_ignoring_ascii_case(text, word)) {
            const std::int64_t day = today_jdn() + offset;
            return from.is_calendar() && !from.cal->is_jdn_in_range(day) ? std::nullopt : std::optional(day);
        }
    }
    if (from.is_calendar() && !options.input_formats.empty()) {
        for (const kalends::date_format& format : options.input_formats) {
            if (const auto parts = format.try_parse(text, *from.cal, options.input_mode)) {
                return kalends::to_optional(from.cal->try_date_from_parts(*parts));
            }
        }
        return std::nullopt;
    }
    if (from.is_calendar()) {
        const ymd_text ymd = parse_ymd(text);
        if (ymd.status != text_status::ok) return std::nullopt;
        return kalends::to_optional(from.cal->try_date_from_parts(ymd.year, ymd.month, ymd.day));
    }
    const int64_result count = parse_int64(text);
    if (count.status != text_status::ok) return std::nullopt;
    return jdn_of_count(from.count, count.value);
}

// Converts one text and checks the line it produced.
void convert_and_check(converter& engine, std::string_view text) {
    const convert_options& options = engine.options();
    output_buffer out;
    std::string reason;
    const bool ok = engine.convert(text, out, reason);
    const std::string& line = out.text();
    KALENDS_CHECK(!line.empty() && line.back() == '\n');
    const auto jdn = expected_jdn(options, text);
    bool representable = jdn.has_value();
    if (jdn) {
        for (const endpoint& target : options.to) {
            // Without --to, a calendar that cannot hold the day gets an empty field instead.
            if (target.is_calendar() ? !target.cal->is_jdn_in_range(*jdn) && !options.every_calendar
                                     : !count_of_jdn(target.count, *jdn)) {
                representable = false;
            }
        }
    }
    KALENDS_CHECK(ok == representable);
    if (!ok) {
        // A failed input is an empty line, or with --json an object naming its error.
        KALENDS_CHECK(options.json ? line.starts_with("{\"input\":") && line.ends_with("\"}\n") : line == "\n");
        KALENDS_CHECK(!reason.empty());
        return;
    }
    if (options.json) {
        KALENDS_CHECK(line.front() == '{' && line.ends_with("]}\n"));
        for (std::size_t i = 0; i + 1 < line.size(); ++i) KALENDS_CHECK(line[i] >= 0x20 && line[i] <= 0x7E);
        return;
    }
    if (options.format) return;
    // Tab-separated fields, one per target, each naming the same day.
    const std::vector<std::string_view> fields = split(std::string_view(line).substr(0, line.size() - 1), '\t');
    KALENDS_CHECK(fields.size() == options.to.size());
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const endpoint& target = options.to[i];
        if (target.is_calendar() && !target.cal->is_jdn_in_range(*jdn)) {
            KALENDS_CHECK(options.every_calendar && fields[i].empty());
        } else if (target.is_calendar()) {
            const ymd_text ymd = parse_ymd(fields[i]);
            KALENDS_CHECK(ymd.status == text_status::ok);
            KALENDS_CHECK(kalends::to_optional(target.cal->try_date_from_parts(ymd.year, ymd.month, ymd.day)) == jdn);
        } else {
            const int64_result count = parse_int64(fields[i]);
            KALENDS_CHECK(count.status == text_status::ok);
            KALENDS_CHECK(jdn_of_count(target.count, count.value) == jdn);
        }
    }
}


void check_parsed(const parsed_args& parsed, std::span<const option_spec> specs, std::size_t arg_count) {
    KALENDS_CHECK(parsed.operands.size() <= arg_count);
    for (const parsed_option& option : parsed.options) {
        const option_spec* spec = nullptr;
        for (const option_spec& candidate : specs) {
            if (candidate.long_name == option.name) spec = &candidate;
        }
        KALENDS_CHECK(spec != nullptr);
        if (spec->value == value_kind::none) KALENDS_CHECK(!option.value);
        if (spec->value == value_kind::required) KALENDS_CHECK(option.value.has_value());
    }
}

void fuzz_command_line(FuzzedDataProvider& data) {
    const std::string text = data.ConsumeRemainingBytesAsString();
    std::vector<std::string_view> args;
    std::string_view rest(text);
    while (!rest.empty() && args.size() < 64) {
        const auto nul = rest.find('\0');
        args.push_back(rest.substr(0, nul));
        rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    }
    try {
        check_parsed(parse_args(args, cal_option_specs(), "kalends cal"), cal_option_specs(), args.size());
    } catch (const usage_error& e) {
        KALENDS_CHECK(*e.what() != '\0');
    }
    try {
        const parsed_args parsed = parse_args(args, convert_option_specs(), "kalends convert");
        check_parsed(parsed, convert_option_specs(), args.size());
        converter engine(convert_options_from(parsed));
        for (std::size_t i = 0; i < parsed.operands.size() && i < 8; ++i) {
            // main() hands operands over as they are; the converter takes trimmed, non-empty text.
            const std::string_view operand = trim(parsed.operands[i]);
            if (!operand.empty()) convert_and_check(engine, operand);
        }
    } catch (const usage_error& e) {
        KALENDS_CHECK(*e.what() != '\0');
    }
}

std::optional<endpoint> pick_endpoint(FuzzedDataProvider& data) {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> all = day_count_names();
        for (std::string& name : kalends::available_calendars()) all.push_back(std::move(name));
        return all;
    }();
    return find_endpoint(names[data.ConsumeIntegralInRange<std::size_t>(0, names.size() - 1)]);
}

void fuzz_batch(FuzzedDataProvider& data) {
    convert_options options;
    options.from = *pick_endpoint(data);
    const std::size_t targets = data.ConsumeIntegralInRange<std::size_t>(1, 4);
    for (std::size_t i = 0; i < targets; ++i) options.to.push_back(*pick_endpoint(data));
    options.json = data.ConsumeIntegralInRange<int>(0, 3) == 0;
    if (data.ConsumeIntegralInRange<int>(0, 3) == 0) {
        auto format = kalends::date_format::try_compile(data.ConsumeRandomLengthString(32));
        if (format) options.format.emplace(*format);
    }
    converter engine(std::move(options));
    const std::string input = data.ConsumeRemainingBytesAsString();
    line_reader reader{std::string_view(input)};
    std::string_view line;
    bool too_long = false;
    std::size_t lines = 0;
    while (reader.next(line, too_long)) {
        ++lines;
        KALENDS_CHECK(lines <= input.size() + 1);
        KALENDS_CHECK(line.size() <= line_reader::max_line);
        KALENDS_CHECK(line.find('\n') == std::string_view::npos);
        if (too_long) continue;
        const std::string_view text = trim(line);
        if (!text.empty()) convert_and_check(engine, text);
    }
}

void fuzz_parsers(FuzzedDataProvider& data) {
    const std::string text = data.ConsumeRemainingBytesAsString();
    check_parse_int64(text);
    check_parse_ymd(text);
    KALENDS_CHECK(trim(text).size() <= text.size());
}

void fuzz_format_and_text(FuzzedDataProvider& data) {
    const std::string pattern = data.ConsumeRandomLengthString(256);
    const std::string text = data.ConsumeRemainingBytesAsString();
    // Quoting and escaping stay within their documented sizes.
    std::vector<char> buffer(kalends::max_quoted_size);
    KALENDS_CHECK(static_cast<std::size_t>(write_quoted(buffer.data(), text) - buffer.data()) <= buffer.size());
    KALENDS_CHECK(quoted(text).size() <= buffer.size());
    std::vector<char> json(2 + 6 * text.size());
    KALENDS_CHECK(static_cast<std::size_t>(write_json_string(json.data(), text) - json.data()) <= json.size());
    const auto compiled = kalends::date_format::try_compile(pattern);
    if (!compiled) {
        KALENDS_CHECK(compiled.error().code == kalends::errc::invalid_format && !compiled.error().message().empty());
        return;
    }
    {
        const kalends::date_format& format = *compiled;
        static const std::vector<kalends::calendar> calendars = kalends::all_calendars();
        for (const kalends::calendar& cal : calendars) {
            const std::int64_t jdn = cal.is_jdn_in_range(2'451'545) ? 2'451'545 : cal.first_jdn();
            const kalends::date_parts parts = cal.parts_from_date(jdn);
            std::vector<char> out(format.max_size());
            const char* end = format.write(out.data(), cal, parts, jdn);
            KALENDS_CHECK(static_cast<std::size_t>(end - out.data()) <= out.size());
        }
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    if (size == 0) return 0;
    FuzzedDataProvider data(bytes + 1, size - 1);
    switch (bytes[0] % 4) {
    case 0: fuzz_command_line(data); break;
    case 1: fuzz_batch(data); break;
    case 2: fuzz_parsers(data); break;
    default: fuzz_format_and_text(data); break;
    }
    return 0;
}

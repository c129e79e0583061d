// `kalends convert`: dates from one calendar or day count to others, from
// operands or streamed from standard input.
#include "args.hpp"
#include "batch_lines.hpp"
#include "command_options.hpp"
#include "commands.hpp"
#include "converter.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <array>
#include <string>
#include <utility>

namespace kalends::cli {

int run_convert(arguments args) {
    const parsed_args parsed = parse_args(args, convert_option_specs(), "kalends convert");
    convert_options options = convert_options_from(parsed);
    options.warn = [](const std::string& warning) { report("warning: " + warning); };
    output_buffer out(1);
    if (parsed.has("header")) {
        std::string header;
        for (const endpoint& to : options.to) header += (header.empty() ? "" : "\t") + to.name;
        out.append(header + "\n");
    }
    converter engine(std::move(options));

    int status = exit_ok;
    if (!parsed.operands.empty()) {
        // All operands in batches, like the lines of standard input.
        const auto report_operand = [](std::uint64_t number, std::string_view text, std::string_view reason) {
            report("date " + std::to_string(number) + " " + quoted(text) + ": " + std::string(reason));
        };
        std::uint64_t number = 0;
        for (const std::string_view operand : parsed.operands) {
            engine.add(operand, ++number);
            if (engine.full() && engine.write(out, report_operand) != 0) status = exit_failure;
        }
        if (engine.write(out, report_operand) != 0) status = exit_failure;
        out.flush();
        return status;
    }

    line_errors errors;
    const auto report_line = [&errors](std::uint64_t number, std::string_view text, std::string_view message) {
        errors.add(number, text, message);
    };
    // Lines are converted in batches (one bulk call per calendar for each).
    const converter::report_fn report = report_line;
    line_reader reader(0);
    std::string_view line;
    bool too_long = false;
    std::uint64_t number = 0;
    const std::string too_long_reason =
        "longer than " + std::to_string(line_reader::max_line) + " bytes, not a date";
    while (reader.next(line, too_long)) {
        ++number;
        if (too_long) {
            engine.add(line.substr(0, 32), number, too_long_reason);
        } else {
            const std::string_view text = trim(line);
            if (text.empty()) continue;
            engine.add(text, number);
        }
        if (engine.full() && engine.write(out, report) != 0) status = exit_failure;
    }
    if (engine.write(out, report) != 0) status = exit_failure;
    out.flush();
    errors.flush();
    return status;
}

}  // namespace kalends::cli

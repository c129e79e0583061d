// Standard input as a batch of operands, one input per line, for the
// commands that read their missing operands from it (convert, add, diff and
// seq, as dateutils' dconv, dadd and ddiff do): lines are trimmed, blank ones
// skipped; a line that fails gets an empty output line (so that lines stay
// aligned) and a message on standard error, and the run carries on.
#pragma once

#include "io_buffers.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/error.hpp>

#include <cstdint>
#include <string>
#include <string_view>

namespace kalends::cli {

// The messages of failed lines, "kalends: line N 'TEXT': REASON", gathered
// so that many bad lines cost no system call each.
class line_errors {
public:
    line_errors();
    void add(std::uint64_t number, std::string_view text, std::string_view reason);
    void flush();

private:
    output_buffer out_;
};

// Why a line longer than line_reader::max_line is refused.
[[nodiscard]] std::string too_long_line_reason();

// Calls answer(line, out) for every line of standard input, trimmed, blank
// lines skipped: `answer` writes its output lines, each ended by '\n', and
// throws kalends::error for a line that fails (its message is the reason;
// the line then gets an empty output line). Returns exit_ok, or
// exit_failure if a line failed.
template <class Answer>
[[nodiscard]] int answer_input_lines(output_buffer& out, Answer&& answer) {
    line_errors errors;
    line_reader reader(0);
    std::string_view line;
    bool too_long = false;
    std::uint64_t number = 0;
    int status = exit_ok;
    while (reader.next(line, too_long)) {
        ++number;
        const std::string_view text = trim(line);
        if (text.empty() && !too_long) continue;
        try {
            if (too_long) throw kalends::error(errc::invalid_date_text, too_long_line_reason());
            answer(text, out);
            continue;
        } catch (const kalends::error& e) {
            errors.add(number, too_long ? line.substr(0, 32) : text, e.what());
        }
        out.put('\n');
        status = exit_failure;
    }
    out.flush();
    errors.flush();
    return status;
}

}  // namespace kalends::cli

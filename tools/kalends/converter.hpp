// The conversion engine of `kalends convert`: one input text in, one output
// line out. Used for operands and for every line of a batch; kept free of
// I/O decisions so tests and fuzzers can drive it in process.
#pragma once

#include "text.hpp"

#include <kalends/format.hpp>
#include "endpoint.hpp"
#include "io_buffers.hpp"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

struct convert_options {
    endpoint from;
    std::vector<endpoint> to;
    // No --to: every built-in. A calendar whose range does not hold a date
    // then gets an empty field (null in JSON) instead of failing the line.
    bool every_calendar = false;
    std::optional<kalends::date_format> format;  // --format, --pattern, --style, --qt-format
    // --input-pattern, --input-format: inputs in the --from calendar, the first that reads one wins.
    std::vector<kalends::date_format> input_formats;
    kalends::parse_mode input_mode = kalends::parse_mode::strict;
    bool json = false;                  // --json
    // Called once with a warning about the input (a --from unix value that reads like seconds).
    std::function<void(const std::string&)> warn;
};

// Inputs are converted in batches: add() collects them, write() converts the
// whole batch with the bulk API (one call per calendar, see kalends/bulk.hpp)
// and writes one line per input, in order.
class converter {
public:
    explicit converter(convert_options options);

    static constexpr std::size_t batch_capacity = 1024;

    // `text`: one date, trimmed, not empty. `number`: what failures are
    // reported with (a line or operand number). A non-empty `failure` is the
    // reason the input is refused without being converted.
    void add(std::string_view text, std::uint64_t number, std::string_view failure = {});
    [[nodiscard]] bool full() const noexcept { return entries_.size() >= batch_capacity; }

    // Converts the batch, appends one line per input to `out` ("\n" alone
    // for a failed one; with --json an object of its input and error), calls report(number, text, reason) for each failure
    // in order, and empties the batch. Returns the number of failures.
    using report_fn = std::function<void(std::uint64_t number, std::string_view text, std::string_view reason)>;
    std::size_t write(output_buffer& out, const report_fn& report);

    // One input on its own (a batch of one): appends its line to `out`; on
    // failure appends the failed line, sets `reason` and returns false.
    bool convert(std::string_view text, output_buffer& out, std::string& reason);

    [[nodiscard]] const convert_options& options() const noexcept { return options_; }

private:
    struct entry {
        std::size_t offset;  // of the text in texts_
        std::size_t size;
        std::uint64_t number;
        bool failed;
    };

    [[nodiscard]] std::string_view text_of(std::size_t i) const noexcept {
        return std::string_view(texts_).substr(entries_[i].offset, entries_[i].size);
    }
    // Whether target t's calendar holds input i (only with every_calendar can it not, on a line that is written).
    [[nodiscard]] bool holds(std::size_t t, std::size_t i) const noexcept { return parts_[t][i].month != 0; }
    void fail(std::size_t i, std::string_view reason);
    void convert_range(std::size_t first, std::size_t last);
    void parse_range(std::size_t first, std::size_t last);
    void write_line(std::size_t i, output_buffer& out);
    void write_failure(std::size_t i, output_buffer& out);
    void warn_if_seconds(std::int64_t unix_days);
    // The date `text` reads as with the first of the input formats that reads it; else nullopt, the reason in scratch_.
    std::optional<date_parts> read_with_formats(std::string_view text, const kalends::calendar& cal);
    char* write_json(char* p, std::size_t i);

    convert_options options_;
    std::size_t line_bound_ = 0;  // upper bound of one output line, input excluded
    // The batch, one element per input; the result arrays are reused.
    std::string texts_;
    std::vector<entry> entries_;
    std::vector<std::string> reasons_;
    std::vector<date_parts> input_parts_;
    std::vector<std::int64_t> jdns_;
    std::vector<std::vector<date_parts>> parts_;   // per target: calendar dates
    std::vector<std::vector<std::int64_t>> counts_;  // per target: day counts
    std::string scratch_;                           // --format text inside --json
    bool warned_seconds_ = false;
};

}  // namespace kalends::cli

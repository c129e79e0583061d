// The conversion engine of `kalends convert`: one input text in, one output
// line out. Used for operands and for every line of a batch; kept free of
// I/O decisions so tests and fuzzers can drive it in process.
#pragma once

#include "date_format.hpp"
#include "endpoint.hpp"
#include "io_buffers.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::cli {

struct convert_options {
    endpoint from;
    std::vector<endpoint> to;
    std::optional<date_format> format;  // --format
    bool json = false;                  // --json
};

class converter {
public:
    explicit converter(convert_options options);

    // Converts `text` (one date, already trimmed, not empty) and appends its
    // line with '\n' to `out`. On failure appends only "\n", sets `reason` to
    // what was wrong and returns false.
    bool convert(std::string_view text, output_buffer& out, std::string& reason);

    [[nodiscard]] const convert_options& options() const noexcept { return options_; }

private:
    bool to_jdn(std::string_view text, std::int64_t& jdn, std::string& reason) const;
    char* write_json(char* p, std::string_view text, std::int64_t jdn, const std::vector<date_parts>& parts);

    convert_options options_;
    std::size_t line_bound_ = 0;     // upper bound of one output line, input excluded
    std::vector<date_parts> parts_;     // per calendar target, reused for every line
    std::vector<std::int64_t> counts_;  // per day-count target
    std::string scratch_;               // --format text inside --json
};

}  // namespace kalends::cli

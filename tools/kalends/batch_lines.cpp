#include "batch_lines.hpp"

#include "text.hpp"

namespace kalends::cli {

line_errors::line_errors() : out_(2, std::size_t{1} << 16) {}

void line_errors::add(std::uint64_t number, std::string_view text, std::string_view reason) {
    out_.append("kalends: line ");
    char* place = out_.reserve(24 + 4 * quote_limit + 4);
    place = write_int64(place, static_cast<std::int64_t>(number));
    *place++ = ' ';
    out_.commit(write_quoted(place, text));
    out_.append(": ");
    out_.append(reason);
    out_.put('\n');
}

void line_errors::flush() { out_.flush(); }

std::string too_long_line_reason() {
    return "longer than " + std::to_string(line_reader::max_line) + " bytes, not an input";
}

}  // namespace kalends::cli

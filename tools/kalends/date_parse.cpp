#include "date_parse.hpp"

#include <limits>

namespace kalends::cli {
namespace {

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr std::uint64_t int_max = static_cast<std::uint64_t>(std::numeric_limits<int>::max());

}  // namespace

int64_result parse_int64(std::string_view text) noexcept {
    int64_result result;
    std::size_t pos = 0;
    const bool negative = !text.empty() && text[0] == '-';
    if (negative) ++pos;
    // Fast path for the common case: up to 18 digits cannot overflow.
    if (text.size() - pos <= 18 && text.size() > pos) {
        std::int64_t value = 0;
        std::size_t i = pos;
        for (; i < text.size(); ++i) {
            const auto digit = static_cast<unsigned>(text[i] - '0');
            if (digit > 9) break;
            value = value * 10 + digit;
        }
        if (i == text.size()) {
            result.status = text_status::ok;
            result.value = negative ? -value : value;
            return result;
        }
        return result;  // a byte that is not a digit
    }
    constexpr std::uint64_t max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    std::uint64_t magnitude = 0;
    const std::size_t start = pos;
    bool overflow = false;
    while (pos < text.size() && is_digit(text[pos])) {
        const auto digit = static_cast<std::uint64_t>(text[pos] - '0');
        if (magnitude > (max + 1 - digit) / 10) overflow = true;
        else magnitude = magnitude * 10 + digit;
        ++pos;
    }
    if (pos == start || pos != text.size()) return result;
    if (overflow || magnitude > (negative ? max + 1 : max)) {
        result.status = text_status::out_of_range;
        return result;
    }
    result.status = text_status::ok;
    result.value = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
    return result;
}

int_result parse_int(std::string_view text, int low, int high) noexcept {
    int_result result;
    const int64_result wide = parse_int64(text);
    result.status = wide.status;
    if (wide.status != text_status::ok) return result;
    if (wide.value < low || wide.value > high) {
        result.status = text_status::out_of_range;
        return result;
    }
    result.value = static_cast<int>(wide.value);
    return result;
}

std::string describe_int64_failure(const int64_result& result) {
    if (result.status == text_status::out_of_range) {
            return "the day count is out of range (allowed " +
               std::to_string(std::numeric_limits<std::int64_t>::min()) + ".." +
               std::to_string(std::numeric_limits<std::int64_t>::max()) + ")";
    }
    return "not a day count: expected a decimal integer with an optional leading '-' (e.g. 2460756)";
}

}  // namespace kalends::cli

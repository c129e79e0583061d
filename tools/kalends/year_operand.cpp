#include "year_operand.hpp"

#include "date_parse.hpp"
#include "text.hpp"
#include "usage_error.hpp"

#include <kalends/error.hpp>

#include <limits>
#include <string>

namespace kalends::cli {

int read_year_operand(std::string_view text, std::string_view shown, std::string_view expected,
                      std::string_view excluded) {
    const int_result year = parse_int(text, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
    if (year.status == text_status::syntax) {
        throw usage_error("the year " + quoted(shown) + " is not " + std::string(expected));
    }
    // Well-formed but beyond int: a year error (exit 1), as every command reports it.
    if (year.status == text_status::out_of_range) {
        throw kalends::error(errc::invalid_year, "the year " + quoted(shown) + " is out of range (allowed " +
                                                     std::to_string(std::numeric_limits<int>::min()) + ".." +
                                                     std::to_string(std::numeric_limits<int>::max()) +
                                                     std::string(excluded) + ")");
    }
    return year.value;
}

}  // namespace kalends::cli

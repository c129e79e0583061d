// A YEAR operand of the commands that take one (cal, easter).
#pragma once

#include <string_view>

namespace kalends::cli {

// `text` as an int year. Not an integer is a usage_error, "the year 'SHOWN'
// is not EXPECTED"; well formed but beyond int is a kalends::error
// (errc::invalid_year, exit 1) naming int's range, with `excluded` after it
// (", except 0"). `shown` is the operand as the user wrote it (a range's
// whole text for one of its ends).
[[nodiscard]] int read_year_operand(std::string_view text, std::string_view shown, std::string_view expected,
                                    std::string_view excluded = {});

}  // namespace kalends::cli

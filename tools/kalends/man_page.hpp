// kalends(1): the man page, made from the --help texts of help.cpp so that
// the two never disagree.
#pragma once

#include <string>

namespace kalends::cli {

// The whole page in man(7) roff, UTF-8.
[[nodiscard]] std::string man_page();

}  // namespace kalends::cli

// The locale a command speaks: --locale, else the environment (LC_ALL, then
// LC_TIME, then LANG, as POSIX orders them); "C" and "POSIX" are English.
#pragma once

#include "args.hpp"

#include <kalends/locale.hpp>

namespace kalends::cli {

// Throws usage_error for a --locale the library refuses. A locale from the
// environment that kalends has no data for is English, silently: the
// machine's setting is not the user's mistake.
[[nodiscard]] kalends::locale locale_from(const parsed_args& parsed);

// English in ASCII digits: the library's English names serve it (and keep
// the output the tool has always printed); any other locale speaks its own.
[[nodiscard]] inline bool is_plain_english(const kalends::locale& loc) {
    return loc.data_locale() == "en" && loc.numbering_system() == "latn";
}

// The option itself, for a command's table.
inline constexpr option_spec locale_option{"locale", 'L', value_kind::required, "a locale such as fa-IR or he_IL.UTF-8"};

}  // namespace kalends::cli

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

}  // namespace kalends::cli

#include "locale_option.hpp"

#include "usage_error.hpp"

#include <cstdlib>
#include <string>

namespace kalends::cli {

kalends::locale locale_from(const parsed_args& parsed) {
    if (const auto given = parsed.last("locale")) {
        auto loc = kalends::locale::try_make(*given);
        if (!loc) throw usage_error("--" + loc.error().message());
        return std::move(loc).value();
    }
    for (const char* variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const char* value = std::getenv(variable);  // NOLINT(concurrency-mt-unsafe): read before any thread starts
        if (value == nullptr || *value == '\0') continue;
        auto loc = kalends::locale::try_make(value);
        return loc ? std::move(loc).value() : kalends::locale::english();
    }
    return kalends::locale::english();
}

}  // namespace kalends::cli

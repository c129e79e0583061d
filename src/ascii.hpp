// ASCII case folding for calendar names: the public functions of
// kalends/text.hpp, and an order on them for maps.
#pragma once

#include <kalends/text.hpp>

#include <string_view>

namespace kalends::detail {

using kalends::ascii_lower;
constexpr bool ascii_iequals(std::string_view a, std::string_view b) noexcept { return equal_ignoring_ascii_case(a, b); }

// Strict weak order that ignores ASCII case; transparent, so maps keyed by
// std::string can be searched with a string_view without allocating.
struct ascii_iless {
    using is_transparent = void;
    bool operator()(std::string_view a, std::string_view b) const noexcept {
        const std::size_t n = a.size() < b.size() ? a.size() : b.size();
        for (std::size_t i = 0; i < n; ++i) {
            const char x = ascii_lower(a[i]);
            const char y = ascii_lower(b[i]);
            if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y);
        }
        return a.size() < b.size();
    }
};

}  // namespace kalends::detail

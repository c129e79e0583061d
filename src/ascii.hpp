// ASCII case folding for calendar names. Locale-independent on purpose:
// "I" must fold to "i" whatever the process locale is.
#pragma once

#include <string_view>

namespace kalends::detail {

constexpr char ascii_lower(char c) noexcept { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

constexpr bool ascii_iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (ascii_lower(a[i]) != ascii_lower(b[i])) return false;
    }
    return true;
}

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

// Month codes as CLDR and ECMAScript Temporal define them: "M01".."M13" for
// ordinary months, and an "L" suffix for a leap month inserted after the
// month of that number ("M05L" is Hebrew Adar I). Unlike ordinal months they
// name the same month in every year.
#pragma once

#include <kalends/error.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kalends {

namespace detail {
// The error path of month_code's checked constructor, in the header so that
// header-only users (the kernels and their tests) need not link the library.
[[noreturn]] inline void throw_invalid_month_code(int number, bool leap) {
    throw error(errc::invalid_month, "month code number " + std::to_string(number) + (leap ? " (leap)" : "") +
                                         " is out of range (allowed 1..99: M01..M99, with L for a leap month)");
}
}  // namespace detail

// Only a code that can exist can be made: the number is 1..99 in every build.
class month_code {
public:
    static constexpr int min_number = 1;
    static constexpr int max_number = 99;

    // Throws kalends::error (errc::invalid_month) unless 1 <= number <= 99.
    constexpr explicit month_code(int number, bool leap = false) : month_code(checked(number, leap), leap, unchecked{}) {}

    // The code, or nullopt unless 1 <= number <= 99.
    [[nodiscard]] static constexpr std::optional<month_code> try_make(int number, bool leap = false) noexcept {
        if (number < min_number || number > max_number) return std::nullopt;
        return month_code(number, leap, unchecked{});
    }

    // "M01".."M99", optionally followed by "L"; nullopt for anything else (including "M00").
    static constexpr std::optional<month_code> parse(std::string_view text) noexcept {
        if (text.size() != 3 && !(text.size() == 4 && text[3] == 'L')) return std::nullopt;
        if (text[0] != 'M' || text[1] < '0' || text[1] > '9' || text[2] < '0' || text[2] > '9') return std::nullopt;
        return try_make((text[1] - '0') * 10 + (text[2] - '0'), text.size() == 4);
    }

    [[nodiscard]] constexpr int number() const noexcept { return number_; }
    [[nodiscard]] constexpr bool is_leap() const noexcept { return leap_; }
    // Valid while this object lives.
    [[nodiscard]] constexpr std::string_view view() const noexcept { return {text_, leap_ ? 4u : 3u}; }

    friend constexpr bool operator==(const month_code& a, const month_code& b) noexcept {
        return a.number_ == b.number_ && a.leap_ == b.leap_;
    }

private:
    struct unchecked {};
    static constexpr int checked(int number, bool leap) {
        if (number < min_number || number > max_number) detail::throw_invalid_month_code(number, leap);
        return number;
    }
    // Precondition: 1 <= number <= 99.
    constexpr month_code(int number, bool leap, unchecked) noexcept
        : text_{'M', static_cast<char>('0' + number / 10), static_cast<char>('0' + number % 10), 'L'},
          number_(static_cast<unsigned char>(number)),
          leap_(leap) {}

    char text_[4];
    unsigned char number_;
    bool leap_;
};

// An era and the year within it, e.g. {"bce", 44} for year -44 of the Gregorian calendar.
// 64 bits: the era year of the first int32 year before an era can be 2^31.
struct era_year {
    std::string_view era;  // static storage; empty for calendars without eras
    std::int64_t year;

    friend constexpr bool operator==(const era_year&, const era_year&) = default;
};

}  // namespace kalends

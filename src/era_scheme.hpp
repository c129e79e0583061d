// Eras that change at year boundaries: one era counting forwards from year 1,
// optionally one counting backwards before it (ce/bce, ah/bh, roc/broc). A
// calendar with only the forward era reports the extended year as the era year
// (as ICU4X does for "ap"). Calendars whose eras change mid-year (Japanese)
// implement era_of themselves.
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/month_code.hpp>

#include <array>
#include <climits>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kalends::detail {

class era_scheme {
public:
    constexpr era_scheme() noexcept = default;
    constexpr era_scheme(std::string_view forward, std::string_view backward = {}) noexcept
        : codes_{forward, backward}, count_(backward.empty() ? (forward.empty() ? 0u : 1u) : 2u) {}

    [[nodiscard]] std::span<const std::string_view> codes() const noexcept { return {codes_.data(), count_}; }

    [[nodiscard]] era_year era_of(int year, bool has_year_zero) const noexcept {
        if (count_ == 0) return {"", year};
        const std::int64_t extended = calendar_backend::extended_year(year, has_year_zero);
        if (count_ == 1 || extended >= 1) return {codes_[0], extended};
        return {codes_[1], 1 - extended};
    }

    [[nodiscard]] std::optional<int> year_of_era(std::string_view era, std::int64_t era_year,
                                                 bool has_year_zero) const noexcept {
        // Era years come from outside: any int64 is possible, so bound them before arithmetic.
        if (era_year < -std::int64_t{INT_MAX} - 2 || era_year > std::int64_t{INT_MAX} + 2) return std::nullopt;
        std::int64_t extended = 0;
        if (count_ == 0 && era.empty()) {
            if (era_year < INT_MIN || era_year > INT_MAX) return std::nullopt;
            return static_cast<int>(era_year);
        }
        if (count_ >= 1 && era == codes_[0]) {
            if (count_ == 2 && era_year < 1) return std::nullopt;
            extended = era_year;
        } else if (count_ == 2 && era == codes_[1]) {
            if (era_year < 1) return std::nullopt;
            extended = 1 - era_year;
        } else {
            return std::nullopt;
        }
        const std::int64_t year = (has_year_zero || extended >= 1) ? extended : extended - 1;
        if (year < INT_MIN || year > INT_MAX) return std::nullopt;
        return static_cast<int>(year);
    }

private:
    std::array<std::string_view, 2> codes_{};
    std::size_t count_ = 0;
};

}  // namespace kalends::detail

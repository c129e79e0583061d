// Eras that change at year boundaries: one era counting forwards from year 1
// and optionally one for the years before it, which either counts backwards
// (ce/bce, ah/bh, roc/broc) or forwards from an older epoch (Ethiopic: the
// years before Amete Mihret 1 are Amete Alem years, 5500 more). A calendar
// with only the forward era reports the extended year as the era year (as
// ICU4X does for "ap"). Calendars whose eras change mid-year (Japanese) use
// japanese_eras instead, which has the same three members.
#pragma once

#include <kalends/calendar_backend.hpp>
#include <kalends/date_parts.hpp>
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
    // `earlier` counts backwards from 1 (its year 1 is the year before `forward` 1).
    constexpr explicit era_scheme(std::string_view forward, std::string_view earlier = {}) noexcept
        : codes_{forward, earlier}, count_(earlier.empty() ? (forward.empty() ? 0u : 1u) : 2u) {}
    // `earlier` counts forwards: its year is the extended year plus `offset`.
    static constexpr era_scheme with_offset_era(std::string_view forward, std::string_view earlier,
                                                std::int64_t offset) noexcept {
        era_scheme scheme(forward, earlier);
        scheme.earlier_offset_ = offset;
        return scheme;
    }

    [[nodiscard]] std::span<const std::string_view> codes() const noexcept { return {codes_.data(), count_}; }

    [[nodiscard]] era_year era_of(const date_parts& date, bool has_year_zero) const noexcept {
        if (count_ == 0) return {"", date.year};
        const std::int64_t extended = calendar_backend::extended_year(date.year, has_year_zero);
        if (count_ == 1 || extended >= 1) return {codes_[0], extended};
        if (earlier_offset_) return {codes_[1], extended + *earlier_offset_};
        return {codes_[1], 1 - extended};
    }

    [[nodiscard]] std::optional<int> year_of_era(std::string_view era, std::int64_t era_year,
                                                 bool has_year_zero) const noexcept {
        // Era years come from outside: any int64 is possible, so bound them before arithmetic.
        if (era_year < -std::int64_t{INT_MAX} - 2 || era_year > std::int64_t{INT_MAX} + 2) return std::nullopt;
        std::int64_t extended = 0;
        if (count_ == 0 && era.empty()) {
            extended = era_year;
            has_year_zero = true;  // no eras: the era year is the calendar year itself
        } else if (count_ >= 1 && era == codes_[0]) {
            if (count_ == 2 && era_year < 1) return std::nullopt;
            extended = era_year;
        } else if (count_ == 2 && era == codes_[1]) {
            extended = earlier_offset_ ? era_year - *earlier_offset_ : 1 - era_year;
            if (extended >= 1 || (!earlier_offset_ && era_year < 1)) return std::nullopt;
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
    std::optional<std::int64_t> earlier_offset_;
};

}  // namespace kalends::detail

// Japanese eras: a list of eras from CLDR supplemental data
// (common/supplemental/supplementalData.xml, calendar "japanese"), most
// recent first — the modern eras 232-236 (the japanese calendar) or every
// era from Taika, 645 (japanese-extended, japanese_era_table.hpp) — with
// Meiji starting 1868-10-23 as later CLDR corrected it (CLDR 41 says
// 1868-09-08, the lunisolar date misread as Gregorian). Before the first
// era, Gregorian "ce"/"bce" era years, as ICU4X does. Era changes fall
// mid-year, so the era depends on the whole date. Years are ISO
// (astronomical) years.
#pragma once

#include <kalends/date_parts.hpp>
#include <kalends/month_code.hpp>

#include <array>
#include <climits>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace kalends::detail {

class japanese_eras {
public:
    struct era_start {
        std::string_view code;
        date_parts first_day;  // proleptic Gregorian, ISO year
    };

    // Most recent first.
    static constexpr std::array<era_start, 5> modern_eras{{
        {"reiwa", {2019, 5, 1}},
        {"heisei", {1989, 1, 8}},
        {"showa", {1926, 12, 25}},
        {"taisho", {1912, 7, 30}},
        {"meiji", {1868, 10, 23}},
    }};

    // `eras` most recent first; `codes` their codes, then "ce" and "bce".
    constexpr japanese_eras(std::span<const era_start> eras, std::span<const std::string_view> codes) noexcept
        : eras_(eras), codes_(codes) {}
    constexpr japanese_eras() noexcept : japanese_eras(modern_eras, modern_codes) {}

    [[nodiscard]] std::span<const std::string_view> codes() const noexcept { return codes_; }

    [[nodiscard]] era_year era_of(const date_parts& date, bool /*has_year_zero*/) const noexcept {
        for (const era_start& era : eras_) {
            if (on_or_after(date, era.first_day)) return {era.code, std::int64_t{date.year} - era.first_day.year + 1};
        }
        if (date.year >= 1) return {"ce", date.year};
        return {"bce", 1 - std::int64_t{date.year}};
    }

    [[nodiscard]] std::optional<int> year_of_era(std::string_view era, std::int64_t year, bool /*has_year_zero*/) const noexcept {
        // The largest era year of any era is that of INT_MIN in "bce": 2^31 + 1
        // (years are astronomical, so year 0 is 1 BCE).
        if (year < 1 || year > std::int64_t{INT_MAX} + 2) return std::nullopt;
        for (std::size_t i = 0; i < eras_.size(); ++i) {
            if (era != eras_[i].code) continue;
            const std::int64_t first = eras_[i].first_day.year;
            // An era's last year is the year the next one begins in; the current era runs on.
            const std::int64_t last = i == 0 ? INT_MAX : eras_[i - 1].first_day.year;
            return bounded(first + year - 1, first, last);
        }
        if (era == "ce") return bounded(year, 1, eras_.back().first_day.year);
        if (era == "bce") return bounded(1 - year, INT_MIN, 0);
        return std::nullopt;
    }

private:
    static constexpr std::array<std::string_view, 7> modern_codes{"reiwa", "heisei", "showa", "taisho", "meiji", "ce", "bce"};

    std::span<const era_start> eras_;
    std::span<const std::string_view> codes_;

    static constexpr bool on_or_after(const date_parts& a, const date_parts& b) noexcept {
        if (a.year != b.year) return a.year > b.year;
        if (a.month != b.month) return a.month > b.month;
        return a.day >= b.day;
    }

    static constexpr std::optional<int> bounded(std::int64_t year, std::int64_t low, std::int64_t high) noexcept {
        if (year < low || year > high) return std::nullopt;
        return static_cast<int>(year);
    }
};

}  // namespace kalends::detail

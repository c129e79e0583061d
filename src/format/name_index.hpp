// The names a parser can meet in one CLDR calendar record of a locale, each
// once and folded, grouped by their first character: built on first use and
// kept for the process, so that reading a name tries only the few that
// start like the text instead of every name of every width and context.
#pragma once

#include "../locale/cldr_data.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends::detail {

class name_index {
public:
    enum class field : std::uint8_t { month, weekday, quarter, cyclic_year, era };
    static constexpr std::size_t field_count = 5;

    struct entry {
        std::uint32_t start = 0;   // of the folded name in the pool
        std::uint32_t length = 0;  // bytes
        // Its place in CLDR's list: month type - 1, weekday (Sunday 0), quarter - 1, cycle year - 1, era type.
        std::uint16_t value = 0;
        bool leap = false;      // a month name inside a leap-month pattern ("闰{0}")
        bool caseless = false;  // no character folds to it: the text matches only as written
    };

    explicit name_index(const cldr::calendar_record& record);

    // Visits the names of `f` whose folded first character is that of
    // `text`, in CLDR's order (widths and contexts as the record lists them,
    // then leap months); each still to be compared with the text.
    template <class Visit>
    void for_each_candidate(field f, std::string_view text, Visit visit) const {
        for (const entry& e : candidates(f, text)) visit(e);
    }
    [[nodiscard]] std::string_view folded_name(const entry& e) const noexcept {
        return std::string_view(pool_).substr(e.start, e.length);
    }
    // The bytes of the start of `text` that are the name of `e`, ignoring case; 0 if none.
    [[nodiscard]] std::size_t match(std::string_view text, const entry& e) const noexcept;

private:
    static constexpr std::size_t bucket_count = 64;
    static std::size_t bucket_of(char32_t first) noexcept { return (first ^ (first >> 6)) % bucket_count; }
    [[nodiscard]] std::span<const entry> candidates(field f, std::string_view text) const noexcept;

    std::string pool_;
    std::vector<entry> entries_;  // by field, then bucket, then CLDR's order
    std::array<std::uint32_t, field_count * bucket_count + 1> starts_{};
};

// The index of a record of cldr::calendar_records, built once (thread-safe).
const name_index& name_index_of(const cldr::calendar_record& record);

}  // namespace kalends::detail

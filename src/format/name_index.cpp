// Building the name index of a calendar record, and the one index of each
// record a process keeps.
#include "name_index.hpp"

#include "../locale/locale_data.hpp"
#include "case_fold.hpp"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <unordered_set>

namespace kalends::detail {
namespace {

struct pending_name {
    name_index::field field;
    std::size_t bucket;
    std::string folded;
    std::uint16_t value;
    bool leap;
};

// The entries a parse reads of each field: months by type (Hebrew has 14),
// weekdays, quarters, cycle years, eras (Japanese: 236 from Taika).
constexpr std::array<std::size_t, name_index::field_count> entries_of_field{14, 7, 4, 60, 256};

// True if no character folds to a character of `name` but itself: then only
// the name as written matches it.
bool is_caseless(std::string_view name) {
    static const std::vector<bool> fold_targets = [] {
        std::vector<bool> targets(0x2000);
        for (char32_t c = 0; c < targets.size(); ++c) {
            if (fold(c) != c) targets[fold(c)] = true;
        }
        return targets;
    }();
    for (std::size_t at = 0; at < name.size();) {
        const utf8_char c = decode_utf8(name, at);
        if (c.length == 0) return false;
        if (c.code_point < fold_targets.size() && fold_targets[c.code_point]) return false;
        at += c.length;
    }
    return true;
}

}  // namespace

name_index::name_index(const cldr::calendar_record& record) {
    std::vector<pending_name> names;
    std::unordered_set<std::string> seen;  // field, value, leap and folded name: each once
    const auto add = [&](field f, std::string_view text, std::size_t value, bool leap) {
        if (text.empty()) return;
        std::string name = folded(text);
        std::string key{static_cast<char>(f), static_cast<char>(value & 0xFFU), static_cast<char>(value >> 8),
                        static_cast<char>(leap)};
        key += name;
        if (!seen.insert(std::move(key)).second) return;
        const std::size_t bucket = bucket_of(first_folded(name));
        names.push_back({f, bucket, std::move(name), static_cast<std::uint16_t>(value), leap});
    };
    const auto add_lists = [&](field f, cldr::id_type group) {
        const std::size_t entries = entries_of_field[static_cast<std::size_t>(f)];
        for (const cldr::id_type list : cldr::list_at(group)) {
            const auto items = cldr::list_at(list);
            for (std::size_t i = 0; i < entries && i < items.size(); ++i) add(f, cldr::string_at(items[i]), i, false);
        }
    };
    add_lists(field::month, record.months);
    add_lists(field::weekday, record.days);
    add_lists(field::quarter, record.quarters);
    add_lists(field::cyclic_year, record.cyclic_years);
    add_lists(field::era, record.eras);
    // Month names inside the leap-month patterns of names (the first six; the seventh is numeric).
    const auto patterns = cldr::list_at(record.leap_month_patterns);
    for (std::size_t k = 0; k < patterns.size() && k < 6; ++k) {
        const auto around = split_placeholder(cldr::string_at(patterns[k]));
        if (!around) continue;
        for (const cldr::id_type list : cldr::list_at(record.months)) {
            const auto items = cldr::list_at(list);
            for (std::size_t i = 0; i < entries_of_field[0] && i < items.size(); ++i) {
                const std::string_view month = cldr::string_at(items[i]);
                if (month.empty()) continue;
                std::string name(around->before);
                name += month;
                name += around->after;
                add(field::month, name, i, true);
            }
        }
    }

    std::stable_sort(names.begin(), names.end(), [](const pending_name& a, const pending_name& b) {
        return a.field != b.field ? a.field < b.field : a.bucket < b.bucket;
    });
    entries_.reserve(names.size());
    std::size_t slot = 0;
    for (const pending_name& name : names) {
        const std::size_t at = static_cast<std::size_t>(name.field) * bucket_count + name.bucket;
        while (slot <= at) starts_[slot++] = static_cast<std::uint32_t>(entries_.size());
        const bool caseless = is_caseless(name.folded);
        entries_.push_back({static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(name.folded.size()),
                            name.value, name.leap, caseless});
        pool_ += name.folded;
    }
    while (slot < starts_.size()) starts_[slot++] = static_cast<std::uint32_t>(entries_.size());
}

std::span<const name_index::entry> name_index::candidates(field f, std::string_view text) const noexcept {
    const char32_t first = first_folded(text);
    if (first == 0) return {};
    const std::size_t at = static_cast<std::size_t>(f) * bucket_count + bucket_of(first);
    return std::span<const entry>(entries_).subspan(starts_[at], starts_[at + 1] - starts_[at]);
}

std::size_t name_index::match(std::string_view text, const entry& e) const noexcept {
    if (!e.caseless) return match_folded(text, folded_name(e));
    return text.size() >= e.length && std::memcmp(text.data(), pool_.data() + e.start, e.length) == 0 ? e.length : 0;
}

namespace {

// One slot per calendar record, filled by the first parse that needs it;
// a thread that loses the race to fill a slot drops its copy.
class index_cache {
public:
    index_cache() : slots_(std::make_unique<std::atomic<const name_index*>[]>(cldr::calendar_record_count)) {}
    index_cache(const index_cache&) = delete;
    index_cache& operator=(const index_cache&) = delete;
    ~index_cache() {
        for (std::size_t i = 0; i < cldr::calendar_record_count; ++i) delete slots_[i].load(std::memory_order_acquire);
    }

    const name_index& of(const cldr::calendar_record& record) {
        std::atomic<const name_index*>& slot = slots_[static_cast<std::size_t>(&record - cldr::calendar_records)];
        const name_index* built = slot.load(std::memory_order_acquire);
        if (built != nullptr) return *built;
        auto fresh = std::make_unique<const name_index>(record);
        if (slot.compare_exchange_strong(built, fresh.get(), std::memory_order_acq_rel, std::memory_order_acquire)) {
            return *fresh.release();
        }
        return *built;
    }

private:
    std::unique_ptr<std::atomic<const name_index*>[]> slots_;
};

}  // namespace

const name_index& name_index_of(const cldr::calendar_record& record) {
    static index_cache cache;
    return cache.of(record);
}

}  // namespace kalends::detail

// Calendars, input arrays, the module registry and the notes.
#include "harness.hpp"

#include "kalends_calendars.hpp"

#include <algorithm>
#include <map>
#include <mutex>

namespace kalends_bench {
namespace {

template <class Entry>
calendar_desc describe_kernel() {
    using K = typename Entry::kernel;
    calendar_desc d;
    d.name = std::string(Entry::name);
    d.handle_name = std::string(Entry::handle);
    d.icu_keyword = std::string(Entry::icu);
    d.has_year_zero = K::has_year_zero;
    d.first_jdn = kalends::kernels::first_jdn<K>();
    d.last_jdn = kalends::kernels::last_jdn<K>();
    d.from_jdn = [](std::int64_t jdn) { return K::from_jdn(jdn); };
    d.to_jdn = [](int y, int m, int day) { return static_cast<std::int64_t>(K::to_jdn(y, m, day)); };
    return d;
}

template <class... Entries>
std::vector<calendar_desc> describe_all(type_list<Entries...>) {
    return {describe_kernel<Entries>()...};
}

// splitmix64: a fixed, portable sequence (std:: distributions are not).
struct splitmix64 {
    std::uint64_t state;
    std::uint64_t next() noexcept {
        std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
        return z ^ (z >> 31);
    }
};

std::vector<std::int64_t> generate(const range_desc& range, std::size_t count) {
    const range_bounds b = bounds_of(range);
    const auto span = static_cast<std::uint64_t>(b.last_jdn - b.first_jdn + 1);
    std::uint64_t seed = 0x6b616c656e6473u;  // FNV-1a-style mix of the range name
    for (const char c : range.name) seed = (seed ^ static_cast<unsigned char>(c)) * 0x100000001b3u;
    splitmix64 random{seed};
    std::vector<std::int64_t> out(count);
    for (auto& jdn : out) jdn = b.first_jdn + static_cast<std::int64_t>(random.next() % span);
    return out;
}

std::vector<case_module>& module_list() {
    static std::vector<case_module> list;
    return list;
}

std::vector<std::pair<std::string, std::string>>& note_list() {
    static std::vector<std::pair<std::string, std::string>> list;
    return list;
}

}  // namespace

const std::vector<calendar_desc>& calendars() {
    static const std::vector<calendar_desc> list = describe_all(all_kernels{});
    return list;
}

const calendar_desc* find_calendar(std::string_view name) {
    for (const auto& c : calendars()) {
        if (c.name == name) return &c;
    }
    return nullptr;
}

range_bounds bounds_of(const range_desc& range) {
    using g = kalends::kernels::gregorian;
    return {g::to_jdn(range.first_gregorian_year, 1, 1),
            g::to_jdn(range.last_gregorian_year, 12, 31) - latency_margin};
}

std::span<const std::int64_t> jdns_of(const range_desc& range) {
    static std::map<std::string_view, std::vector<std::int64_t>> cache;
    auto it = cache.find(range.name);
    if (it == cache.end()) it = cache.emplace(range.name, generate(range, input_count)).first;
    return it->second;
}

std::vector<std::int64_t> small_jdns(const range_desc& range, std::size_t count) { return generate(range, count); }

std::vector<date_parts> parts_of(const calendar_desc& cal, std::span<const std::int64_t> jdns, years numbering) {
    std::vector<date_parts> out(jdns.size());
    for (std::size_t i = 0; i < jdns.size(); ++i) {
        date_parts p = cal.from_jdn(jdns[i]);
        p.year = peer_year(p.year, cal.has_year_zero, numbering);
        out[i] = p;
    }
    return out;
}

std::shared_ptr<const std::vector<date_parts>> parts_of(const calendar_desc& cal, const range_desc& range,
                                                        years numbering) {
    // Benchmarks are registered calendar by calendar, range by range, so one
    // slot per numbering keeps memory small without recomputing often.
    static std::map<years, std::pair<std::string, std::shared_ptr<const std::vector<date_parts>>>> slots;
    const std::string key = cal.name + "/" + std::string(range.name);
    auto& slot = slots[numbering];
    if (slot.first != key || !slot.second) {
        slot.second.reset();
        slot = {key, std::make_shared<const std::vector<date_parts>>(parts_of(cal, jdns_of(range), numbering))};
    }
    return slot.second;
}

bool register_module(const case_module& module) {
    module_list().push_back(module);
    return true;
}

std::vector<case_module> modules() {
    auto list = module_list();
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.order < b.order; });
    return list;
}

void add_note(const std::string& key, const std::string& text) { note_list().emplace_back(key, text); }
const std::vector<std::pair<std::string, std::string>>& notes() { return note_list(); }

void finish(benchmark::State& state) {
    const auto items = static_cast<double>(state.iterations()) * static_cast<double>(block);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(block));
    // Rate-inverted counter: seconds per (items * 1e-9) = nanoseconds per conversion.
    state.counters["ns_per_conversion"] =
        benchmark::Counter(items * 1e-9, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

std::string describe(const date_parts& p) {
    return std::to_string(p.year) + "-" + std::to_string(p.month) + "-" + std::to_string(p.day);
}

}  // namespace kalends_bench

// The conversion benchmark's shared vocabulary: the calendars under test,
// the input ranges, one "case" (an implementation of one calendar), and the
// timed loops every case runs, so that every implementation is timed by the
// very same code over the very same arrays.
#pragma once

#include <kalends/date_parts.hpp>

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kalends_bench {

using kalends::date_parts;

// ---------------------------------------------------------------------------
// Calendars: one descriptor per kalends kernel, built from the type list in
// kalends_calendars.hpp. Peers are keyed by `name`.
struct calendar_desc {
    std::string name;         // e.g. "persian_33" (the benchmark name)
    std::string handle_name;  // kalends::calendar name, e.g. "persian"
    std::string icu_keyword;  // ICU calendar keyword, or empty
    bool has_year_zero = false;
    std::int64_t first_jdn = 0;  // the kernel's documented range
    std::int64_t last_jdn = 0;
    date_parts (*from_jdn)(std::int64_t) = nullptr;
    std::int64_t (*to_jdn)(int, int, int) = nullptr;
};

const std::vector<calendar_desc>& calendars();
const calendar_desc* find_calendar(std::string_view name);

// ---------------------------------------------------------------------------
// Input ranges: random JDNs, uniformly drawn with a fixed seed, in a range of
// Gregorian years. Every case uses the same JDN array for a range; the parts
// arrays are that calendar's parts of the same JDNs.
struct range_desc {
    std::string_view name;
    int first_gregorian_year;
    int last_gregorian_year;
    std::string_view description;
    bool latency;  // also time the latency mode (kept to one range: the run must stay short)
};

inline constexpr range_desc ranges[] = {
    {"modern", 1900, 2100, "Gregorian 1900-2100", true},
    {"pm30k", -30000, 30000, "Gregorian years -30000..30000 (fits the 16-bit years of <chrono>, date and Qt)",
     false},
    {"pm100k", -100000, 100000, "Gregorian years -100000..100000", false},
};

inline constexpr std::size_t input_count = 1'000'000;
// Conversions per benchmark iteration (the cursor walks the whole array).
inline constexpr std::size_t block = 1000;
static_assert(input_count % block == 0);
// The latency loops add up to 7 days to an input JDN; inputs stay this far
// below the end of their range.
inline constexpr std::int64_t latency_margin = 8;

struct range_bounds {
    std::int64_t first_jdn;
    std::int64_t last_jdn;  // inclusive, margin already removed
};
range_bounds bounds_of(const range_desc& range);

// The shared JDN array of a range (generated once, fixed seed).
std::span<const std::int64_t> jdns_of(const range_desc& range);
// A small array for the callgrind loops, same generator.
std::vector<std::int64_t> small_jdns(const range_desc& range, std::size_t count);

// Year numbering of a peer relative to kalends: a peer with astronomical
// years counts 1 BCE as year 0 where kalends (for a calendar without year 0)
// counts it as -1.
enum class years { kalends, astronomical };

constexpr int peer_year(int year, bool has_year_zero, years numbering) noexcept {
    return numbering == years::astronomical && !has_year_zero && year < 0 ? year + 1 : year;
}

// The parts of `jdns` in `cal`, in the given year numbering. Cached: the
// most recently used array stays alive while benchmarks hold it.
std::shared_ptr<const std::vector<date_parts>> parts_of(const calendar_desc& cal, const range_desc& range,
                                                        years numbering);
std::vector<date_parts> parts_of(const calendar_desc& cal, std::span<const std::int64_t> jdns, years numbering);

// ---------------------------------------------------------------------------
// One case: one implementation ("kernel", "handle", "bulk", "chrono", "date",
// "qt", "icu") of one calendar.
enum class direction { to_parts, to_jdn };
enum class mode { throughput, latency };

struct run_args {
    direction dir;
    mode how;
    std::span<const std::int64_t> jdns;
    std::span<const date_parts> parts;
};

struct verify_result {
    std::size_t checked = 0;
    std::size_t mismatches = 0;
    std::string first;  // the first disagreement
};

struct case_spec {
    std::string calendar;  // calendar_desc::name
    std::string impl;
    std::string note;  // shown in the report (e.g. what the peer's calendar is)
    years numbering = years::kalends;
    // Ranges the implementation claims; empty = every range inside the kernel's range.
    std::vector<std::string_view> allowed_ranges;
    bool has_latency = true;
    std::size_t verify_sample = 20'000;
    std::function<void(benchmark::State&, const run_args&)> run;
    // Compares with the expected parts (already in the case's numbering), both ways.
    std::function<verify_result(std::span<const std::int64_t>, std::span<const date_parts>)> verify;
    // A peer with a known defect may disagree on this fraction of the sample
    // and still be timed (the report shows the reason).
    double tolerated_mismatch = 0.0;
    std::string tolerated_reason;
    // For bench_callgrind: `total` independent conversions over the arrays.
    std::function<std::uint64_t(direction, std::span<const std::int64_t>, std::span<const date_parts>, std::size_t)>
        plain_loop;
};

// Case modules register themselves (one static object per module file), so
// a peer module is linked in exactly when CMake found the peer.
struct case_module {
    std::string_view name;
    int order;
    std::vector<case_spec> (*make)();
};
bool register_module(const case_module& module);
std::vector<case_module> modules();

// Notes (disagreements, missing features) end up in the JSON context.
void add_note(const std::string& key, const std::string& text);
const std::vector<std::pair<std::string, std::string>>& notes();

// ---------------------------------------------------------------------------
// The timed loops. An adapter has `date_parts to_parts(std::int64_t)` and
// `std::int64_t to_jdn(const date_parts&)`; the loops are templates so that
// each adapter's conversion is inlined where it can be.
template <class A>
concept adapter = requires(A& a, std::int64_t jdn, const date_parts& p) {
    { a.to_parts(jdn) } -> std::same_as<date_parts>;
    { a.to_jdn(p) } -> std::same_as<std::int64_t>;
};

inline std::uint64_t fold(const date_parts& p) noexcept {
    return static_cast<std::uint64_t>(static_cast<std::uint32_t>(p.year)) + static_cast<std::uint64_t>(p.month) +
           static_cast<std::uint64_t>(p.day);
}

void finish(benchmark::State& state);

// Throughput, JDN -> parts: independent conversions, results folded into a sink.
template <adapter A>
void to_parts_throughput(benchmark::State& state, A& a, std::span<const std::int64_t> in) {
    std::size_t pos = 0;
    std::uint64_t sink = 0;
    for (auto _ : state) {
        const std::int64_t* p = in.data() + pos;
        for (std::size_t i = 0; i < block; ++i) sink += fold(a.to_parts(p[i]));
        benchmark::DoNotOptimize(sink);
        pos = pos + block == in.size() ? 0 : pos + block;
    }
    finish(state);
}

// Latency, JDN -> parts: the next input is the next array element plus
// (previous day & 7), so no conversion can start before the previous ends.
template <adapter A>
void to_parts_latency(benchmark::State& state, A& a, std::span<const std::int64_t> in) {
    std::size_t pos = 0;
    date_parts last{};
    for (auto _ : state) {
        const std::int64_t* p = in.data() + pos;
        for (std::size_t i = 0; i < block; ++i) last = a.to_parts(p[i] + (last.day & 7));
        benchmark::DoNotOptimize(last);
        pos = pos + block == in.size() ? 0 : pos + block;
    }
    finish(state);
}

// Throughput, parts -> JDN.
template <adapter A>
void to_jdn_throughput(benchmark::State& state, A& a, std::span<const date_parts> in) {
    std::size_t pos = 0;
    std::uint64_t sink = 0;
    for (auto _ : state) {
        const date_parts* p = in.data() + pos;
        for (std::size_t i = 0; i < block; ++i) sink += static_cast<std::uint64_t>(a.to_jdn(p[i]));
        benchmark::DoNotOptimize(sink);
        pos = pos + block == in.size() ? 0 : pos + block;
    }
    finish(state);
}

// Latency, parts -> JDN: the day of the next input is lowered by
// (previous JDN & 1) when it is above 1, so it stays a valid date and
// depends on the previous result.
template <adapter A>
void to_jdn_latency(benchmark::State& state, A& a, std::span<const date_parts> in) {
    std::size_t pos = 0;
    std::int64_t last = 0;
    for (auto _ : state) {
        const date_parts* p = in.data() + pos;
        for (std::size_t i = 0; i < block; ++i) {
            date_parts q = p[i];
            q.day -= static_cast<int>(last & static_cast<std::int64_t>(q.day > 1));
            last = a.to_jdn(q);
        }
        benchmark::DoNotOptimize(last);
        pos = pos + block == in.size() ? 0 : pos + block;
    }
    finish(state);
}

// Untimed by Google Benchmark; bench_callgrind counts the instructions of this
// function only (valgrind --toggle-collect), so setup is never counted.
template <adapter A>
[[gnu::noinline]] std::uint64_t measured_loop(A& a, direction dir, std::span<const std::int64_t> jdns,
                                              std::span<const date_parts> parts, std::size_t total) {
    std::uint64_t sink = 0;
    const std::size_t n = jdns.size();
    std::size_t i = 0;
    if (dir == direction::to_parts) {
        for (std::size_t k = 0; k < total; ++k) {
            sink += fold(a.to_parts(jdns[i]));
            i = i + 1 == n ? 0 : i + 1;
        }
    } else {
        for (std::size_t k = 0; k < total; ++k) {
            sink += static_cast<std::uint64_t>(a.to_jdn(parts[i]));
            i = i + 1 == n ? 0 : i + 1;
        }
    }
    benchmark::DoNotOptimize(sink);
    return sink;
}

std::string describe(const date_parts& p);

// Builds a case from an adapter; the adapter object is shared by every
// benchmark of the case (ICU and Qt adapters own a calendar object).
template <adapter A>
case_spec make_case(std::string calendar, std::string impl, years numbering, std::shared_ptr<A> a) {
    case_spec c;
    c.calendar = std::move(calendar);
    c.impl = std::move(impl);
    c.numbering = numbering;
    c.run = [a](benchmark::State& state, const run_args& args) {
        if (args.dir == direction::to_parts) {
            if (args.how == mode::throughput) to_parts_throughput(state, *a, args.jdns);
            else to_parts_latency(state, *a, args.jdns);
        } else {
            if (args.how == mode::throughput) to_jdn_throughput(state, *a, args.parts);
            else to_jdn_latency(state, *a, args.parts);
        }
    };
    c.verify = [a](std::span<const std::int64_t> jdns, std::span<const date_parts> expected) {
        verify_result r;
        r.checked = jdns.size();
        for (std::size_t i = 0; i < jdns.size(); ++i) {
            const date_parts got = a->to_parts(jdns[i]);
            const std::int64_t back = a->to_jdn(expected[i]);
            if (got == expected[i] && back == jdns[i]) continue;
            if (r.mismatches++ > 0) continue;
            r.first = !(got == expected[i]) ? "JDN " + std::to_string(jdns[i]) + " -> " + describe(got) +
                                                  ", kalends " + describe(expected[i])
                                            : describe(expected[i]) + " -> JDN " + std::to_string(back) +
                                                  ", kalends " + std::to_string(jdns[i]);
        }
        return r;
    };
    c.plain_loop = [a](direction dir, std::span<const std::int64_t> jdns, std::span<const date_parts> parts,
                       std::size_t total) { return measured_loop(*a, dir, jdns, parts, total); };
    return c;
}

}  // namespace kalends_bench

// kalends itself: every kernel called directly, the same calendars through
// the kalends::calendar handle (one virtual call per conversion), and the
// bulk API when <kalends/bulk.hpp> provides it.
#include "harness.hpp"
#include "kalends_calendars.hpp"

#include <kalends/calendar.hpp>

#if __has_include(<kalends/bulk.hpp>)
#include <kalends/bulk.hpp>
#define KALENDS_BENCH_BULK_HEADER 1
#else
#define KALENDS_BENCH_BULK_HEADER 0
#endif

namespace kalends_bench {
namespace {

template <class Kernel>
struct kernel_adapter {
    date_parts to_parts(std::int64_t jdn) const noexcept { return Kernel::from_jdn(jdn); }
    std::int64_t to_jdn(const date_parts& p) const noexcept {
        return static_cast<std::int64_t>(Kernel::to_jdn(p.year, p.month, p.day));
    }
};

struct handle_adapter {
    kalends::calendar cal;
    date_parts to_parts(std::int64_t jdn) const { return cal.parts_from_date(jdn); }
    std::int64_t to_jdn(const date_parts& p) const { return cal.date_from_parts(p.year, p.month, p.day); }
};

template <class... Entries>
void add_kernel_cases(std::vector<case_spec>& out, type_list<Entries...>) {
    (out.push_back(make_case(std::string(Entries::name), "kernel", years::kalends,
                             std::make_shared<kernel_adapter<typename Entries::kernel>>())),
     ...);
}

// --- Bulk API -------------------------------------------------------------
// Today's <kalends/bulk.hpp> has free functions found by ADL:
//   parts_from_dates(cal, span<const int64_t>, span<date_parts>)
//   dates_from_parts(cal, span<const date_parts>, span<int64_t>)
// A member form (cal.parts_from_dates(in, out)) is accepted too. When neither
// exists (no header, or another signature) the bulk cases are left out and a
// note says so.
template <class Cal>
concept free_bulk = requires(const Cal& c, std::span<const std::int64_t> jdns, std::span<date_parts> parts,
                             std::span<const date_parts> cparts, std::span<std::int64_t> out) {
    parts_from_dates(c, jdns, parts);
    dates_from_parts(c, cparts, out);
};
template <class Cal>
concept member_bulk = requires(const Cal& c, std::span<const std::int64_t> jdns, std::span<date_parts> parts,
                               std::span<const date_parts> cparts, std::span<std::int64_t> out) {
    c.parts_from_dates(jdns, parts);
    c.dates_from_parts(cparts, out);
};

template <class Cal>
struct bulk_adapter {
    Cal cal;
    void to_parts(std::span<const std::int64_t> in, std::span<date_parts> out) const {
        if constexpr (free_bulk<Cal>) parts_from_dates(cal, in, out);
        else cal.parts_from_dates(in, out);
    }
    void to_jdn(std::span<const date_parts> in, std::span<std::int64_t> out) const {
        if constexpr (free_bulk<Cal>) dates_from_parts(cal, in, out);
        else cal.dates_from_parts(in, out);
    }
};

// For bench_callgrind (its name matches the --toggle-collect pattern).
template <class Cal>
[[gnu::noinline]] std::uint64_t measured_loop_bulk(const bulk_adapter<Cal>& a, direction dir,
                                                   std::span<const std::int64_t> jdns,
                                                   std::span<const date_parts> parts, std::size_t total) {
    std::vector<date_parts> parts_out(jdns.size());
    std::vector<std::int64_t> jdns_out(jdns.size());
    std::uint64_t sink = 0;
    for (std::size_t done = 0; done < total; done += jdns.size()) {
        const std::size_t n = std::min(jdns.size(), total - done);
        if (dir == direction::to_parts) {
            a.to_parts(jdns.first(n), std::span(parts_out).first(n));
            sink += fold(parts_out[n - 1]);
        } else {
            a.to_jdn(parts.first(n), std::span(jdns_out).first(n));
            sink += static_cast<std::uint64_t>(jdns_out[n - 1]);
        }
    }
    return sink;
}

template <class Cal>
case_spec make_bulk_case(const calendar_desc& desc, const Cal& cal) {
    auto a = std::make_shared<bulk_adapter<Cal>>(bulk_adapter<Cal>{cal});
    case_spec c;
    c.calendar = desc.name;
    c.impl = "bulk";
    c.has_latency = false;  // a span is converted at once: no chain of dependent conversions
    c.run = [a](benchmark::State& state, const run_args& args) {
        std::vector<date_parts> parts_out(block);
        std::vector<std::int64_t> jdns_out(block);
        std::size_t pos = 0;
        for (auto _ : state) {
            if (args.dir == direction::to_parts) {
                a->to_parts(args.jdns.subspan(pos, block), parts_out);
                benchmark::DoNotOptimize(parts_out.data());
            } else {
                a->to_jdn(args.parts.subspan(pos, block), jdns_out);
                benchmark::DoNotOptimize(jdns_out.data());
            }
            benchmark::ClobberMemory();
            pos = pos + block == args.jdns.size() ? 0 : pos + block;
        }
        finish(state);
    };
    c.verify = [a](std::span<const std::int64_t> jdns, std::span<const date_parts> expected) {
        std::vector<date_parts> parts(jdns.size());
        std::vector<std::int64_t> back(jdns.size());
        a->to_parts(jdns, parts);
        a->to_jdn(expected, back);
        verify_result r;
        r.checked = jdns.size();
        for (std::size_t i = 0; i < jdns.size(); ++i) {
            if (parts[i] == expected[i] && back[i] == jdns[i]) continue;
            if (r.mismatches++ == 0) {
                r.first = "JDN " + std::to_string(jdns[i]) + " -> " + describe(parts[i]) + " -> " +
                          std::to_string(back[i]) + ", kalends " + describe(expected[i]);
            }
        }
        return r;
    };
    c.plain_loop = [a](direction dir, std::span<const std::int64_t> jdns, std::span<const date_parts> parts,
                       std::size_t total) { return measured_loop_bulk(*a, dir, jdns, parts, total); };
    return c;
}

template <class Cal>
void add_bulk_cases(std::vector<case_spec>& out, const calendar_desc& desc, const Cal& cal) {
    if constexpr (free_bulk<Cal> || member_bulk<Cal>) {
        out.push_back(make_bulk_case(desc, cal));
    } else {
        static const bool noted = [] {
            add_note("note:bulk", KALENDS_BENCH_BULK_HEADER
                                 ? "kalends/bulk.hpp exists but has neither parts_from_dates(cal, in, out) nor "
                                   "cal.parts_from_dates(in, out); update bench/conversions/kalends_cases.cpp"
                                 : "kalends/bulk.hpp not present: no bulk cases");
            return true;
        }();
        (void)noted;
    }
}

std::vector<case_spec> make_kalends_cases() {
    std::vector<case_spec> out;
    add_kernel_cases(out, all_kernels{});
    for (const calendar_desc& desc : calendars()) {
        const auto cal = kalends::calendar::find(desc.handle_name);
        if (!cal) {
            add_note("note:" + desc.name + "/handle", "no kalends::calendar named \"" + desc.handle_name +
                                                "\" is registered: handle and bulk cases skipped");
            continue;
        }
        out.push_back(make_case(desc.name, "handle", years::kalends, std::make_shared<handle_adapter>(*cal)));
        add_bulk_cases(out, desc, *cal);
    }
    return out;
}

const bool registered = register_module({"kalends", 0, &make_kalends_cases});

}  // namespace
}  // namespace kalends_bench

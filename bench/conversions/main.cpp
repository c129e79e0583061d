// bench_conversions: every case of every module, over the same input arrays.
//
// Benchmark names are <calendar>/<direction>/<impl>/<mode>/<range>:
//   direction  to_parts (JDN -> year, month, day) or to_jdn (the reverse)
//   impl       kernel, handle, bulk, chrono, date, qt, icu
//   mode       throughput (independent conversions) or latency (each input
//              depends on the previous result)
//   range      modern, pm30k, pm100k (see harness.hpp); latency on modern only
// Before a case is registered for a range it is checked against the kalends
// kernel on a sample of that range's inputs (and both ends of the range);
// a case that disagrees is left out and the disagreement is written to the
// JSON context as a note ("note:<calendar>/<impl>/<range>").
#include "build_info.hpp"
#include "harness.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>

namespace kalends_bench {
namespace {

bool range_allowed(const case_spec& c, const calendar_desc& cal, const range_desc& range) {
    const range_bounds b = bounds_of(range);
    if (b.first_jdn < cal.first_jdn || b.last_jdn + latency_margin > cal.last_jdn) return false;
    if (c.allowed_ranges.empty()) return true;
    return std::find(c.allowed_ranges.begin(), c.allowed_ranges.end(), range.name) != c.allowed_ranges.end();
}

verify_result verify(const case_spec& c, const calendar_desc& cal, const range_desc& range) {
    const auto all = jdns_of(range);
    std::vector<std::int64_t> sample(all.begin(), all.begin() + static_cast<std::ptrdiff_t>(
                                                                   std::min(c.verify_sample, all.size())));
    const range_bounds b = bounds_of(range);
    sample.push_back(b.first_jdn);
    sample.push_back(b.last_jdn + latency_margin - 1);
    const auto expected = parts_of(cal, sample, c.numbering);
    try {
        return c.verify(sample, expected);
    } catch (const std::exception& e) {
        return {sample.size(), sample.size(), std::string("threw: ") + e.what()};
    }
}

const char* direction_name(direction d) { return d == direction::to_parts ? "to_parts" : "to_jdn"; }
const char* mode_name(mode m) { return m == mode::throughput ? "throughput" : "latency"; }

void register_all(const std::vector<case_spec>& cases) {
    for (const calendar_desc& cal : calendars()) {
        for (const range_desc& range : ranges) {
            std::vector<const case_spec*> usable;
            for (const case_spec& c : cases) {
                if (c.calendar != cal.name || !range_allowed(c, cal, range)) continue;
                const verify_result v = verify(c, cal, range);
                if (v.mismatches > 0) {
                    const std::string key = "note:" + cal.name + "/" + c.impl + "/" + std::string(range.name);
                    const std::string count = std::to_string(v.mismatches) + " of " + std::to_string(v.checked) +
                                              " sample dates disagree with kalends (first: " + v.first + ")";
                    if (static_cast<double>(v.mismatches) > c.tolerated_mismatch * static_cast<double>(v.checked)) {
                        add_note(key, "not benchmarked: " + count);
                        continue;
                    }
                    add_note(key, "benchmarked anyway: " + count + "; " + c.tolerated_reason);
                }
                usable.push_back(&c);
            }
            for (const direction dir : {direction::to_parts, direction::to_jdn}) {
                for (const mode how : {mode::throughput, mode::latency}) {
                    for (const case_spec* c : usable) {
                        if (how == mode::latency && (!c->has_latency || !range.latency)) continue;
                        const std::string name = cal.name + "/" + direction_name(dir) + "/" + c->impl + "/" +
                                                 mode_name(how) + "/" + std::string(range.name);
                        benchmark::RegisterBenchmark(
                            name.c_str(), [c, &cal, &range, dir, how](benchmark::State& state) {
                                std::shared_ptr<const std::vector<date_parts>> parts;
                                if (dir == direction::to_jdn) parts = parts_of(cal, range, c->numbering);
                                const run_args args{dir, how, jdns_of(range),
                                                    parts ? std::span<const date_parts>(*parts)
                                                          : std::span<const date_parts>()};
                                c->run(state, args);
                            });
                    }
                }
            }
        }
    }
}

}  // namespace
}  // namespace kalends_bench

int main(int argc, char** argv) {
    using namespace kalends_bench;
    // Defaults suited to the ~10-minute report; flags given later win.
    std::vector<char*> args{argv[0]};
    std::string defaults[] = {"--benchmark_repetitions=5", "--benchmark_report_aggregates_only=true",
                              "--benchmark_min_time=0.02"};
    for (auto& d : defaults) args.push_back(d.data());
    for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;

    std::vector<case_spec> cases;
    std::string module_names;
    for (const case_module& m : modules()) {
        auto made = m.make();
        for (auto& c : made) cases.push_back(std::move(c));
        module_names += (module_names.empty() ? "" : ",") + std::string(m.name);
    }
    static const std::vector<case_spec> all_cases = std::move(cases);
    register_all(all_cases);

    benchmark::AddCustomContext("kalends_modules", module_names);
    benchmark::AddCustomContext("kalends_compiler", build_info::compiler);
    benchmark::AddCustomContext("kalends_cxx_flags", build_info::cxx_flags);
    benchmark::AddCustomContext("kalends_build_type", build_info::build_type);
    benchmark::AddCustomContext("kalends_inputs", std::to_string(input_count) + " random JDNs per range, " +
                                                      std::to_string(block) + " conversions per iteration");
    for (const range_desc& r : ranges) {
        benchmark::AddCustomContext("range:" + std::string(r.name), std::string(r.description));
    }
    for (const case_spec& c : all_cases) {
        if (!c.note.empty()) benchmark::AddCustomContext("impl:" + c.calendar + "/" + c.impl, c.note);
    }
    for (const auto& [key, text] : notes()) benchmark::AddCustomContext(key, text);

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

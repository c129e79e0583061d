// bench_callgrind: a fixed number of conversions of one case, for counting
// instructions under valgrind --tool=callgrind. Only measured_loop<...> is
// counted (--toggle-collect), so setup (input generation, ICU and Qt
// initialization, the warm-up verification) is not.
//
//   bench_callgrind --list                      cases available on the modern range
//   bench_callgrind <calendar> <impl> <to_parts|to_jdn> <count>
//   bench_callgrind empty empty <to_parts|to_jdn> <count>   the loop alone (baseline)
//
// instructions per conversion = (Ir(case) - Ir(empty)) / count
#include "harness.hpp"

#include <cstdlib>
#include <iostream>

namespace kalends_bench {
namespace {

struct empty_adapter {
    date_parts to_parts(std::int64_t jdn) const noexcept { return {static_cast<int>(jdn), 1, 1}; }
    std::int64_t to_jdn(const date_parts& p) const noexcept { return p.day; }
};

constexpr std::size_t array_size = 4096;  // stays in L1/L2: counts, not cache misses

}  // namespace
}  // namespace kalends_bench

int main(int argc, char** argv) {
    using namespace kalends_bench;
    const range_desc& range = ranges[0];
    const auto jdns = small_jdns(range, array_size);

    std::vector<case_spec> cases;
    for (const case_module& m : modules()) {
        for (auto& c : m.make()) cases.push_back(std::move(c));
    }
    cases.push_back(make_case("empty", "empty", years::kalends, std::make_shared<empty_adapter>()));

    if (argc == 2 && std::string(argv[1]) == "--list") {
        for (const case_spec& c : cases) {
            if (c.calendar != "empty" && find_calendar(c.calendar) == nullptr) continue;
            std::cout << c.calendar << ' ' << c.impl << '\n';
        }
        return 0;
    }
    if (argc != 5) {
        std::cerr << "usage: bench_callgrind --list | <calendar> <impl> <to_parts|to_jdn> <count>\n";
        return 2;
    }
    const std::string calendar = argv[1], impl = argv[2], dir_name = argv[3];
    const auto total = static_cast<std::size_t>(std::strtoull(argv[4], nullptr, 10));
    const direction dir = dir_name == "to_jdn" ? direction::to_jdn : direction::to_parts;
    for (const case_spec& c : cases) {
        if (c.calendar != calendar || c.impl != impl) continue;
        std::vector<date_parts> parts(jdns.size());
        if (const calendar_desc* cal = find_calendar(calendar)) {
            parts = parts_of(*cal, jdns, c.numbering);
            const verify_result v = c.verify(jdns, parts);  // also the warm-up
            if (static_cast<double>(v.mismatches) > c.tolerated_mismatch * static_cast<double>(v.checked)) {
                std::cerr << calendar << '/' << impl << " disagrees with kalends: " << v.first << '\n';
                return 1;
            }
        } else {
            for (std::size_t i = 0; i < jdns.size(); ++i) parts[i] = {2000, 1, static_cast<int>(i % 28) + 1};
        }
        const std::uint64_t sink = c.plain_loop(dir, jdns, parts, total);
        std::cout << calendar << ' ' << impl << ' ' << dir_name << ' ' << total << " sink " << sink << '\n';
        return 0;
    }
    std::cerr << "no case " << calendar << '/' << impl << " (see --list)\n";
    return 2;
}

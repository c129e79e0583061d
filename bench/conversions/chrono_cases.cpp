// Peer: libstdc++ <chrono> (C++20 calendar types), Gregorian only.
// year_month_day{sys_days} and back; years are astronomical (1 BCE = 0) and
// limited to -32767..32767, so the pm100k range is left out.
#include "harness.hpp"

#include <chrono>

namespace kalends_bench {
namespace {

constexpr std::int64_t unix_epoch_jdn = 2440588;

struct chrono_gregorian {
    date_parts to_parts(std::int64_t jdn) const noexcept {
        const std::chrono::year_month_day ymd{
            std::chrono::sys_days{std::chrono::days{static_cast<std::chrono::days::rep>(jdn - unix_epoch_jdn)}}};
        return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
    }
    std::int64_t to_jdn(const date_parts& p) const noexcept {
        const std::chrono::year_month_day ymd{std::chrono::year{p.year},
                                              std::chrono::month{static_cast<unsigned>(p.month)},
                                              std::chrono::day{static_cast<unsigned>(p.day)}};
        return static_cast<std::int64_t>(std::chrono::sys_days{ymd}.time_since_epoch().count()) + unix_epoch_jdn;
    }
};

std::vector<case_spec> make_chrono_cases() {
    case_spec c = make_case("gregorian", "chrono", years::astronomical, std::make_shared<chrono_gregorian>());
    c.allowed_ranges = {"modern", "pm30k"};
    c.note = "std::chrono::year_month_day (libstdc++), years -32767..32767";
    std::vector<case_spec> out;
    out.push_back(std::move(c));
    return out;
}

const bool registered = register_module({"chrono", 10, &make_chrono_cases});

}  // namespace
}  // namespace kalends_bench

// The built-in calendars: which kernel each uses, its names and its kind.
#include "kernel_backend.hpp"
#include "registry.hpp"

#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/milankovic.hpp>
#include <kalends/calendars/persian.hpp>

#include <array>
#include <initializer_list>

namespace kalends::detail {
namespace {

template <class Kernel>
const calendar_backend* make_builtin(calendar_system system, calendar_kind kind, era_scheme eras,
                                     std::initializer_list<const char*> names) {
    // Never deleted: built-ins outlive every handle, including those in static objects.
    auto* backend = new kernel_backend<Kernel>(kind, eras);
    const backend_range range{Kernel::min_year, Kernel::max_year, Kernel::has_year_zero,
                              kernels::first_jdn<Kernel>(), kernels::last_jdn<Kernel>()};
    registry::adopt(*backend, system, calendar_id{static_cast<std::uint32_t>(system)},
                    std::vector<std::string>(names.begin(), names.end()), range);
    return backend;
}

using table = std::array<const calendar_backend*, builtin_calendar_count>;

table make_table() {
    using cs = calendar_system;
    using kind = calendar_kind;
    // Era codes as ICU4X and ECMAScript Temporal use them.
    const era_scheme common_era("ce", "bce");
    // Qt's own names ("Gregorian", "Jalali", "Islamic Civil", ...) resolve
    // too, since names match case-insensitively.
    return {
        make_builtin<kernels::gregorian>(cs::gregorian, kind::solar, common_era, {"gregorian", "gregory"}),
        make_builtin<kernels::julian>(cs::julian, kind::solar, common_era, {"julian"}),
        make_builtin<kernels::milankovic>(cs::milankovic, kind::solar, common_era, {"milankovic", "revised-julian"}),
        make_builtin<kernels::persian_33>(cs::persian, kind::solar, era_scheme("ap"), {"persian", "jalali", "solar-hijri"}),
        make_builtin<kernels::persian_2820>(cs::persian_2820, kind::solar, era_scheme("ap"), {"persian-2820", "jalali-2820"}),
        make_builtin<kernels::islamic_civil>(cs::islamic_civil, kind::lunar, era_scheme("ah", "bh"),
                                             {"islamic-civil", "islamicc", "Islamic Civil", "islamic"}),
    };
}

}  // namespace

std::span<const calendar_backend* const> builtin_backends() noexcept {
    // Initialized once, thread-safely; afterwards reading it takes no lock.
    static const table backends = make_table();
    return backends;
}

}  // namespace kalends::detail

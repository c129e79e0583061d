// The built-in calendars: which kernel each uses, its names, kind and eras.
#include "changeover_backend.hpp"
#include "japanese_eras.hpp"
#include "kernel_backend.hpp"
#include "registry.hpp"

#include <kalends/calendars/coptic.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/gregorian_based.hpp>
#include <kalends/calendars/hebrew.hpp>
#include <kalends/calendars/indian.hpp>
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/milankovic.hpp>
#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical.hpp>
#include <kalends/calendars/umalqura.hpp>
#include <kalends/calendars/umalqura_extended.hpp>

#include <array>
#include <initializer_list>

namespace kalends::detail {
namespace {

template <class Kernel, class Eras = era_scheme>
const calendar_backend* make_builtin(calendar_system system, calendar_kind kind, Eras eras,
                                     std::initializer_list<const char*> names) {
    // Never deleted: built-ins outlive every handle, including those in static objects.
    auto* backend = new kernel_backend<Kernel, Eras>(kind, eras);
    const backend_range range{Kernel::min_year, Kernel::max_year, Kernel::has_year_zero,
                              kernels::first_jdn<Kernel>(), kernels::last_jdn<Kernel>()};
    registry::adopt(*backend, system, calendar_id{static_cast<std::uint32_t>(system)},
                    std::vector<std::string>(names.begin(), names.end()), range);
    return backend;
}

using table = std::array<const calendar_backend*, builtin_calendar_count>;

template <kernels::islamic_leap_pattern Pattern, kernels::islamic_epoch Epoch>
using tabular = kernels::islamic_tabular<Pattern, Epoch>;

table make_table() {
    using cs = calendar_system;
    using kind = calendar_kind;
    using pattern = kernels::islamic_leap_pattern;
    using epoch = kernels::islamic_epoch;
    // Era codes as ICU4X and ECMAScript Temporal use them. Coptic years before
    // 1 A.M. count backwards in "bd" (before Diocletian); Ethiopic years before
    // Amete Mihret 1 are Amete Alem years.
    const era_scheme common_era("ce", "bce");
    const era_scheme hijri("ah", "bh");
    // Qt's own names ("Gregorian", "Jalali", "Islamic Civil", ...) resolve
    // too, since names match case-insensitively. The first name is the CLDR /
    // BCP 47 calendar key where there is one.
    table backends = {
        make_builtin<kernels::gregorian>(cs::gregorian, kind::solar, common_era, {"gregorian", "gregory"}),
        make_builtin<kernels::julian>(cs::julian, kind::solar, common_era, {"julian"}),
        make_builtin<kernels::milankovic>(cs::milankovic, kind::solar, common_era, {"milankovic", "revised-julian"}),
        make_builtin<kernels::persian_astronomical>(cs::persian, kind::solar, era_scheme("ap"),
                                                    {"persian", "jalali", "solar-hijri"}),
        make_builtin<kernels::persian_2820>(cs::persian_2820, kind::solar, era_scheme("ap"),
                                            {"persian-2820", "jalali-2820"}),
        make_builtin<kernels::islamic_civil>(cs::islamic_civil, kind::lunar, hijri,
                                             {"islamic-civil", "islamicc", "Islamic Civil", "islamic",
                                              "islamic-tabular-civil-friday"}),
        make_builtin<kernels::hebrew>(cs::hebrew, kind::luni_solar, era_scheme("am"), {"hebrew", "jewish"}),
        make_builtin<kernels::coptic>(cs::coptic, kind::solar, era_scheme("am", "bd"), {"coptic"}),
        make_builtin<kernels::ethiopic>(cs::ethiopic, kind::solar, era_scheme::with_offset_era("am", "aa", 5500),
                                        {"ethiopic", "ethiopian"}),
        make_builtin<kernels::ethiopic_amete_alem>(cs::ethiopic_amete_alem, kind::solar, era_scheme("aa"),
                                                   {"ethioaa", "ethiopic-amete-alem"}),
        make_builtin<kernels::indian>(cs::indian, kind::solar, era_scheme("shaka"), {"indian", "saka"}),
        make_builtin<kernels::buddhist>(cs::buddhist, kind::solar, era_scheme("be"), {"buddhist", "thai"}),
        make_builtin<kernels::roc>(cs::roc, kind::solar, era_scheme("roc", "broc"), {"roc", "minguo"}),
        make_builtin<kernels::iso, japanese_eras>(cs::japanese, kind::solar, japanese_eras(), {"japanese"}),
        make_builtin<kernels::iso>(cs::iso8601, kind::solar, era_scheme(), {"iso8601", "iso"}),
        make_builtin<tabular<pattern::type_ii, epoch::thursday>>(cs::islamic_tbla, kind::lunar, hijri,
                                                                 {"islamic-tbla", "islamic-tabular-civil-thursday"}),
        make_builtin<kernels::umalqura>(cs::islamic_umalqura, kind::lunar, hijri, {"islamic-umalqura", "umalqura"}),
        make_builtin<kernels::umalqura_extended>(cs::islamic_umalqura_extended, kind::lunar, hijri,
                                                 {"islamic-umalqura-extended", "umalqura-or-civil"}),
        make_builtin<kernels::persian_33>(cs::persian_33, kind::solar, era_scheme("ap"), {"persian-33", "jalali-33"}),
        make_builtin<tabular<pattern::type_i, epoch::thursday>>(cs::islamic_kuwaiti_thursday, kind::lunar, hijri,
                                                                {"islamic-tabular-kuwaiti-thursday", "islamic-kuwaiti"}),
        make_builtin<tabular<pattern::type_i, epoch::friday>>(cs::islamic_kuwaiti_friday, kind::lunar, hijri,
                                                              {"islamic-tabular-kuwaiti-friday"}),
        make_builtin<tabular<pattern::type_iii, epoch::thursday>>(cs::islamic_bohra_thursday, kind::lunar, hijri,
                                                                  {"islamic-tabular-bohra-thursday"}),
        make_builtin<tabular<pattern::type_iii, epoch::friday>>(cs::islamic_bohra_friday, kind::lunar, hijri,
                                                                {"islamic-tabular-bohra-friday"}),
        make_builtin<tabular<pattern::type_iv, epoch::thursday>>(cs::islamic_habash_thursday, kind::lunar, hijri,
                                                                 {"islamic-tabular-habash-thursday"}),
        make_builtin<tabular<pattern::type_iv, epoch::friday>>(cs::islamic_habash_friday, kind::lunar, hijri,
                                                               {"islamic-tabular-habash-friday"}),
        make_builtin_changeover(cs::gregorian_julian, {"gregorian-julian", "julian-gregorian"}),
    };
    return backends;
}

}  // namespace

std::span<const calendar_backend* const> builtin_backends() noexcept {
    // Initialized once, thread-safely; afterwards reading it takes no lock.
    static const table backends = make_table();
    return backends;
}

}  // namespace kalends::detail

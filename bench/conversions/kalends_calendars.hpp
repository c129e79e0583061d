// The kalends kernels under test: a type list. Adding a kernel is one line
// in `all_kernels` below.
#pragma once

#include <kalends/calendars/chinese.hpp>
#include <kalends/calendars/coptic.hpp>
#include <kalends/calendars/gregorian.hpp>
#include <kalends/calendars/hebrew.hpp>
#include <kalends/calendars/indian.hpp>
#include <kalends/calendars/islamic_civil.hpp>
#include <kalends/calendars/islamic_tabular.hpp>
#include <kalends/calendars/julian.hpp>
#include <kalends/calendars/kernel_range.hpp>
#include <kalends/calendars/milankovic.hpp>
#include <kalends/calendars/persian.hpp>
#include <kalends/calendars/persian_astronomical.hpp>
#include <kalends/calendars/umalqura.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace kalends_bench {

template <class... Ts>
struct type_list {};

// A string usable as a template argument.
template <std::size_t N>
struct fixed_string {
    char text[N]{};
    constexpr fixed_string(const char (&s)[N]) { std::copy_n(s, N, text); }
    constexpr std::string_view view() const { return {text, N - 1}; }
};

// Kernel: a struct with static constexpr to_jdn(y, m, d) and from_jdn(jdn).
// Name: the benchmark's name for it. Handle: the kalends::calendar name (the
// handle case is skipped when no such calendar is registered). Icu: the ICU
// calendar keyword ("" when ICU has no such calendar; "julian" is handled
// specially, as a GregorianCalendar with the change moved to the far future).
template <class Kernel, fixed_string Name, fixed_string Handle, fixed_string Icu>
struct kernel_entry {
    using kernel = Kernel;
    static constexpr std::string_view name = Name.view();
    static constexpr std::string_view handle = Handle.view();
    static constexpr std::string_view icu = Icu.view();
};

namespace kk = kalends::kernels;

using all_kernels = type_list<
    kernel_entry<kk::gregorian, "gregorian", "gregorian", "gregorian">,
    kernel_entry<kk::julian, "julian", "julian", "julian">,
    kernel_entry<kk::milankovic, "milankovic", "milankovic", "">,
    kernel_entry<kk::persian_33, "persian_33", "persian-33", "persian">,
    kernel_entry<kk::persian_2820, "persian_2820", "persian-2820", "">,
    kernel_entry<kk::islamic_civil, "islamic_civil", "islamic-civil", "islamic-civil">,
    kernel_entry<kk::coptic, "coptic", "coptic", "coptic">,
    kernel_entry<kk::ethiopic, "ethiopic", "ethiopic", "ethiopic">,
    // ICU counts its extended year from Amete Mihret: no ICU case.
    kernel_entry<kk::ethiopic_amete_alem, "ethiopic_amete_alem", "ethiopic-amete-alem", "">,
    kernel_entry<kk::indian, "indian", "indian", "indian">,
    kernel_entry<kk::islamic_tbla, "islamic_tbla", "islamic-tbla", "islamic-tbla">,
    kernel_entry<kk::umalqura, "umalqura", "islamic-umalqura", "islamic-umalqura">,
    kernel_entry<kk::hebrew, "hebrew", "hebrew", "hebrew">,
    // The astronomical calendar (table, 1-3000 AP): ICU's 33-year rule agrees with it on the modern range.
    kernel_entry<kk::persian_astronomical, "persian_astronomical", "persian", "persian">,
    // Tables of 1645-2644; ICU computes its months astronomically and caches them.
    kernel_entry<kk::chinese, "chinese", "chinese", "chinese">,
    kernel_entry<kk::dangi, "dangi", "dangi", "dangi">>;

}  // namespace kalends_bench

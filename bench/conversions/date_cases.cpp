// Peer: Howard Hinnant's date library (libhowardhinnant-date-dev, header-only):
// date.h (proleptic Gregorian), julian.h, islamic.h and solar_hijri.h. All four
// count years astronomically (there is a year 0) in a 16-bit year type, so the
// pm100k range is left out. Which kalends calendar islamic.h and solar_hijri.h
// are is checked at run time: each is registered against every candidate and
// the verification keeps only the one that agrees (the others get a note).
#include "harness.hpp"

#include <date/date.h>
#include <date/islamic.h>
#include <date/julian.h>
#include <date/solar_hijri.h>

namespace kalends_bench {
namespace {

constexpr std::int64_t unix_epoch_jdn = 2440588;

template <class Ymd, class Year, class Month, class Day>
struct hinnant_adapter {
    date_parts to_parts(std::int64_t jdn) const noexcept {
        const Ymd ymd{date::sys_days{date::days{static_cast<date::days::rep>(jdn - unix_epoch_jdn)}}};
        return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
                static_cast<int>(static_cast<unsigned>(ymd.day()))};
    }
    std::int64_t to_jdn(const date_parts& p) const noexcept {
        const Ymd ymd{Year{p.year}, Month{static_cast<unsigned>(p.month)}, Day{static_cast<unsigned>(p.day)}};
        return static_cast<std::int64_t>(date::sys_days{ymd}.time_since_epoch().count()) + unix_epoch_jdn;
    }
};

using gregorian_adapter = hinnant_adapter<date::year_month_day, date::year, date::month, date::day>;
using julian_adapter = hinnant_adapter<julian::year_month_day, julian::year, julian::month, julian::day>;
using islamic_adapter = hinnant_adapter<islamic::year_month_day, islamic::year, islamic::month, islamic::day>;
using solar_hijri_adapter =
    hinnant_adapter<solar_hijri::year_month_day, solar_hijri::year, solar_hijri::month, solar_hijri::day>;

template <class A>
void add(std::vector<case_spec>& out, std::string_view calendar, std::string note) {
    if (find_calendar(calendar) == nullptr) return;
    case_spec c = make_case(std::string(calendar), "date", years::astronomical, std::make_shared<A>());
    c.allowed_ranges = {"modern", "pm30k"};
    c.note = std::move(note);
    out.push_back(std::move(c));
}

std::vector<case_spec> make_date_cases() {
    std::vector<case_spec> out;
    add<gregorian_adapter>(out, "gregorian", "date.h year_month_day");
    add<julian_adapter>(out, "julian", "julian.h");
    // islamic.h: a 30-year tabular calendar; civil (Friday) or Thursday epoch?
    add<islamic_adapter>(out, "islamic_civil", "islamic.h");
    add<islamic_adapter>(out, "islamic_tbla", "islamic.h");
    // solar_hijri.h: Birashk's 2820-year cycle or the 33-year rule?
    add_note("note:date/solar_hijri.h",
             "a 2820-year cycle built from 128-year periods (29 + 3 x 33 years); its leap years differ from "
             "both kalends rules (1404 AP is leap in solar_hijri.h, 1403 AP in kalends persian_33 and "
             "persian_2820, in Qt's Jalali and in Iran), so it is checked but not compared");
    add<solar_hijri_adapter>(out, "persian_2820", "solar_hijri.h");
    add<solar_hijri_adapter>(out, "persian_33", "solar_hijri.h");
    return out;
}

const bool registered = register_module({"date", 20, &make_date_cases});

}  // namespace
}  // namespace kalends_bench

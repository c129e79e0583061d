#!/usr/bin/env python3
"""Generate include/kalends/calendars/chinese_table.hpp: the astronomical
Chinese and Korean (Dangi) lunisolar calendars, lunar years 1645 .. 2644.

Usage:
    python3 scripts/generate_chinese_table.py [output.hpp] [--list]

The rules are those of GB/T 33661-2017 ("Calculation and promulgation of the
Chinese calendar"), which the Korean calendar shares with another meridian:

  * a month begins on the local civil day that contains the new moon (the
    moment the Moon's apparent geocentric longitude equals the Sun's);
  * the major solar terms (zhongqi) are the moments the Sun's apparent
    longitude is a multiple of 30 degrees; the month containing the winter
    solstice (270 degrees) is month 11;
  * a sui runs from one month 11 to the month before the next; if it has 13
    months, the first of them that contains no major solar term is the leap
    month and takes the number of the month before it;
  * the year (numbered by its "related Gregorian year") begins on month 1
    day 1, the Spring Festival.

Local time: chinese is UTC+8 from 1929-01-01 00:00 UTC+8 and Beijing mean
time (116 deg 25' E, UTC+7:45:40) before; dangi is UTC+9 from 1912-01-01
00:00 UTC+9 and UTC+8 before (the rule asked for, not Korea's full history of
UTC+8:30 and UTC+9 periods).

Astronomy, all implemented here or in generate_persian_astronomical.py:

  * new moons: J. Meeus, "Astronomical Algorithms", 2nd ed. (1998), ch. 49,
    the true phase with all 25 periodic terms and the 14 planetary terms
    (accuracy a few seconds against ELP-2000/82, Meeus: mean 3.7 s, at most
    17 s for 1980-2020);
  * the Sun's apparent longitude: the Bretagnon-Simon 49-term series with
    aberration and nutation of generate_persian_astronomical.py (about
    0.0006 degrees, i.e. under a minute of time for a solar term);
  * Delta T = TT - UT: the Espenak-Meeus polynomials of the same module;
  * solar terms: Newton's iteration on the solar longitude, to 1e-7 day.

The table (see chinese_table.hpp) is one 32-bit word per lunar year and
calendar. --list prints the margin cases: every new moon within 10 minutes of
local midnight, and every major solar term within 10 minutes of a local
midnight that begins a month, for both calendars, with what the generator
chose and what the other choice would change. The run takes a few seconds
and reads nothing but this directory.
"""
import bisect
import importlib.util
import math
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("persian_astronomical",
                                               os.path.join(HERE, "generate_persian_astronomical.py"))
astro = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(astro)

FIRST_YEAR, LAST_YEAR = 1645, 2644
MARGIN_MINUTES = 10

# Calendars: (name, [(first UT moment of the offset as JD, offset in hours)], newest last).
CALENDARS = {
    "chinese": [(-math.inf, 7 + 45 / 60 + 40 / 3600),
                (astro.jdn_from_gregorian(1929, 1, 1) - 0.5 - 8 / 24, 8.0)],
    "dangi": [(-math.inf, 8.0),
              (astro.jdn_from_gregorian(1912, 1, 1) - 0.5 - 9 / 24, 9.0)],
}


def sin_deg(x):
    return math.sin(math.radians(x))


# ---------------------------------------------------------------- new moons

# Meeus table 49.A, new moon: (coefficient, power of E, multiples of M, M', F, Omega).
NEW_MOON_TERMS = [
    (-0.40720, 0, 0, 1, 0, 0), (0.17241, 1, 1, 0, 0, 0), (0.01608, 0, 0, 2, 0, 0),
    (0.01039, 0, 0, 0, 2, 0), (0.00739, 1, -1, 1, 0, 0), (-0.00514, 1, 1, 1, 0, 0),
    (0.00208, 2, 2, 0, 0, 0), (-0.00111, 0, 0, 1, -2, 0), (-0.00057, 0, 0, 1, 2, 0),
    (0.00056, 1, 1, 2, 0, 0), (-0.00042, 0, 0, 3, 0, 0), (0.00042, 1, 1, 0, 2, 0),
    (0.00038, 1, 1, 0, -2, 0), (-0.00024, 1, -1, 2, 0, 0), (-0.00017, 0, 0, 0, 0, 1),
    (-0.00007, 0, 2, 1, 0, 0), (0.00004, 0, 0, 2, -2, 0), (0.00004, 0, 3, 0, 0, 0),
    (0.00003, 0, 1, 1, -2, 0), (0.00003, 0, 0, 2, 2, 0), (-0.00003, 0, 1, 1, 2, 0),
    (0.00003, 0, -1, 1, 2, 0), (-0.00002, 0, -1, 1, -2, 0), (-0.00002, 0, 1, 3, 0, 0),
    (0.00002, 0, 0, 4, 0, 0),
]
assert len(NEW_MOON_TERMS) == 25

# Meeus ch. 49, the planetary arguments A1 .. A14: (coefficient, phase, rate per lunation).
PLANETARY_TERMS = [
    (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
    (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
    (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
    (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
    (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
]
assert len(PLANETARY_TERMS) == 14


def new_moon_tt(k):
    """Julian Ephemeris Day (TT) of new moon number k (k = 0: 2000-01-06)."""
    t = k / 1236.85
    jde = (2451550.09766 + 29.530588861 * k + 0.00015437 * t**2 - 0.000000150 * t**3
           + 0.00000000073 * t**4)
    e = 1 - 0.002516 * t - 0.0000074 * t**2
    m = 2.5534 + 29.10535670 * k - 0.0000014 * t**2 - 0.00000011 * t**3
    mp = 201.5643 + 385.81693528 * k + 0.0107582 * t**2 + 0.00001238 * t**3 - 0.000000058 * t**4
    f = 160.7108 + 390.67050284 * k - 0.0016118 * t**2 - 0.00000227 * t**3 + 0.000000011 * t**4
    om = 124.7746 - 1.56375588 * k + 0.0020672 * t**2 + 0.00000215 * t**3
    jde += sum(c * e**pe * sin_deg(a * m + b * mp + g * f + h * om) for c, pe, a, b, g, h in NEW_MOON_TERMS)
    planetary = [(c, ph + rate * k) for c, ph, rate in PLANETARY_TERMS]
    planetary[0] = (planetary[0][0], planetary[0][1] - 0.009173 * t**2)
    jde += sum(c * sin_deg(arg) for c, arg in planetary)
    return jde


def tt_to_ut(jde):
    ut = jde - astro.delta_t_seconds(jde) / 86400
    return jde - astro.delta_t_seconds(ut) / 86400


def new_moon_ut(k):
    return tt_to_ut(new_moon_tt(k))


# Meeus example 49.a: the new moon of 1977 February, k = -283, JDE 2443192.65118.
assert abs(new_moon_tt(-283) - 2443192.65118) < 0.00002, new_moon_tt(-283)


# ---------------------------------------------------------------- solar terms

def solar_term_ut(longitude, jd_guess):
    """UT moment near jd_guess (within ~10 days) when the Sun's apparent longitude is `longitude`."""
    t = jd_guess
    for _ in range(20):
        diff = (longitude - astro.solar_longitude(t) + 180) % 360 - 180
        t += diff * 365.2422 / 360
        if abs(diff) < 1e-9:
            break
    return t


def solar_term_after(longitude, jd):
    """The first moment after jd (UT) when the solar longitude is `longitude`."""
    ahead = (longitude - astro.solar_longitude(jd)) % 360
    t = solar_term_ut(longitude, jd + ahead * 365.2422 / 360)
    if t <= jd:  # just past it: the next one
        t = solar_term_ut(longitude, t + 365.2422)
    return t


# ---------------------------------------------------------------- local time

def offset_hours(cal, jd_ut):
    hours = None
    for start, h in CALENDARS[cal]:
        if jd_ut >= start:
            hours = h
    return hours


def local_jd(cal, jd_ut):
    """The local civil time of a UT moment, as a Julian Date (day boundary at .5)."""
    return jd_ut + offset_hours(cal, jd_ut) / 24


def local_day(cal, jd_ut):
    return math.floor(local_jd(cal, jd_ut) + 0.5)


def minutes_from_midnight(cal, jd_ut):
    """Signed minutes from the nearest local midnight, and the JDN of the day that midnight begins."""
    x = local_jd(cal, jd_ut) + 0.5
    day = math.floor(x + 0.5)
    return (x - day) * 1440, day


def fmt_local(cal, jd_ut):
    x = local_jd(cal, jd_ut) + 0.5
    day = math.floor(x)
    secs = round((x - day) * 86400)
    if secs == 86400:
        day, secs = day + 1, 0
    y, m, d = astro.gregorian_from_jd(day)
    return f"{y:04d}-{m:02d}-{d:02d} {secs // 3600:02d}:{secs // 60 % 60:02d}:{secs % 60:02d}"


def fmt_day(jdn):
    y, m, d = astro.gregorian_from_jd(jdn)
    return f"{y:04d}-{m:02d}-{d:02d}"


# ---------------------------------------------------------------- the astronomy, once

class Sky:
    """The UT moments of the new moons and major solar terms covering the range."""

    def __init__(self):
        start = astro.jdn_from_gregorian(FIRST_YEAR - 1, 10, 1)
        end = astro.jdn_from_gregorian(LAST_YEAR + 2, 3, 1)
        k = math.floor((start - 2451550.09766) / 29.530588861) - 1
        self.new_moons = []
        while True:
            t = new_moon_ut(k)
            if t > end:
                break
            if t >= start:
                self.new_moons.append(t)
            k += 1
        # Major solar terms (longitude 30 j), in order, from before the first winter solstice.
        self.terms = []  # (UT moment, longitude)
        t = solar_term_after(240, start)
        lon = 240
        while t < end:
            self.terms.append((t, lon))
            lon = (lon + 30) % 360
            t = solar_term_after(lon, t + 25)
        for (a, _), (b, _) in zip(self.terms, self.terms[1:]):
            assert 29 < b - a < 32.5, (a, b)


# ---------------------------------------------------------------- the calendar rules

def build_calendar(month_starts, term_days, solstice_days):
    """Lunar years from the local days of the new moons (sorted), of the major
    terms and of the winter solstices (all sorted JDNs).

    Returns {year: (spring festival JDN, [(number, is_leap, length)])} for
    FIRST_YEAR .. LAST_YEAR, and the JDN of the Spring Festival after LAST_YEAR.
    """
    def month_of(day):  # index of the month containing the day
        return bisect.bisect_right(month_starts, day) - 1

    def has_term(i):
        j = bisect.bisect_left(term_days, month_starts[i])
        return j < len(term_days) and term_days[j] < month_starts[i + 1]

    elevens = [month_of(d) for d in solstice_days]
    numbered = []  # (month index, number, leap)
    for a, b in zip(elevens, elevens[1:]):
        count = b - a
        assert count in (12, 13), (fmt_day(month_starts[a]), count)
        leap = None
        if count == 13:
            leap = next(i for i in range(a, b) if not has_term(i))
        number = 10
        for i in range(a, b):
            if i == leap:
                numbered.append((i, number, True))
            else:
                number = number % 12 + 1
                numbered.append((i, number, False))
    years = {}
    firsts = [n for n, (i, number, leap) in enumerate(numbered) if number == 1 and not leap]
    for f, g in zip(firsts, firsts[1:]):
        start = month_starts[numbered[f][0]]
        year = astro.gregorian_from_jd(start)[0]
        months = [(number, leap, month_starts[i + 1] - month_starts[i]) for i, number, leap in numbered[f:g]]
        years[year] = (start, months)
    end = month_starts[numbered[firsts[-1]][0]]
    assert FIRST_YEAR in years and astro.gregorian_from_jd(end)[0] == LAST_YEAR + 1, (sorted(years)[:2], end)
    return {y: years[y] for y in range(FIRST_YEAR, LAST_YEAR + 1)}, end


class Calendar:
    def __init__(self, cal, sky):
        self.cal = cal
        self.sky = sky
        self.month_starts = [local_day(cal, t) for t in sky.new_moons]
        self.term_days = [local_day(cal, t) for t, _ in sky.terms]
        self.solstice_days = [local_day(cal, t) for t, lon in sky.terms if lon == 270]
        self.years, self.end = self.build()

    def build(self, month_starts=None, term_days=None):
        month_starts = self.month_starts if month_starts is None else month_starts
        term_days = self.term_days if term_days is None else term_days
        solstices = [d for d, (_, lon) in zip(term_days, self.sky.terms) if lon == 270]
        solstices = [d for d in solstices
                     if astro.jdn_from_gregorian(FIRST_YEAR - 1, 1, 1) <= d < astro.jdn_from_gregorian(LAST_YEAR + 2, 1, 1)]
        return build_calendar(month_starts, term_days, solstices)


def year_word(start, months):
    """bits 0..12: month lengths (1 = 30 days) by ordinal; 13..16: leap ordinal or 0;
    17..22: the Spring Festival's day of the Gregorian year, 0 = January 1."""
    word = 0
    leap = 0
    for n, (_, is_leap, length) in enumerate(months):
        assert length in (29, 30)
        if length == 30:
            word |= 1 << n
        if is_leap:
            assert leap == 0
            leap = n + 1
    assert len(months) == (13 if leap else 12)
    y = astro.gregorian_from_jd(start)[0]
    day_of_year = start - astro.jdn_from_gregorian(y, 1, 1)
    assert 19 <= day_of_year < 64, day_of_year
    return word | leap << 13 | day_of_year << 17


def words_of(calendar):
    return [year_word(*calendar.years[y]) for y in range(FIRST_YEAR, LAST_YEAR + 1)]


def describe_year_change(before, after):
    """What a change of the calendar does, by years (before, after: {year: (start, months)})."""
    def code(months, n):
        number, leap, _ = months[n]
        return f"M{number:02d}{'L' if leap else ''}"
    notes = []
    for y in sorted(before):
        if before[y] == after[y]:
            continue
        sb, mb = before[y]
        sa, ma = after[y]
        lb = [code(mb, n) for n in range(len(mb)) if mb[n][1]]
        la = [code(ma, n) for n in range(len(ma)) if ma[n][1]]
        if lb != la:
            notes.append(f"{y}: leap month {lb[0] if lb else 'none'} -> {la[0] if la else 'none'}")
        elif sb != sa:
            notes.append(f"{y}: Spring Festival {fmt_day(sb)} -> {fmt_day(sa)}")
        else:
            notes.append(f"{y}: month lengths")
    return "; ".join(notes) if notes else "no change"


def margin_list(calendar, out):
    """Print every margin case of one calendar: the chosen day, and the other choice's effect."""
    cal = calendar.cal
    starts = set(calendar.month_starts)
    count = 0
    for i, t in enumerate(calendar.sky.new_moons):
        minutes, midnight = minutes_from_midnight(cal, t)
        if abs(minutes) >= MARGIN_MINUTES:
            continue
        day = calendar.month_starts[i]
        other = midnight - 1 if day == midnight else midnight
        lo, hi = astro.jdn_from_gregorian(FIRST_YEAR - 1, 12, 1), calendar.end
        if not lo <= day < hi:
            continue
        count += 1
        alt = list(calendar.month_starts)
        alt[i] = other
        years, _ = calendar.build(month_starts=alt)
        effect = describe_year_change(calendar.years, years)
        print(f"{cal}\tnew moon\t{fmt_local(cal, t)}\t{minutes:+.1f} min\tmonth starts {fmt_day(day)}"
              f"\t(else {fmt_day(other)}: {effect})", file=out)
    for j, (t, lon) in enumerate(calendar.sky.terms):
        minutes, midnight = minutes_from_midnight(cal, t)
        if abs(minutes) >= MARGIN_MINUTES or midnight not in starts:
            continue
        if not astro.jdn_from_gregorian(FIRST_YEAR - 1, 12, 1) <= midnight < calendar.end:
            continue
        count += 1
        day = calendar.term_days[j]
        other = midnight - 1 if day == midnight else midnight
        alt = list(calendar.term_days)
        alt[j] = other
        years, _ = calendar.build(term_days=alt)
        effect = describe_year_change(calendar.years, years)
        side = "in the month starting then" if day == midnight else "in the month before"
        print(f"{cal}\tzhongqi {lon:3d}\t{fmt_local(cal, t)}\t{minutes:+.1f} min\tmonth starts {fmt_day(midnight)}"
              f"\t{side} (else: {effect})", file=out)
    return count


def render(chinese_words, chinese_end, dangi_words, dangi_end):
    lines = [
        "// Generated by scripts/generate_chinese_table.py; do not edit.",
        f"// Astronomical Chinese and Korean (Dangi) lunisolar years {FIRST_YEAR} .. {LAST_YEAR} (GB/T 33661-2017 rules:",
        "// a month begins on the local day of the new moon; the month of the winter solstice is",
        "// month 11; in a sui of 13 months the first month without a major solar term is the",
        "// leap month). Meeus ch. 49 new moons, Bretagnon-Simon solar longitude, Espenak-Meeus",
        "// Delta T; chinese at UTC+8 (UTC+7:45:40 before 1929), dangi at UTC+9 (UTC+8 before 1912).",
        "#pragma once",
        "",
        "#include <array>",
        "#include <cstddef>",
        "#include <cstdint>",
        "",
        "namespace kalends::kernels::chinese_data {",
        "",
        f"inline constexpr int first_year = {FIRST_YEAR};",
        f"inline constexpr int last_year = {LAST_YEAR};",
        f"inline constexpr std::size_t year_count = {LAST_YEAR - FIRST_YEAR + 1};",
        "",
        "// One word per lunar year first_year + i (the related Gregorian year):",
        "//   bits  0..12  month lengths by ordinal month, bit m - 1 set if month m has 30 days (else 29);",
        "//   bits 13..16  the ordinal (2..13) of the leap month, 0 in a year of 12 months;",
        "//   bits 17..22  the day of month 1 day 1 (Spring Festival) in its Gregorian year, 0 = January 1.",
    ]
    for name, words, end in (("chinese", chinese_words, chinese_end), ("dangi", dangi_words, dangi_end)):
        lines.append(f"inline constexpr std::array<std::uint32_t, year_count> {name}_years{{{{")
        for i in range(0, len(words), 8):
            lines.append("    " + " ".join(f"0x{w:06x}," for w in words[i:i + 8]))
        lines.append("}};")
        y, m, d = astro.gregorian_from_jd(end)
        lines.append(f"// JDN of month 1 day 1 of year last_year + 1 ({y:04d}-{m:02d}-{d:02d}): the end of the table.")
        lines.append(f"inline constexpr std::int64_t {name}_end_jdn = {end};")
        lines.append("")
    lines += ["}  // namespace kalends::kernels::chinese_data", ""]
    return "\n".join(lines)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else os.path.join(os.path.dirname(HERE), "include", "kalends", "calendars",
                                            "chinese_table.hpp")
    sky = Sky()
    calendars = {cal: Calendar(cal, sky) for cal in CALENDARS}
    words = {cal: words_of(c) for cal, c in calendars.items()}
    for cal, c in calendars.items():
        # The words say what the months say: each year ends where the next begins.
        starts = [c.years[y][0] for y in range(FIRST_YEAR, LAST_YEAR + 1)] + [c.end]
        for i, w in enumerate(words[cal]):
            months = 13 if (w >> 13) & 15 else 12
            assert starts[i] + 29 * months + bin(w & 0x1fff).count("1") == starts[i + 1]
    if "--list" in sys.argv:
        for cal, c in calendars.items():
            n = margin_list(c, sys.stdout)
            print(f"{cal}: {n} margin cases", file=sys.stdout)
    with open(out, "w") as f:
        f.write(render(words["chinese"], calendars["chinese"].end, words["dangi"], calendars["dangi"].end))
    leaps = {cal: sum(1 for w in ws if (w >> 13) & 15) for cal, ws in words.items()}
    differ = sum(1 for a, b in zip(words["chinese"], words["dangi"]) if a != b)
    print(f"wrote {out}; leap years {leaps}; years where chinese and dangi differ: {differ}", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate include/kalends/calendars/persian_astronomical_table.hpp.

Usage:
    python3 scripts/generate_persian_astronomical.py [output.hpp] [--list]

The astronomical Persian (Solar Hijri) year begins on the day whose apparent
noon at the Iranian standard meridian, 52.5 degrees east (UT+3:30), is the
first apparent noon after the March equinox. This script computes, for every
year 1 .. 3001 AP, that day with its own implementation of:

  * the Sun's apparent geocentric longitude: the 49-term periodic series of
    P. Bretagnon and J.-L. Simon, "Planetary Programs and Tables from -4000 to
    +2800" (Willmann-Bell, 1986), with aberration and the two largest nutation
    terms, as Reingold and Dershowitz use it in "Calendrical Calculations"
    (solar-longitude); accurate to about 0.0006 degrees (~ 1 minute of time);
  * the equation of time, from the Sun's mean longitude, mean anomaly, the
    eccentricity of the Earth's orbit and the obliquity of the ecliptic
    (J. Meeus, "Astronomical Algorithms", 2nd ed., ch. 28; same formula in
    Calendrical Calculations);
  * Delta T = TT - UT, from the polynomial expressions of F. Espenak and
    J. Meeus (NASA, "Polynomial expressions for Delta T", 2006), with
    -20 + 32 u^2 (u = (year - 1820) / 100) outside -500 .. 2150.

The new year of year y is the first day d, searched around March 20 of
Gregorian year y + 621, such that the solar longitude at d's apparent noon
(meridian 52.5 E) lies in [0, 2) degrees while at the previous day's noon it
did not ("the first noon after the equinox", the rule of Calendrical
Calculations' persian-new-year-on-or-before with the 52.5 E meridian).

The table stores the new years as deviations from the 33-year rule of
kalends::kernels::persian_33 (new_year_33(a) = 1947955 + floor((12053 a + 21)
/ 33)), two bits per year (deviation + 2, so -2 .. +1), plus the margin report
with --list: each year whose equinox falls within 10 minutes of the deciding
noon (where a different ephemeris or Delta T could move the new year).
"""
import math
import os
import sys

FIRST_YEAR, LAST_YEAR = 1, 3000
MERIDIAN = 52.5  # degrees east

# Bretagnon & Simon: amplitude (1e-7 rad units scaled below), phase (deg), rate (deg / Julian century).
TERMS = [
    (403406, 270.54861, 0.9287892), (195207, 340.19128, 35999.1376958), (119433, 63.91854, 35999.4089666),
    (112392, 331.26220, 35998.7287385), (3891, 317.843, 71998.20261), (2819, 86.631, 71998.4403),
    (1721, 240.052, 36000.35726), (660, 310.26, 71997.4812), (350, 247.23, 32964.4678),
    (334, 260.87, -19.4410), (314, 297.82, 445267.1117), (268, 343.14, 45036.8840),
    (242, 166.79, 3.1008), (234, 81.53, 22518.4434), (158, 3.50, -19.9739),
    (132, 132.75, 65928.9345), (129, 182.95, 9038.0293), (114, 162.03, 3034.7684),
    (99, 29.8, 33718.148), (93, 266.4, 3034.448), (86, 249.2, -2280.773),
    (78, 157.6, 29929.992), (72, 257.8, 31556.493), (68, 185.1, 149.588),
    (64, 69.9, 9037.750), (46, 8.0, 107997.405), (38, 197.1, -4444.176),
    (37, 250.4, 151.771), (32, 65.3, 67555.316), (29, 162.7, 31556.080),
    (28, 341.5, -4561.540), (27, 291.6, 107996.706), (27, 98.5, 1221.655),
    (25, 146.7, 62894.167), (24, 110.0, 31437.369), (21, 5.2, 14578.298),
    (21, 342.6, -31931.757), (20, 230.9, 34777.243), (18, 256.1, 1221.999),
    (17, 45.3, 62894.511), (14, 242.9, -4442.039), (13, 115.2, 107997.909),
    (13, 151.8, 119.066), (13, 285.3, 16859.071), (12, 53.3, -4.578),
    (10, 126.6, 26895.292), (10, 205.7, -39.127), (10, 85.9, 12297.536),
    (10, 146.1, 90073.778),
]
assert len(TERMS) == 49


def sin_deg(x):
    return math.sin(math.radians(x))


def cos_deg(x):
    return math.cos(math.radians(x))


def gregorian_from_jd(jd):
    """(year, month, day) of the proleptic Gregorian day containing Julian Date jd."""
    z = math.floor(jd + 0.5)
    a = z + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    return 100 * b + d - 4800 + m // 10, m + 3 - 12 * (m // 10), e - (153 * m + 2) // 5 + 1


def jdn_from_gregorian(y, m, d):
    a = (14 - m) // 12
    yy, mm = y + 4800 - a, m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def delta_t_seconds(jd):
    """Espenak & Meeus (2006) polynomial expressions for Delta T."""
    gy, gm, _ = gregorian_from_jd(jd)
    y = gy + (gm - 0.5) / 12
    if y < -500 or y >= 2150:
        u = (y - 1820) / 100
        return -20 + 32 * u * u
    if y < 500:
        u = y / 100
        return (10583.6 - 1014.41 * u + 33.78311 * u**2 - 5.952053 * u**3 - 0.1798452 * u**4
                + 0.022174192 * u**5 + 0.0090316521 * u**6)
    if y < 1600:
        u = (y - 1000) / 100
        return (1574.2 - 556.01 * u + 71.23472 * u**2 + 0.319781 * u**3 - 0.8503463 * u**4
                - 0.005050998 * u**5 + 0.0083572073 * u**6)
    if y < 1700:
        t = y - 1600
        return 120 - 0.9808 * t - 0.01532 * t**2 + t**3 / 7129
    if y < 1800:
        t = y - 1700
        return 8.83 + 0.1603 * t - 0.0059285 * t**2 + 0.00013336 * t**3 - t**4 / 1174000
    if y < 1860:
        t = y - 1800
        return (13.72 - 0.332447 * t + 0.0068612 * t**2 + 0.0041116 * t**3 - 0.00037436 * t**4
                + 0.0000121272 * t**5 - 0.0000001699 * t**6 + 0.000000000875 * t**7)
    if y < 1900:
        t = y - 1860
        return 7.62 + 0.5737 * t - 0.251754 * t**2 + 0.01680668 * t**3 - 0.0004473624 * t**4 + t**5 / 233174
    if y < 1920:
        t = y - 1900
        return -2.79 + 1.494119 * t - 0.0598939 * t**2 + 0.0061966 * t**3 - 0.000197 * t**4
    if y < 1941:
        t = y - 1920
        return 21.20 + 0.84493 * t - 0.076100 * t**2 + 0.0020936 * t**3
    if y < 1961:
        t = y - 1950
        return 29.07 + 0.407 * t - t**2 / 233 + t**3 / 2547
    if y < 1986:
        t = y - 1975
        return 45.45 + 1.067 * t - t**2 / 260 - t**3 / 718
    if y < 2005:
        t = y - 2000
        return (63.86 + 0.3345 * t - 0.060374 * t**2 + 0.0017275 * t**3 + 0.000651814 * t**4
                + 0.00002373599 * t**5)
    if y < 2050:
        t = y - 2000
        return 62.92 + 0.32217 * t + 0.005589 * t**2
    u = (y - 1820) / 100
    return -20 + 32 * u * u - 0.5628 * (2150 - y)


def centuries_tt(jd_ut):
    """Julian centuries of Terrestrial Time since J2000.0 at the UT moment jd_ut."""
    return (jd_ut + delta_t_seconds(jd_ut) / 86400 - 2451545.0) / 36525


def solar_longitude(jd_ut):
    """Apparent geocentric longitude of the Sun, degrees in [0, 360)."""
    c = centuries_tt(jd_ut)
    series = sum(x * sin_deg(y + z * c) for x, y, z in TERMS)
    mean = 282.7771834 + 36000.76953744 * c + 0.000005729577951308232 * series
    aberration = 0.0000974 * cos_deg(177.63 + 35999.01848 * c) - 0.005575
    a = 124.90 - 1934.134 * c + 0.002063 * c * c
    b = 201.11 + 72001.5377 * c + 0.00057 * c * c
    nutation = -0.004778 * sin_deg(a) - 0.0003667 * sin_deg(b)
    return (mean + aberration + nutation) % 360


def equation_of_time(jd_ut):
    """Apparent minus mean solar time, in days."""
    c = centuries_tt(jd_ut)
    mean_longitude = 280.46645 + 36000.76983 * c + 0.0003032 * c * c
    anomaly = 357.52910 + 35999.05030 * c - 0.0001559 * c * c - 0.00000048 * c**3
    e = 0.016708617 - 0.000042037 * c - 0.0000001236 * c * c
    obliquity = 23 + 26 / 60 + 21.448 / 3600 + (-46.8150 * c - 0.00059 * c * c + 0.001813 * c**3) / 3600
    y = math.tan(math.radians(obliquity / 2)) ** 2
    equation = (y * sin_deg(2 * mean_longitude) - 2 * e * sin_deg(anomaly)
                + 4 * e * y * sin_deg(anomaly) * cos_deg(2 * mean_longitude)
                - 0.5 * y * y * sin_deg(4 * mean_longitude) - 1.25 * e * e * sin_deg(2 * anomaly)) / (2 * math.pi)
    return max(-0.5, min(0.5, equation))


def apparent_noon(jdn):
    """UT Julian Date of apparent noon at meridian 52.5 E on the civil day jdn."""
    mean_noon = jdn - MERIDIAN / 360  # local mean noon 12:00 LMT, as UT JD
    t = mean_noon
    for _ in range(3):
        t = mean_noon - equation_of_time(t)
    return t


def after_equinox(jdn):
    return solar_longitude(apparent_noon(jdn)) < 2


def equinox(jd_guess):
    """UT moment of solar longitude 0 near jd_guess, by bisection."""
    lo, hi = jd_guess - 5, jd_guess + 5
    for _ in range(60):
        mid = (lo + hi) / 2
        lon = solar_longitude(mid)
        if lon < 180:
            hi = mid
        else:
            lo = mid
    return (lo + hi) / 2


def new_year(y):
    g = y + 621  # Gregorian (astronomical) year of 1 Farvardin
    d = jdn_from_gregorian(g, 3, 14)
    while not after_equinox(d):
        d += 1
    assert not after_equinox(d - 1)
    return d


def new_year_33(a):
    return 1947955 + (12053 * a + 21) // 33


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else os.path.join(os.path.dirname(here), "include", "kalends", "calendars",
                                            "persian_astronomical_table.hpp")
    starts = {y: new_year(y) for y in range(FIRST_YEAR, LAST_YEAR + 2)}
    devs = [starts[y] - new_year_33(y) for y in range(FIRST_YEAR, LAST_YEAR + 2)]
    assert min(devs) >= -2 and max(devs) <= 1, (min(devs), max(devs))
    for y in range(FIRST_YEAR, LAST_YEAR + 1):
        assert starts[y + 1] - starts[y] in (365, 366), y
    if "--list" in sys.argv:
        for y in range(FIRST_YEAR, LAST_YEAR + 2):
            eq = equinox(starts[y] - 0.5)
            margin = min(abs(eq - apparent_noon(starts[y])), abs(eq - apparent_noon(starts[y] - 1))) * 1440
            if margin < 10 or devs[y - FIRST_YEAR] != 0:
                print(f"{y} AP new year JDN {starts[y]} ({gregorian_from_jd(starts[y])}), 33-year rule "
                      f"{new_year_33(y)}, equinox {margin:.1f} min from the deciding noon")
    words = []
    for i in range(0, len(devs), 32):
        w = 0
        for k, dv in enumerate(devs[i:i + 32]):
            w |= (dv + 2) << (2 * k)
        words.append(w)
    lines = [
        "// Generated by scripts/generate_persian_astronomical.py; do not edit.",
        "// Astronomical Persian new years 1 .. 3001 AP (first apparent noon at 52.5 E after the",
        "// March equinox; Bretagnon-Simon solar longitude, Meeus equation of time, Espenak-Meeus",
        "// Delta T), stored as deviations from the 33-year rule (persian_33::new_year).",
        "#pragma once",
        "",
        "#include <array>",
        "#include <cstdint>",
        "",
        "namespace kalends::kernels::persian_astronomical_data {",
        "",
        f"inline constexpr int first_year = {FIRST_YEAR};",
        f"inline constexpr int last_year = {LAST_YEAR};",
        "",
        "// Two bits per year from first_year to last_year + 1 (32 years per word, lowest bits",
        "// first): the astronomical new year minus the 33-year rule's, plus 2.",
        f"inline constexpr std::array<std::uint64_t, {len(words)}> deviation_bits{{{{",
    ]
    for i in range(0, len(words), 3):
        lines.append("    " + " ".join(f"0x{w:016x}," for w in words[i:i + 3]))
    lines += ["}};", "", "}  // namespace kalends::kernels::persian_astronomical_data", ""]
    with open(out, "w") as f:
        f.write("\n".join(lines))
    counts = {d: devs.count(d) for d in sorted(set(devs))}
    print(f"wrote {out}; deviations from the 33-year rule: {counts}", file=sys.stderr)


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""kalends' % date fields against glibc's strftime, day by day.

Every day of 1900-2100, of years 1-3 and 9997-9999, of the years around 1 BCE,
and of the last years of the Gregorian calendar's int32 range (and the first
that glibc's int tm_year can hold), written by strftime_driver (kalends) and
by glibc's strftime through Python's time.strftime, which hands it the
struct tm. Python's datetime supplies the day numbers, weekdays, days of the
year and ISO weeks (date.isocalendar()), in the year itself or, outside
datetime's years 1-9999, in a year 400k years away (the Gregorian calendar
repeats every 146097 days, a whole number of weeks).

kalends counts years as the calendar does (no year 0: -1 is 1 BCE), glibc
astronomically (0 is 1 BCE): the number fields get the kalends year number
(%C and %y print that number), the week fields the astronomical year (glibc
reckons leap years from it), and a week-based year of 0 or less is moved back
by one. kalends pads %C to 2 digits and %G to 4 (as its %Y), glibc neither:
glibc's output is padded so before comparing. A week-based year past the
calendar's last year is written '?' by kalends (a field it cannot name).

Usage: strftime_vs_glibc.py STRFTIME_DRIVER. Fails on any difference.
"""
import datetime
import re
import subprocess
import sys
import time

NUMBER_FIELDS = ["%e", "%y", "%C", "%D", "%h", "%n%t", "%w", "%u", "%j", "%d", "%m", "%a", "%A", "%b", "%B"]
WEEK_FIELDS = ["%G", "%g", "%V", "%U", "%W"]
ISO_PATTERN = "%G-%V-%u"  # against date.isocalendar() directly
INT_MIN, INT_MAX = -2**31, 2**31 - 1
JDN_OF_ORDINAL_0 = 1721425  # date.fromordinal(1) is 0001-01-01, JDN 1721426


def days_of_year(year):
    """(jdn, month, day, tm_wday Monday=0, tm_yday, iso (year, week, day)) for each day of astronomical `year`."""
    if 1 <= year <= 9999:
        shifted, cycles = year, 0
    else:
        shifted = 2000 + year % 400
        cycles = (year - shifted) // 400
    for ordinal in range(datetime.date(shifted, 1, 1).toordinal(), datetime.date(shifted, 12, 31).toordinal() + 1):
        d = datetime.date.fromordinal(ordinal)
        iso = d.isocalendar()
        yield (d.toordinal() + JDN_OF_ORDINAL_0 + cycles * 146097, d.month, d.day, d.weekday(),
               d.timetuple().tm_yday, (iso[0] + 400 * cycles, iso[1], iso[2]))


def pad(text, digits):
    """glibc's number with at least `digits` digits after its sign."""
    m = re.fullmatch(r"(-?)(\d+)", text)
    return m.group(1) + m.group(2).rjust(digits, "0") if m else text


def escape(text):
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def expected_line(year, month, day, wday, yday, iso):
    astro = year if year > 0 else year + 1
    numbers = time.strftime("|".join(NUMBER_FIELDS), (year, month, day, 0, 0, 0, wday, yday, -1)).split("|")
    numbers[NUMBER_FIELDS.index("%C")] = pad(numbers[NUMBER_FIELDS.index("%C")], 2)
    weeks = time.strftime("|".join(WEEK_FIELDS), (astro, month, day, 0, 0, 0, wday, yday, -1)).split("|")
    week_year = int(weeks[0])
    if week_year <= 0:  # to kalends' numbering
        week_year -= 1
        weeks[1] = "%02d" % (week_year % 100)
    weeks[0] = pad(str(week_year), 4)
    iso_year = iso[0] if iso[0] > 0 else iso[0] - 1
    if iso_year > INT_MAX:
        weeks[0] = weeks[1] = weeks[2] = "?"
        iso_text = "?-?-%d" % iso[2]
    else:
        iso_text = "%s-%02d-%d" % (pad(str(iso_year), 4), iso[1], iso[2])
    return "|".join(escape(f) for f in numbers + weeks) + "|" + iso_text


def main():
    driver = sys.argv[1]
    first, last = (int(v) for v in subprocess.run([driver, "--range"], check=True, capture_output=True,
                                                  text=True).stdout.split())
    assert (first, last) == (INT_MIN, INT_MAX), (first, last)
    # Years in kalends' numbering; glibc's tm_year = year - 1900 must be an int.
    years = (list(range(1900, 2101)) + [1, 2, 3, 9997, 9998, 9999] + [-3, -2, -1] +
             list(range(INT_MAX - 2, INT_MAX + 1)) + list(range(INT_MIN + 1900, INT_MIN + 1903)))
    jdns, expected = [], []
    for year in years:
        astro = year if year > 0 else year + 1
        for jdn, month, day, wday, yday, iso in days_of_year(astro):
            jdns.append(jdn)
            expected.append(expected_line(year, month, day, wday, yday, iso))
    run = subprocess.run([driver] + NUMBER_FIELDS + WEEK_FIELDS + [ISO_PATTERN], input="\n".join(map(str, jdns)) + "\n",
                         check=True, capture_output=True, text=True)
    actual = run.stdout.split("\n")[:-1]
    if len(actual) != len(expected):
        print("driver wrote %d lines for %d days" % (len(actual), len(expected)))
        return 1
    names = NUMBER_FIELDS + WEEK_FIELDS + [ISO_PATTERN]
    differences = 0
    for jdn, want, got in zip(jdns, expected, actual):
        if want != got:
            differences += 1
            if differences <= 10:
                for name, w, g in zip(names, want.split("|"), got.split("|")):
                    if w != g:
                        print("JDN %d %s: glibc %r, kalends %r" % (jdn, name, w, g))
    print("%d days x %d fields compared, %d days differ" % (len(jdns), len(names), differences))
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())

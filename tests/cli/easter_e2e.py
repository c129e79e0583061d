#!/usr/bin/python3
"""End-to-end test of `kalends easter` against Debian's ncal and python3-dateutil.

Usage: easter_e2e.py PATH_TO_KALENDS

Expected dates come from outside kalends, never from its output:
  - python3-dateutil's dateutil.easter.easter(): EASTER_WESTERN and
    EASTER_ORTHODOX (the Gregorian date of the Julian computus) for every year
    1583..4099, the range dateutil documents for them, and EASTER_JULIAN (the
    Julian date of the Julian computus) for every year 326..9999;
  - ncal -e / ncal -o for every year ncal accepts, 1..9999.

What ncal prints (bsdmainutils' ncal 12.1.8, checked by hand): it forces the
Julian computus for every year before 1583, whatever its reform date (-s):
there `ncal -e Y` and `ncal -o Y` both print the Julian-calendar date of the
Julian-computus Easter, which is `kalends easter --orthodox -c julian Y`.
From 1583 on `ncal -e` is the Gregorian computus in the Gregorian calendar
(`kalends easter Y`) and `ncal -o` the Julian computus as a Gregorian date
(`kalends easter --orthodox Y`). So every year 1..9999 is compared, each with
the rule and calendar that mean what ncal prints. Under LC_ALL=C ncal prints
MM/DD/YY.

Exit status 0 = pass, 1 = fail, 77 = skipped (ncal or dateutil is missing;
the other checks still run and fail the test if they fail).
"""

import json
import os
import shutil
import subprocess
import sys

KALENDS = sys.argv[1] if len(sys.argv) > 1 else "kalends"
SKIP = 77
ENV = dict(os.environ, LC_ALL="C", KALENDS_TODAY="2024-06-01")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        if len(failures) <= 20:
            print("FAIL:", message)


def run(args, env=None):
    proc = subprocess.run([KALENDS] + args, capture_output=True, env=env or ENV)
    return proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")


def easter_lines(options, years):
    """`kalends easter OPTIONS Y...` for many years in one process: {year: 'YYYY-MM-DD'}."""
    code, out, err = run(["easter"] + options + ["--"] + [str(y) for y in years])
    check(code == 0, f"kalends easter {' '.join(options)} ({len(years)} years): exit {code}: {err[:300]}")
    lines = out.splitlines()
    check(len(lines) == len(years), f"kalends easter {' '.join(options)}: {len(lines)} lines for {len(years)} years")
    return dict(zip(years, lines))


def expect_status(args, status, stderr_contains=""):
    code, _, err = run(args)
    check(code == status, f"kalends {' '.join(args)}: exit {code}, expected {status}; stderr: {err.strip()[:300]}")
    check(stderr_contains in err, f"kalends {' '.join(args)}: stderr lacks {stderr_contains!r}: {err[:300]!r}")


def check_exit_statuses():
    expect_status(["easter", "abc"], 2, "not an integer")
    expect_status(["easter", "2024..x"], 2, "not an integer")
    expect_status(["easter", "2030..2020"], 2, "backwards")
    expect_status(["easter", "--orthodox", "--western", "2025"], 2, "exclude each other")
    expect_status(["easter", "--calendar", "nope", "2025"], 2, "nope")
    expect_status(["easter", "--frobnicate"], 2, "unknown option")
    expect_status(["easter", "0"], 1, "except 0")
    expect_status(["easter", "--orthodox", "0"], 1, "'julian'")
    expect_status(["easter", "2147483648"], 1, "out of range")
    expect_status(["easter", "--", "-2147483649"], 1, "out of range")
    expect_status(["easter", "--help"], 0)
    # Beyond the day range of a calendar with a short one: an error, not a wrong date.
    expect_status(["easter", "-c", "islamic-umalqura", "1000"], 1)


def check_forms():
    # Without YEAR: this Gregorian year (KALENDS_TODAY=2024-06-01). Facts: western
    # Easter 2024 was 31 March; orthodox Easter 5 May (22 April Julian).
    check(run(["easter"])[1] == "2024-03-31\n", "kalends easter (2024)")
    check(run(["easter", "--western"])[1] == "2024-03-31\n", "kalends easter --western (2024)")
    check(run(["easter", "--orthodox"])[1] == "2024-05-05\n", "kalends easter --orthodox (2024)")
    check(run(["easter", "--orthodox", "-c", "julian", "2024"])[1] == "2024-04-22\n", "orthodox 2024 in julian")
    # A range is the list of its years, year 0 left out.
    check(run(["easter", "--", "-2..2"])[1] == run(["easter", "--", "-2", "-1", "1", "2"])[1], "range -2..2")
    check(run(["easter", "1583..1600"])[1] == run(["easter"] + [str(y) for y in range(1583, 1601)])[1],
          "range 1583..1600")
    # The ends of the range exist, both rules.
    for rule in ([], ["--orthodox", "-c", "julian"]):
        code, out, err = run(["easter"] + rule + ["--", "-2147483648", "2147483647"])
        check(code == 0 and len(out.splitlines()) == 2, f"easter {rule} at the int32 ends: {code} {out!r} {err!r}")
    # There the Julian calendar's days reach beyond the Gregorian calendar's: an error, not a wrong date.
    expect_status(["easter", "--orthodox", "2147483647"], 1, "out of range of calendar 'gregorian'")
    code, out, _ = run(["easter", "--json", "2024", "2025"])
    try:
        rows = json.loads(out)
    except ValueError:
        rows = []
    check(code == 0 and rows == [
        {"year": 2024, "rule": "western", "calendar": "gregorian", "date": "2024-03-31", "jdn": 2460401},
        {"year": 2025, "rule": "western", "calendar": "gregorian", "date": "2025-04-20", "jdn": 2460786},
    ], f"easter --json: {out!r}")
    code, out, _ = run(["easter", "--json", "--orthodox", "-c", "julian", "2024"])
    check(code == 0 and json.loads(out)[0]["date"] == "2024-04-22" and json.loads(out)[0]["rule"] == "orthodox",
          f"easter --json --orthodox -c julian: {out!r}")


def check_dateutil():
    """Returns the number of years compared, or None if dateutil is missing."""
    try:
        from dateutil import easter as du
    except ImportError:
        print("python3-dateutil is missing: its comparison is skipped")
        return None
    compared = 0
    years = list(range(1583, 4100))
    for options, method in (([], du.EASTER_WESTERN), (["--orthodox"], du.EASTER_ORTHODOX)):
        got = easter_lines(options, years)
        for y in years:
            want = du.easter(y, method).isoformat()
            check(got.get(y) == want, f"easter {options} {y}: kalends {got.get(y)}, dateutil {want}")
            compared += 1
    # EASTER_JULIAN: the Julian computus as a Julian date (year, month, day as numbers).
    years = list(range(326, 10000))
    got = easter_lines(["--orthodox", "-c", "julian"], years)
    for y in years:
        d = du.easter(y, du.EASTER_JULIAN)
        want = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
        check(got.get(y) == want, f"easter --orthodox -c julian {y}: kalends {got.get(y)}, dateutil {want}")
        compared += 1
    return compared


def ncal_sweep(flag, first, last):
    """ncal FLAG Y for Y = FIRST..LAST, one line each, in a shell loop: about
    20,000 short processes in all, and a shell starts them faster than Python."""
    loop = f"y={first}; while [ $y -le {last} ]; do ncal {flag} $y || echo error; y=$((y + 1)); done"
    return subprocess.Popen(["/bin/sh", "-c", loop], stdout=subprocess.PIPE, env=ENV)


def check_ncal():
    """Returns the number of (year, flag) pairs compared, or None if ncal is missing."""
    if shutil.which("ncal") is None:
        print("ncal is missing: its comparison is skipped")
        return None
    years = list(range(1, 10000))
    # Chunks of years run in parallel, each in order (ncal prints no full year).
    chunk = 2500
    sweeps = [(flag, first, min(first + chunk - 1, years[-1])) for flag in ("-e", "-o") for first in years[::chunk]]
    procs = [ncal_sweep(*sweep) for sweep in sweeps]
    printed = {}
    for (flag, first, last), proc in zip(sweeps, procs):
        lines = proc.communicate()[0].decode().splitlines()
        check(len(lines) == last - first + 1, f"ncal {flag} {first}..{last}: {len(lines)} lines")
        printed.update({(flag, y): text.strip() for y, text in zip(range(first, last + 1), lines)})
    western = easter_lines([], [y for y in years if y >= 1583])
    orthodox = easter_lines(["--orthodox"], [y for y in years if y >= 1583])
    julian = easter_lines(["--orthodox", "-c", "julian"], [y for y in years if y < 1583])
    compared = 0
    for (flag, y), text in printed.items():
        if y < 1583:
            kalends = julian.get(y, "")
        else:
            kalends = (western if flag == "-e" else orthodox).get(y, "")
        # kalends YYYY-MM-DD as ncal's MM/DD/YY.
        as_ncal = f"{kalends[5:7]}/{kalends[8:10]}/{y % 100:02d}"
        check(text == as_ncal, f"ncal {flag} {y}: {text!r}, kalends {kalends} ({as_ncal})")
        compared += 1
    return compared


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(f"usage: {sys.argv[0]} KALENDS")
        sys.exit(2)
    check_exit_statuses()
    check_forms()
    counts = {"dateutil": check_dateutil(), "ncal": check_ncal()}
    for source, count in counts.items():
        if count is not None:
            print(f"{source}: {count} dates compared")
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    if None in counts.values():
        sys.exit(SKIP)
    print("ok")

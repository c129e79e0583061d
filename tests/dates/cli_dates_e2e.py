#!/usr/bin/env python3
"""End-to-end tests of `kalends add`, `diff`, `seq` and `cal --reform`.

Expected values come from outside kalends: Python's datetime (day counts,
month lengths), the ECMAScript Temporal rules worked by hand (noted beside
each row), and ncal (`ncal -h -s CC M Y`) for reform grids.
Usage: cli_dates_e2e.py KALENDS_BINARY
"""
import calendar
import datetime
import shutil
import subprocess
import sys

KALENDS = sys.argv[1]
failures = []


def run(*args):
    p = subprocess.run([KALENDS, *args], capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def check(args, want_out=None, want_code=0, want_err=None):
    code, out, err = run(*args)
    if code != want_code or (want_out is not None and out != want_out) or (want_err and want_err not in err):
        failures.append(f"kalends {' '.join(args)}: exit {code}, out {out!r}, err {err!r}; "
                        f"wanted exit {want_code}, out {want_out!r}, err containing {want_err!r}")


# add: month ends clamp (Python's calendar.monthrange gives the month lengths).
for y, m in [(2023, 1), (2024, 1), (2024, 3), (2100, 1)]:
    ny, nm = (y, m + 1) if m < 12 else (y + 1, 1)
    last = calendar.monthrange(ny, nm)[1]
    check(["add", f"{y}-{m:02d}-31", "P1M"], f"{ny}-{nm:02d}-{min(31, last):02d}\n")
# add: days, against datetime.
for start, days in [("2024-02-28", 1), ("1999-12-31", 1), ("2000-03-01", -1), ("2024-01-01", 10000)]:
    d = datetime.date.fromisoformat(start) + datetime.timedelta(days=days)
    check(["add", start, f"P{days}D" if days >= 0 else f"-P{-days}D"], d.isoformat() + "\n")
check(["add", "2024-02-29", "P1Y1M"], "2025-03-29\n")          # Temporal: day fitted once, after the months
check(["add", "-c", "hebrew", "5784-06-15", "P1Y"], "5785-06-15\n")  # Adar I 5784 -> Adar 5785
check(["add", "-c", "hebrew", "--overflow", "reject", "5784-06-15", "P1Y"], "", 1, "M05L")
check(["add", "--overflow", "reject", "2023-01-31", "P1M"], "", 1, "out of range")
check(["add", "-c", "gregorian-julian", "1582-10-04", "P1D"], "1582-10-15\n")
check(["add", "2024-01-01", "PT5H"], "", 1, "time parts")
check(["add", "2024-02-30", "P1D"], "", 1, "allowed 1..29")
check(["add", "2024-01-01"], "", 2, "DATE DURATION")
check(["add", "--overflow", "rejct", "2024-01-01", "P1D"], "", 2, "did you mean 'reject'")
# diff
a, b = datetime.date(2020, 1, 1), datetime.date(2024, 3, 15)
check(["diff", "2020-01-01", "2024-03-15"], f"P{(b - a).days}D\n")
check(["diff", "2020-01-01", "2024-03-15", "--largest", "weeks"], f"P{(b - a).days // 7}W{(b - a).days % 7}D\n")
check(["diff", "2020-01-01", "2024-03-15", "--largest", "years"], "P4Y2M14D\n")
check(["diff", "2024-02-29", "2025-02-28", "--largest", "years"], "P11M30D\n")  # Temporal: 29 > 28
check(["diff", "2024-03-15", "2020-01-01", "--largest", "months"], "-P50M14D\n")
check(["diff", "-c", "hebrew", "5784-06-01", "5785-06-01", "--largest", "years"], "P1Y\n")
check(["diff", "2024-01-01", "2024-02-01", "--largest", "mnths"], "", 2, "did you mean 'months'")
# seq: each date from START, so 31st stays the 31st where it exists.
want = "".join(f"2024-{m:02d}-{min(31, calendar.monthrange(2024, m)[1]):02d}\n" for m in range(1, 7))
check(["seq", "2024-01-31", "2024-06-30", "P1M"], want)
check(["seq", "2024-03-03", "2024-02-27", "-P2D"], "2024-03-03\n2024-03-01\n2024-02-28\n")
# END on the other side of START: nothing, exit 0, as seq(1) and dseq print it.
check(["seq", "2024-03-03", "2024-02-27"], "", 0)
check(["seq", "2024-02-27", "2024-03-03", "-P1D"], "", 0)
# --skip and --format, against Python's weekdays and strftime (December 2026: the 5th is a Saturday).
days = [datetime.date(2026, 11, 20) + datetime.timedelta(days=i) for i in range(40)]
check(["seq", "--skip", "sat,sun", "2026-11-20", "2026-12-29"],
      "".join(f"{d.isoformat()}\n" for d in days if d.isoweekday() < 6))
check(["seq", "--skip", "1", "--skip", "Wednesday,fri", "--format", "%a %d %b %Y", "2026-11-20", "2026-12-29"],
      "".join(d.strftime("%a %d %b %Y") + "\n" for d in days if d.isoweekday() not in (1, 3, 5)))
check(["seq", "--skip", "caturday", "2026-11-20", "2026-12-29"], "", 2, "not a weekday")
check(["seq", "--format", "%Q", "2026-11-20", "2026-12-29"], "", 2, "--format")
# dseq (dateutils) where it is right: the same weekdays skipped.
if shutil.which("dateutils.dseq"):
    want = subprocess.run(["dateutils.dseq", "2026-11-20", "2026-12-29", "--skip", "sat,sun"],
                          capture_output=True, text=True).stdout
    check(["seq", "--skip", "sat,sun", "2026-11-20", "2026-12-29"], want)
check(["seq", "2024-03-03", "2024-03-04", "P0D"], "", 2, "zero")
# seq at the ends of the range: the step after END would leave the calendar; the sequence ends there, exit 0.
check(["seq", "2147483647-12-01", "2147483647-12-31", "P1M"], "2147483647-12-01\n")
check(["seq", "2147483647-12-25", "2147483647-12-31", "P3D"], "2147483647-12-25\n2147483647-12-28\n2147483647-12-31\n")
check(["seq", "--", "-2147483648-01-10", "-2147483648-01-01", "-P1W"], "-2147483648-01-10\n-2147483648-01-03\n")
check(["seq", "-c", "islamic-umalqura", "1600-12-01", "1600-12-29", "P1Y"], "1600-12-01\n")

# cal --reform CC against ncal's day numbers.
def ncal_days(cc, year, month):
    out = subprocess.run(["ncal", "-h", "-s", cc, str(month), str(year)], capture_output=True, text=True).stdout
    cells = []
    for row, line in enumerate(out.splitlines()[1:]):
        for week in range((len(line) - 2 + 2) // 3):
            cell = line[2 + 3 * week: 5 + 3 * week].strip()
            if cell:
                cells.append((week, row, int(cell)))
    return [d for _, _, d in sorted(cells)]


if shutil.which("ncal"):
    # RU 1918-02 starts on the 14th: the month has no day 1 at all.
    for cc, year, month in [("GB", 1752, 9), ("US", 1752, 9), ("IT", 1582, 10), ("GR", 1924, 3), ("SE", 1753, 2),
                            ("RU", 1918, 2)]:
        code, out, err = run("cal", "--reform", cc, str(year), str(month))
        got = [int(t) for line in out.splitlines()[2:] for t in line.split()]
        want = ncal_days(cc, year, month)
        if code != 0 or got != want:
            failures.append(f"cal --reform {cc} {year} {month}: exit {code} {err!r}, days {got}, ncal {want}")
        # The first row of the grid holds the first day, in its weekday's column (Sunday first).
        rows = out.splitlines()[2:]
        if code == 0 and (not rows or not rows[0].strip()):
            failures.append(f"cal --reform {cc} {year} {month}: the first row is empty: {out!r}")
    check(["cal", "--reform", "XX", "1752", "9"], None, 2, "not a country code")
    check(["cal", "--reform", "GB", "-c", "julian", "1752", "9"], None, 2, "drop -c")

for f in failures:
    print("FAIL:", f)
print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)

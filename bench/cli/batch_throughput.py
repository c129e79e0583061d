#!/usr/bin/python3
"""Batch throughput of `kalends convert`, `add` and `diff` with lines from
standard input, with dateutils' dconv, dadd and ddiff as the peers, measured
in one run (the figures are in docs/cli.md).

    bench/cli/batch_throughput.py [PATH_TO_KALENDS] [--repeats N]

Without PATH_TO_KALENDS it builds the Release tool in build/release, as
scripts/run.sh does. Timed jobs, best wall time of N runs (default 5):
  1. seq 2400000 3400000 | kalends convert --from jdn --to persian
     (through a pipe from seq, as a user would run it)
  2. the same 1,000,001 day numbers from a file
  3. one million Gregorian YYYY-MM-DD lines -> persian
  4. dateutils.dconv re-printing the same million Gregorian lines as
     DD/MM/YYYY, the closest job it can do (it knows no other calendar)
  5-6. kalends add P1M and dateutils.dadd +1mo over the same lines
  7-8. kalends diff 2000-01-01 and dateutils.ddiff 2000-01-01 over them
The Gregorian lines start at 1601-01-01 and cycle every 800,000 days, so
that every year stays below 4096: dconv rejects later years.
Lines a calendar cannot show (kalends' persian is the astronomical calendar
of 1-3000 AP, so JDN 3044048 and later are out of its range) are answered
with an empty line and a message, as the contract says; the count is printed
and their messages are discarded while timing.
"""

import argparse
import datetime
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def build_release():
    build = os.path.join(ROOT, "build", "release")
    subprocess.run(["cmake", "-S", ROOT, "-B", build, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DKALENDS_BUILD_TESTS=OFF"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", build, "--target", "kalends_cli"], check=True, stdout=subprocess.DEVNULL)
    return os.path.join(build, "tools", "kalends", "kalends")


def best_time(command, repeats):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, executable="/bin/bash")
        best = min(best, time.perf_counter() - start)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kalends", nargs="?")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    kalends = args.kalends or build_release()
    for peer in ("dateutils.dconv", "dateutils.dadd", "dateutils.ddiff"):
        if shutil.which(peer) is None:
            sys.exit(f"{peer} is missing (Debian package dateutils)")

    with tempfile.TemporaryDirectory() as work:
        jdn_file = os.path.join(work, "jdn.txt")
        gregorian_file = os.path.join(work, "gregorian.txt")
        with open(jdn_file, "w") as out:
            subprocess.run(["seq", "2400000", "3400000"], stdout=out, check=True)
        base = datetime.date(1601, 1, 1).toordinal()
        with open(gregorian_file, "w") as out:
            out.write("".join(datetime.date.fromordinal(base + i % 800000).isoformat() + "\n" for i in range(1000000)))

        k, j, g = shlex.quote(kalends), shlex.quote(jdn_file), shlex.quote(gregorian_file)
        jobs = [
            ("seq 2400000 3400000 | kalends convert --from jdn --to persian", 1000001,
             f"seq 2400000 3400000 | {k} convert --from jdn --to persian"),
            ("kalends convert --from jdn --to persian < file", 1000001, f"{k} convert --from jdn --to persian < {j}"),
            ("kalends convert --to persian < 1M Gregorian lines", 1000000, f"{k} convert --to persian < {g}"),
            ("dateutils.dconv -i %Y-%m-%d -f %d/%m/%Y < same lines", 1000000,
             f"dateutils.dconv -i '%Y-%m-%d' -f '%d/%m/%Y' < {g}"),
            ("kalends add P1M < the Gregorian lines", 1000000, f"{k} add P1M < {g}"),
            ("dateutils.dadd +1mo < same lines", 1000000, f"dateutils.dadd +1mo < {g}"),
            ("kalends diff 2000-01-01 < the Gregorian lines", 1000000, f"{k} diff 2000-01-01 < {g}"),
            ("dateutils.ddiff 2000-01-01 < same lines", 1000000, f"dateutils.ddiff 2000-01-01 < {g}"),
        ]
        # Check once that every job answers every line; count the rejected ones.
        rejected = []
        for _, lines, command in jobs:
            out = subprocess.run(command, shell=True, capture_output=True, executable="/bin/bash")
            produced = out.stdout.count(b"\n")
            if out.returncode not in (0, 1) or produced != lines:
                sys.exit(f"{command}: exit {out.returncode}, {produced} lines, stderr {out.stderr[:200]!r}")
            rejected.append(out.stderr.count(b"\n"))
        jobs = [(label, lines, command + " 2>/dev/null") for label, lines, command in jobs]

        version = subprocess.run([kalends, "--version"], capture_output=True, text=True).stdout.strip()
        dateutils = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "dateutils"], capture_output=True,
                                   text=True).stdout
        print(f"best of {args.repeats} runs; {os.cpu_count()} CPUs; {version}; dateutils {dateutils}")
        rates = []
        for (label, lines, command), bad in zip(jobs, rejected):
            seconds = best_time(command, args.repeats)
            rates.append(lines / seconds)
            note = f"  ({bad} lines rejected)" if bad else ""
            print(f"{label:<62} {lines:>9} lines {seconds:7.3f} s {lines / seconds:>13,.0f} lines/s{note}")
        print(f"kalends Gregorian->Persian vs dconv:      {rates[2] / rates[3]:.2f}x the lines/s")
        print(f"kalends seq | JDN->Persian vs dconv:      {rates[0] / rates[3]:.2f}x the lines/s")
        print(f"kalends add P1M vs dadd +1mo:             {rates[4] / rates[5]:.2f}x the lines/s")
        print(f"kalends diff vs ddiff:                    {rates[6] / rates[7]:.2f}x the lines/s")


if __name__ == "__main__":
    main()

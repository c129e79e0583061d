#!/usr/bin/python3
"""Regenerate docs/performance.md.

Builds the benchmarks in Release in build/bench, runs bench_conversions once
(JSON, 5 repetitions, medians), counts instructions per conversion with
scripts/callgrind_counts.sh, and writes docs/performance.md: the machine, the
compiler and flags, one table per calendar and direction (ns per conversion
and the ratio to the kalends kernel), the instruction counts, the issue's
goals checked, and every note the benchmark recorded (peers that disagree
with kalends and are therefore not compared, known peer defects, ranges).

    scripts/update_performance.py                 build, run, count, write
    scripts/update_performance.py --skip-build    use the existing build
    scripts/update_performance.py --json FILE     write from an earlier run (no benchmark run)
    scripts/update_performance.py --no-callgrind  leave the instruction counts out

The whole update takes about 5-10 minutes on a 2-core machine.
"""

import argparse
import datetime
import json
import os
import platform
import re
import subprocess
import sys
import time
from collections import OrderedDict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = os.path.join(ROOT, "build", "bench")
BENCH = os.path.join(BUILD, "bench", "bench_conversions")
CALLGRIND_BIN = os.path.join(BUILD, "bench", "bench_callgrind")
DOC = os.path.join(ROOT, "docs", "performance.md")

IMPLS = ["kernel", "handle", "bulk", "chrono", "date", "qt", "icu"]
IMPL_TITLES = {
    "kernel": "kalends kernel",
    "handle": "kalends handle",
    "bulk": "kalends bulk",
    "chrono": "libstdc++ `<chrono>`",
    "date": "Hinnant `date`",
    "qt": "Qt `QCalendar`",
    "icu": "ICU `Calendar`",
}
ROWS = [("throughput", "modern"), ("throughput", "pm30k"), ("throughput", "pm100k"), ("latency", "modern")]
DIRECTIONS = [("to_parts", "JDN → parts"), ("to_jdn", "parts → JDN")]
# Calendars whose kernel is not arithmetic: left out of the "within 1.5x of
# Gregorian" goal (Hebrew has its own goal, Umm al-Qura is a table).
NOT_ARITHMETIC = {"hebrew", "umalqura", "persian_astronomical"}
GOAL_ROW = ("throughput", "modern")
# "A single conversion through the handle": one conversion at a time, each
# waiting for the last. In the throughput loop the bare kernel is inlined and
# the compiler often vectorizes it (several conversions per instruction),
# which no call through a virtual function can be; that ratio is shown too.
SINGLE_ROW = ("latency", "modern")


def log(msg):
    print(f"[update_performance] {msg}", file=sys.stderr, flush=True)


def run(cmd, **kw):
    log("$ " + " ".join(cmd))
    return subprocess.run(cmd, check=True, **kw)


def build(jobs):
    run(["cmake", "-S", ROOT, "-B", BUILD, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
         "-DKALENDS_BUILD_BENCH=ON", "-DKALENDS_BUILD_TESTS=OFF", "-DKALENDS_BUILD_TOOLS=OFF",
         # A new warning in a kernel someone is editing must not stop the report.
         "-DKALENDS_WERROR=OFF", "-DKALENDS_SANITIZE="],
        stdout=subprocess.DEVNULL)
    run(["cmake", "--build", BUILD, "-j", str(jobs), "--target", "bench_conversions", "bench_callgrind"])


def run_bench(out_json, min_time, repetitions, bench_filter):
    cmd = [BENCH, "--benchmark_format=json", f"--benchmark_out={out_json}", "--benchmark_out_format=json",
           f"--benchmark_repetitions={repetitions}", "--benchmark_report_aggregates_only=true",
           f"--benchmark_min_time={min_time}"]
    if bench_filter:
        cmd.append(f"--benchmark_filter={bench_filter}")
    run(cmd, stdout=subprocess.DEVNULL)


def run_callgrind(out_tsv):
    script = os.path.join(ROOT, "scripts", "callgrind_counts.sh")
    try:
        run(["bash", script, CALLGRIND_BIN, out_tsv])
        return True
    except (subprocess.CalledProcessError, FileNotFoundError) as e:
        log(f"callgrind counts failed: {e}")
        return False


def load_results(path):
    with open(path) as f:
        data = json.load(f)
    results = {}  # (calendar, direction, impl, mode, range) -> ns (median)
    for b in data.get("benchmarks", []):
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        name = b.get("run_name", b["name"])
        parts = name.split("/")
        if len(parts) != 5:
            continue
        ns = b.get("ns_per_conversion")
        if ns is None and b.get("items_per_second"):
            ns = 1e9 / b["items_per_second"]
        if ns is None:
            continue
        results[tuple(parts)] = ns
    return data.get("context", {}), results


def load_callgrind(path):
    counts = {}  # (calendar, impl, direction) -> instructions per conversion
    if not path or not os.path.exists(path):
        return counts
    with open(path) as f:
        next(f, None)
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 5:
                continue
            cal, impl, direction, _count, value = fields
            counts[(cal, impl, direction)] = None if value == "n/a" else float(value)
    return counts


def fmt_ns(ns):
    if ns is None:
        return "—"
    if ns < 10:
        return f"{ns:.2f}"
    if ns < 100:
        return f"{ns:.1f}"
    return f"{ns:.0f}"


def fmt_ratio(r):
    if r is None:
        return "—"
    return f"{r:.2f}×" if r < 10 else f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            text = f.read()
        models = re.findall(r"^model name\s*:\s*(.*)$", text, re.M)
        cores = re.findall(r"^cpu cores\s*:\s*(\d+)", text, re.M)
        return (models[0] if models else platform.processor() or "unknown",
                len(models) or os.cpu_count(), cores[0] if cores else "?")
    except OSError:
        return platform.processor() or "unknown", os.cpu_count(), "?"


def git_revision():
    try:
        rev = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", ROOT, "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
        return rev + (" (with uncommitted changes)" if dirty else "")
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "unknown"


def calendars_in(results):
    seen = OrderedDict()
    for key in results:
        seen.setdefault(key[0], None)
    return list(seen)


def get(results, cal, direction, impl, row):
    return results.get((cal, direction, impl, row[0], row[1]))


def calendar_tables(results, context):
    out = []
    for cal in calendars_in(results):
        impls = [i for i in IMPLS if any(k[0] == cal and k[2] == i for k in results)]
        out.append(f"### {cal}\n")
        described = [f"{IMPL_TITLES.get(i, i)}: {context[f'impl:{cal}/{i}']}" for i in impls
                     if f"impl:{cal}/{i}" in context]
        if described:
            out.append("Peers: " + "; ".join(described) + ".\n")
        for direction, title in DIRECTIONS:
            out.append(f"**{title}**, ns per conversion (ratio to the kalends kernel)\n")
            out.append("| mode / range | " + " | ".join(IMPL_TITLES.get(i, i) for i in impls) + " |")
            out.append("|---|" + "---:|" * len(impls))
            for row in ROWS:
                base = get(results, cal, direction, "kernel", row)
                cells = []
                for impl in impls:
                    ns = get(results, cal, direction, impl, row)
                    if ns is None:
                        cells.append("—")
                    elif impl == "kernel" or base is None:
                        cells.append(fmt_ns(ns))
                    else:
                        cells.append(f"{fmt_ns(ns)} ({fmt_ratio(ns / base)})")
                if any(c != "—" for c in cells):
                    out.append(f"| {row[0]} / {row[1]} | " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out)


def callgrind_table(counts):
    if not counts:
        return "_Not measured in this run (valgrind missing or `--no-callgrind`)._\n"
    cals = OrderedDict()
    for (cal, impl, _d) in counts:
        cals.setdefault(cal, set()).add(impl)
    impls = [i for i in IMPLS if any(i in s for s in cals.values())]
    out = ["Instructions per conversion, JDN → parts / parts → JDN (modern dates; loop overhead subtracted).\n",
           "| calendar | " + " | ".join(IMPL_TITLES.get(i, i) for i in impls) + " |",
           "|---|" + "---:|" * len(impls)]
    for cal, have in cals.items():
        cells = []
        for impl in impls:
            if impl not in have:
                cells.append("—")
                continue
            a = counts.get((cal, impl, "to_parts"))
            b = counts.get((cal, impl, "to_jdn"))
            cells.append(f"{'n/a' if a is None else f'{a:.0f}'} / {'n/a' if b is None else f'{b:.0f}'}")
        out.append(f"| {cal} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


class Goals:
    def __init__(self):
        self.rows = []

    def check(self, goal, subject, value, target, ok, stretch=None, info=False):
        if value is None:
            self.rows.append((goal, subject, "—", target, "not measured"))
            return
        status = "met" if ok(value) else "**missed**"
        if info:
            status = "for information: " + ("would be met" if ok(value) else "would be missed")
        if stretch and ok(value) and stretch[1](value):
            status = f"met (stretch {stretch[0]} met too)"
        elif stretch and ok(value):
            status = f"met (stretch {stretch[0]} missed)"
        self.rows.append((goal, subject, fmt_ratio(value) if target.endswith("×") else fmt_ns(value) + " ns",
                          target, status))

    def table(self):
        out = ["| goal | calendar / direction | measured | target | status |", "|---|---|---:|---|---|"]
        out += [f"| {g} | {s} | {v} | {t} | {st} |" for g, s, v, t, st in self.rows]
        return "\n".join(out) + "\n"

    def summary(self):
        met = sum(1 for r in self.rows if r[4].startswith("met"))
        missed = sum(1 for r in self.rows if "missed**" in r[4])
        return met, missed


def ratio(a, b):
    return None if a is None or b is None or b == 0 else a / b


def check_goals(results):
    g = Goals()
    cals = calendars_in(results)
    row = GOAL_ROW
    for d, title in DIRECTIONS:
        k = get(results, "gregorian", d, "kernel", row)
        c = get(results, "gregorian", d, "chrono", row)
        g.check("Gregorian kernel at least as fast as `<chrono>`", f"gregorian {title}", ratio(c, k), "≥ 1.0×",
                lambda v: v >= 1.0, ("1.3×", lambda v: v >= 1.3))
        g.check("Gregorian kernel at least as fast as `<chrono>`, latency", f"gregorian {title}",
                ratio(get(results, "gregorian", d, "chrono", SINGLE_ROW),
                      get(results, "gregorian", d, "kernel", SINGLE_ROW)),
                "≥ 1.0×", lambda v: v >= 1.0, info=True)
    for cal in cals:
        if cal == "gregorian" or cal in NOT_ARITHMETIC:
            continue
        for d, title in DIRECTIONS:
            g.check("within 1.5× of kalends Gregorian", f"{cal} {title}",
                    ratio(get(results, cal, d, "kernel", row), get(results, "gregorian", d, "kernel", row)),
                    "≤ 1.5×", lambda v: v <= 1.5)
    for peer, name in (("qt", "Qt"), ("date", "Hinnant date")):
        for cal in cals:
            for d, title in DIRECTIONS:
                p = get(results, cal, d, peer, row)
                if p is None:
                    continue
                # The issue sets this goal for the calendars other than Gregorian.
                g.check("≥ 3× faster than " + name, f"{cal} {title}", ratio(p, get(results, cal, d, "kernel", row)),
                        "≥ 3×", lambda v: v >= 3.0, info=cal == "gregorian")
    for cal in cals:
        for d, title in DIRECTIONS:
            p = get(results, cal, d, "icu", row)
            if p is None:
                continue
            g.check("≥ 50× faster than ICU", f"{cal} {title}", ratio(p, get(results, cal, d, "kernel", row)),
                    "≥ 50×", lambda v: v >= 50.0)
    if "hebrew" in cals:
        for d, title in DIRECTIONS:
            g.check("Hebrew under 30 ns", f"hebrew {title}", get(results, "hebrew", d, "kernel", row), "< 30 ns",
                    lambda v: v < 30.0)
    for cal in cals:
        for d, title in DIRECTIONS:
            h = get(results, cal, d, "handle", SINGLE_ROW)
            if h is None:
                continue
            g.check("handle ≤ 1.5× bare kernel (a single conversion: latency)", f"{cal} {title}",
                    ratio(h, get(results, cal, d, "kernel", SINGLE_ROW)), "≤ 1.5×", lambda v: v <= 1.5)
            g.check("handle ≤ 1.5× bare kernel, throughput (the kernel's loop may vectorize)", f"{cal} {title}",
                    ratio(get(results, cal, d, "handle", row), get(results, cal, d, "kernel", row)), "≤ 1.5×",
                    lambda v: v <= 1.5, info=True)
    for d, title in DIRECTIONS:
        g.check("bulk ≥ 2× the throughput of `<chrono>` in a loop", f"gregorian {title}",
                ratio(get(results, "gregorian", d, "chrono", row), get(results, "gregorian", d, "bulk", row)),
                "≥ 2×", lambda v: v >= 2.0)
    for cal in cals:
        for d, title in DIRECTIONS:
            b = get(results, cal, d, "bulk", row)
            if b is None:
                continue
            g.check("bulk ≥ 1.5× its own single calls (handle)", f"{cal} {title}",
                    ratio(get(results, cal, d, "handle", row), b), "≥ 1.5×", lambda v: v >= 1.5)
    return g


RANGE_LIMITS = """\
What each implementation allows (the ranges below are only tried where it does):

- kalends: every int32 year for the arithmetic calendars; Umm al-Qura only AH 1300-1600 (its table), so only `modern`.
- libstdc++ `<chrono>` and Hinnant `date`: 16-bit years (-32767..32767), so `modern` and `pm30k`.
- Qt 6.4 `QCalendar`: exact for its Gregorian and Jalali over a wide range, but Julian years and Milankovic
  parts are 16-bit and Islamic civil arithmetic 32-bit, so only `modern` and `pm30k` are tried.
- ICU 72: `UDate` spans about ±5.8 million years, so every range is tried; whether ICU agrees there is
  what the verification shows (ICU's Indian calendar, for one, disagrees for negative Saka years).
"""


def coverage_table(results, context):
    ranges = [r for _m, r in ROWS if _m == "throughput"]
    out = [RANGE_LIMITS, "Coverage in this run (✓ timed; ✗ checked, disagrees with kalends, not timed; — not tried):\n",
           "| calendar | implementation | " + " | ".join(f"`{r}`" for r in ranges) + " |",
           "|---|---|" + "---|" * len(ranges)]
    pairs = OrderedDict()
    for key in results:
        pairs.setdefault((key[0], key[2]), None)
    for key in context:
        if key.startswith("note:") and key.count("/") == 2:
            cal, impl, _r = key[5:].split("/")
            pairs.setdefault((cal, impl), None)
    for cal, impl in sorted(pairs, key=lambda p: (calendars_in(results).index(p[0]) if p[0] in calendars_in(results)
                                                  else 999, IMPLS.index(p[1]) if p[1] in IMPLS else 99)):
        cells = []
        for r in ranges:
            if any(k[0] == cal and k[2] == impl and k[4] == r for k in results):
                cells.append("✓")
            elif context.get(f"note:{cal}/{impl}/{r}", "").startswith("not benchmarked"):
                cells.append("✗")
            else:
                cells.append("—")
        out.append(f"| {cal} | {IMPL_TITLES.get(impl, impl)} | " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def notes_section(context):
    out = []
    for key in sorted(context):
        if key.startswith("note:"):
            out.append(f"- `{key[5:]}`: {context[key]}")
    return "\n".join(out) + "\n" if out else "_None._\n"


def write_doc(context, results, counts, elapsed, args):
    model, threads, cores = cpu_model()
    goals = check_goals(results)
    met, missed = goals.summary()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    load = context.get("load_avg")
    ranges = "\n".join(f"- `{k[6:]}`: {v}" for k, v in sorted(context.items()) if k.startswith("range:"))
    doc = f"""# Performance

_Generated by `scripts/update_performance.py` on {now}; do not edit by hand._
Numbers from one run on the machine below; they move with machine load, the
ratios (one run, same inputs for everyone) much less, and the instruction
counts not at all.

## Machine and build

- CPU: {model} ({threads} logical CPUs, {cores} cores per socket), {context.get('mhz_per_cpu', '?')} MHz
- Load average when the run started: {', '.join(f'{x:.2f}' for x in load) if isinstance(load, list) else '?'}
- OS: {platform.system()} {platform.release()}
- Compiler: {context.get('kalends_compiler', '?')}, flags `{context.get('kalends_cxx_flags', '?')}` ({context.get('kalends_build_type', '?')} build, no `-march`)
- kalends revision: {git_revision()}
- Google Benchmark {context.get('library_build_type', '')} library; {args.repetitions} repetitions, medians reported, `--benchmark_min_time={args.min_time}`
- Benchmark run: {elapsed:.0f} s

## Sizes and allocation

- `kalends::calendar` (the handle): 16 bytes, a `shared_ptr` to the backend (built-ins have no control
  block: copying one touches no shared counter).
- `kalends::date_parts`: 12 bytes (three `int`); `kalends::date`: 40 bytes (handle, JDN, parts).
- No conversion, query or bulk call allocates (`tests/hardening/no_allocation_test.cpp`, a counting allocator).

## How it is measured

`bench/conversions` (one program, `bench_conversions`): {context.get('kalends_inputs', '')}.
Every implementation converts the same JDN array, and for parts → JDN the
same dates as kalends parts (in the peer's own year numbering where it differs).
Ranges:

{ranges}

- **throughput**: independent conversions over the array; results are folded into a sink.
- **latency**: each input depends on the previous result (JDN + (day & 7); day − (JDN & 1) when day > 1), so conversions cannot overlap.
- Cells are ns per conversion (median of the repetitions, CPU time) and, in
  parentheses, that time divided by the kalends kernel's time in the same
  row: above 1× the kernel is faster. A dash: not run (the peer does not
  cover that range, or does not agree with kalends there; see the notes).
- Before any case is timed on a range it is checked against the kalends
  kernel on 5 000–20 000 of that range's dates and both ends of the range.

Goals are checked on **{GOAL_ROW[0]} / {GOAL_ROW[1]}** (the issue's "a million random dates"), except the
handle's, which is about a single conversion and is checked on **{SINGLE_ROW[0]} / {SINGLE_ROW[1]}**
(its throughput ratio is listed for information: in that loop the bare kernel is inlined and often
vectorized by the compiler, several conversions per instruction, which no virtual call can be).

## Goals

{met} met, {missed} missed.

{goals.table()}
## Results per calendar

{calendar_tables(results, context)}
## Instructions per conversion (callgrind)

`scripts/callgrind_counts.sh`: `bench_callgrind` runs a fixed number of
conversions under `valgrind --tool=callgrind`, counting only the measured
loop; the same loop with an empty conversion is subtracted. `n/a`: the case
disagrees with kalends on these dates (see the notes) and was not counted.
For the bulk API the count includes its own loop (its outputs are stored,
not folded), so compare it with the kernel only roughly.

{callgrind_table(counts)}
## Ranges and agreement

{coverage_table(results, context)}
## Notes from the run

{notes_section(context)}
## Reproducing

```
scripts/update_performance.py            # build/bench, about 5-10 minutes on 2 cores
build/bench/bench/bench_conversions --benchmark_filter='^gregorian/'   # one calendar, console output
scripts/callgrind_counts.sh              # instruction counts only
```
"""
    os.makedirs(os.path.dirname(DOC), exist_ok=True)
    # Sections measured by other means are kept as they are: the before/after
    # comparison (scripts/compare_performance.py) and bench_format's run.
    kept = [("before-after", "Before and after the last redesign"),
            ("format-vs-icu", "Formatting and parsing against ICU")]
    old = open(DOC).read() if os.path.exists(DOC) else ""
    for marker, title in kept:
        begin, end = f"<!-- {marker} -->", f"<!-- /{marker} -->"
        if begin in old and end in old:
            doc += f"\n## {title}\n\n" + old[old.index(begin):old.index(end) + len(end)] + "\n"
    with open(DOC, "w") as f:
        f.write(doc)
    log(f"wrote {DOC}: {len(results)} results, goals {met} met / {missed} missed")


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--skip-build", action="store_true")
    p.add_argument("--json", help="use this bench_conversions JSON instead of running the benchmark")
    p.add_argument("--callgrind-tsv", help="use this callgrind_counts.sh output instead of running it")
    p.add_argument("--no-callgrind", action="store_true")
    p.add_argument("--min-time", default="0.02", help="--benchmark_min_time (seconds), default 0.02")
    p.add_argument("--repetitions", type=int, default=5)
    p.add_argument("--filter", default="", help="--benchmark_filter")
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args()

    start = time.time()
    if not args.skip_build and not args.json:
        build(args.jobs)
    elapsed = 0.0
    if args.json:
        json_path = args.json
    else:
        json_path = os.path.join(BUILD, "conversions.json")
        t = time.time()
        run_bench(json_path, args.min_time, args.repetitions, args.filter)
        elapsed = time.time() - t
    tsv = args.callgrind_tsv
    if not tsv and not args.no_callgrind:
        tsv = os.path.join(BUILD, "callgrind.tsv")
        if not run_callgrind(tsv):
            tsv = None
    context, results = load_results(json_path)
    if not results:
        sys.exit(f"no benchmark results in {json_path}")
    write_doc(context, results, load_callgrind(tsv), elapsed, args)
    log(f"done in {time.time() - start:.0f} s")


if __name__ == "__main__":
    main()

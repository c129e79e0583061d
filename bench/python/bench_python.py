#!/usr/bin/python3
"""kalends' Python conversions against the C++ bulk API and per-date peers, in one run.

    PYTHONPATH=build/rel/python /usr/bin/python3 bench/python/bench_python.py [--json FILE]

Measured, on the same random days (Gregorian 1900-2100, the C++ benchmark's
"modern" range):
  1. kalends.from_jdn / kalends.to_jdn over --size days, ns per element;
  2. the C++ bulk API (bench_conversions, cases <calendar>/<dir>/bulk/
     throughput/modern), ns per element, run as a subprocess in this run;
  3. Python loops over convertdate and PyICU (one icu.Calendar per calendar),
     ns per date on up to --peer-sample dates, and the speedup of kalends;
  4. rows per second of a dask.dataframe pipeline on a LocalCluster of 1 and
     2 single-threaded worker processes.
Timings: one untimed warm-up, then --repeat runs; the tables show medians,
the JSON also has minima. See bench/python/README.md.
"""

import argparse
import importlib
import json
import logging
import os
import platform
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
UNIX_EPOCH_JDN = 2440588
SECONDS_PER_DAY = 86400.0
ICU_IS_LEAP_MONTH = 22  # UCAL_IS_LEAP_MONTH; PyICU 2.10 has no name for it
CHINESE_ICU_YEAR_OFFSET = 2637  # ICU's extended Chinese year minus the Gregorian year it starts in


@dataclass(frozen=True)
class CalendarSpec:
    name: str  # kalends' calendar name
    cxx: str  # the calendar's name in bench_conversions
    convertdate: str | None  # convertdate module, if it has the calendar
    icu: str  # ICU calendar keyword


CALENDARS = [
    CalendarSpec("gregorian", "gregorian", "gregorian", "gregorian"),
    # kalends' "persian" is the astronomical calendar, like convertdate's.
    CalendarSpec("persian", "persian_astronomical", "persian", "persian"),
    CalendarSpec("hebrew", "hebrew", "hebrew", "hebrew"),
    CalendarSpec("islamic-civil", "islamic_civil", "islamic", "islamic-civil"),
    CalendarSpec("chinese", "chinese", None, "chinese"),
]
DIRECTIONS = ("from_jdn", "to_jdn")
CXX_DIRECTION = {"from_jdn": "to_parts", "to_jdn": "to_jdn"}


# --- Timing -----------------------------------------------------------------

def timed(fn, repeat, warmup=True):
    """Wall seconds of `repeat` calls of fn, after one untimed call."""
    if warmup:
        fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def per_element(times, count):
    """Median and minimum nanoseconds per element."""
    return {"median_ns": statistics.median(times) / count * 1e9, "min_ns": min(times) / count * 1e9,
            "runs": len(times), "elements": count}


# --- Machine ----------------------------------------------------------------

def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def version_of(module_name):
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return None
    return getattr(module, "__version__", getattr(module, "VERSION", "?"))


def machine_info(kalends):
    info = {
        "cpu": cpu_model(),
        "nproc": len(os.sched_getaffinity(0)),
        "load_avg_at_start": [round(x, 2) for x in os.getloadavg()],
        "python": f"{platform.python_implementation()} {platform.python_version()} ({sys.executable})",
        "kalends": f"{kalends.__version__} ({Path(kalends.__file__).parent})",
    }
    for name in ("numpy", "pandas", "dask", "distributed", "convertdate"):
        info[name] = version_of(name)
    icu = optional_import("icu")
    info["PyICU"] = f"{icu.VERSION} (ICU {icu.ICU_VERSION})" if icu else None
    return info


def optional_import(name):
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# --- Input days ---------------------------------------------------------------

def modern_range(kalends):
    """First and last JDN of Gregorian 1900-2100, as in the C++ benchmark's "modern" range."""
    jdn, _ = kalends.to_jdn([1900, 2100], [1, 12], [1, 31], "gregorian")
    return int(jdn[0]), int(jdn[1])


def random_days(kalends, size, seed=20240601):
    first, last = modern_range(kalends)
    return np.random.default_rng(seed).integers(first, last + 1, size, dtype=np.int64)


# --- 1. kalends over NumPy arrays ------------------------------------------------

def bench_kalends(kalends, jdns, repeat):
    """ns per element of from_jdn and to_jdn per calendar, after checking the round trip."""
    # Untimed: the first calendar measured would otherwise also pay for the process's first big
    # allocations and the CPU ramping up.
    for _ in range(3):
        kalends.to_jdn(*kalends.from_jdn(jdns, CALENDARS[0].name)[:3], CALENDARS[0].name)
    results = {}
    for spec in CALENDARS:
        y, m, d, valid = kalends.from_jdn(jdns, spec.name)
        back, back_valid = kalends.to_jdn(y, m, d, spec.name)
        if not (valid.all() and back_valid.all() and np.array_equal(back, jdns)):
            raise SystemExit(f"kalends {spec.name}: the round trip over the input days failed")
        # out=: the caller's arrays, reused from call to call, as the C++ bulk case reuses its buffers.
        parts_out = tuple(np.empty(jdns.size, dtype) for dtype in ("int32", "int32", "int32", "bool"))
        jdn_out = (np.empty(jdns.size, "int64"), np.empty(jdns.size, "bool"))
        results[spec.name] = {
            "from_jdn": per_element(timed(lambda: kalends.from_jdn(jdns, spec.name), repeat), jdns.size),
            "to_jdn": per_element(timed(lambda: kalends.to_jdn(y, m, d, spec.name), repeat), jdns.size),
            "from_jdn_out": per_element(timed(lambda: kalends.from_jdn(jdns, spec.name, out=parts_out), repeat),
                                        jdns.size),
            "to_jdn_out": per_element(timed(lambda: kalends.to_jdn(y, m, d, spec.name, out=jdn_out), repeat),
                                      jdns.size),
        }
    return results


def bench_kalends_small(kalends, jdns, repeat, calls_per_run):
    """The same on a cache-sized array, called repeatedly: what is left without page faults and DRAM traffic."""
    def many(fn):
        def run():
            for _ in range(calls_per_run):
                fn()  # each result is dropped at once, so the next call reuses its memory
        return run

    results = {}
    for spec in CALENDARS:
        y, m, d, _ = kalends.from_jdn(jdns, spec.name)
        results[spec.name] = {
            "from_jdn": per_element(timed(many(lambda: kalends.from_jdn(jdns, spec.name)), repeat),
                                    jdns.size * calls_per_run),
            "to_jdn": per_element(timed(many(lambda: kalends.to_jdn(y, m, d, spec.name)), repeat),
                                  jdns.size * calls_per_run),
        }
    return results


def bench_numpy_floor(size, repeat):
    """What merely allocating and writing the output arrays costs (fresh pages, as from_jdn/to_jdn get)."""
    def parts_outputs():
        return [np.ones(size, dtype) for dtype in ("int32", "int32", "int32", "bool")]

    def jdn_outputs():
        return [np.ones(size, dtype) for dtype in ("int64", "bool")]

    return {"from_jdn": per_element(timed(parts_outputs, repeat), size),
            "to_jdn": per_element(timed(jdn_outputs, repeat), size)}


# --- 2. The C++ bulk API -----------------------------------------------------------

def find_cxx_bench(explicit):
    if explicit:
        path = Path(explicit)
        return path if path.is_file() else None
    found = [p for p in ROOT.glob("build/bench*/bench/bench_conversions") if p.is_file()]
    return max(found, key=lambda p: p.stat().st_mtime) if found else None


def cxx_build_hint():
    build = ROOT / "build" / "bench-py"
    return (f"cmake -S {ROOT} -B {build} -G Ninja -DCMAKE_BUILD_TYPE=Release -DKALENDS_BUILD_BENCH=ON "
            f"-DKALENDS_BUILD_TESTS=OFF && cmake --build {build} --target bench_conversions")


def bench_cxx(binary, repeat):
    """ns per conversion of the bulk cases, {calendar: {direction: stats}}, plus the run's notes."""
    names = "|".join(spec.cxx for spec in CALENDARS)
    command = [str(binary), f"--benchmark_filter=^({names})/(to_parts|to_jdn)/bulk/throughput/modern$",
               "--benchmark_format=json", f"--benchmark_repetitions={max(repeat, 3)}",
               "--benchmark_report_aggregates_only=false", "--benchmark_min_time=0.05"]
    run = subprocess.run(command, capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    samples = {}
    for bench in report["benchmarks"]:
        if bench.get("run_type") == "iteration":
            samples.setdefault(bench["run_name"], []).append(bench["ns_per_conversion"])
    results = {}
    for spec in CALENDARS:
        for direction in DIRECTIONS:
            values = samples.get(f"{spec.cxx}/{CXX_DIRECTION[direction]}/bulk/throughput/modern")
            if values:
                results.setdefault(spec.name, {})[direction] = {
                    "median_ns": statistics.median(values), "min_ns": min(values), "runs": len(values)}
    notes = {k: v for k, v in report["context"].items() if k == "note:bulk" or k.endswith("/handle")}
    return {"binary": str(binary), "command": command, "results": results, "notes": notes,
            "context": {k: report["context"].get(k) for k in
                        ("kalends_compiler", "kalends_cxx_flags", "kalends_build_type", "kalends_inputs")}}


# --- 3. Per-date peers -----------------------------------------------------------
# The timed loops hold the peer's calls only: JDNs are turned into the peer's
# own instants (convertdate's JD, ICU's UDate) before, and back after.

@dataclass(frozen=True)
class Peer:
    instant_of: object  # JDN -> the peer's instant
    jdn_of: object  # the peer's instant -> JDN
    forward: object  # list of instants -> list of the peer's dates
    backward: object  # list of the peer's dates -> list of instants
    to_kalends: object  # one of the peer's dates -> kalends' (year, month, day); None = not compared


def convertdate_peer(module_name):
    module = importlib.import_module(f"convertdate.{module_name}")
    from_jd, to_jd = module.from_jd, module.to_jd

    def to_kalends(date):
        if module_name != "hebrew":
            return date
        # convertdate counts Hebrew months from Nisan (7 = Tishri); kalends from Tishri.
        y, m, d = date
        return y, m - 6 if m >= 7 else m + module.year_months(y) - 6, d

    return Peer(instant_of=lambda jdn: jdn - 0.5,  # the JD of the day's midnight
                jdn_of=lambda jd: int(jd + 0.5),
                forward=lambda jds: [from_jd(jd) for jd in jds],
                backward=lambda dates: [to_jd(y, m, d) for y, m, d in dates],
                to_kalends=to_kalends)


def icu_peer(keyword):
    icu = importlib.import_module("icu")
    fields = icu.UCalendarDateFields
    cal = icu.Calendar.createInstance(icu.TimeZone.getGMT(), icu.Locale(f"@calendar={keyword}"))
    get, set_field, clear, set_time, get_time = cal.get, cal.set, cal.clear, cal.setTime, cal.getTime
    year, month, day = fields.EXTENDED_YEAR, fields.MONTH, fields.DAY_OF_MONTH

    # Chinese months need the leap flag too; the other calendars do without it.
    if keyword == "chinese":
        def forward(udates):
            out = []
            for udate in udates:
                set_time(udate)
                out.append((get(year), get(month), get(ICU_IS_LEAP_MONTH), get(day)))
            return out

        def backward(dates):
            out = []
            for y, m, leap, d in dates:
                clear()
                set_field(year, y)
                set_field(month, m)
                set_field(ICU_IS_LEAP_MONTH, leap)
                set_field(day, d)
                out.append(get_time())
            return out
    else:
        def forward(udates):
            out = []
            for udate in udates:
                set_time(udate)
                out.append((get(year), get(month), get(day)))
            return out

        def backward(dates):
            out = []
            for y, m, d in dates:
                clear()
                set_field(year, y)
                set_field(month, m)
                set_field(day, d)
                out.append(get_time())
            return out

    def to_kalends(date):
        if keyword == "chinese":  # ICU's months are (number, leap flag), kalends' ordinal: years and days only
            y, _, _, d = date
            return y - CHINESE_ICU_YEAR_OFFSET, None, d
        y, m, d = date
        if keyword == "hebrew" and m >= 6 and (7 * y + 1) % 19 >= 7:
            return y, m, d  # a common year skips ICU's month 5 (Adar I)
        return y, m + 1, d

    return Peer(instant_of=lambda jdn: (jdn - UNIX_EPOCH_JDN) * SECONDS_PER_DAY,  # PyICU's UDate is in seconds
                jdn_of=lambda udate: round(udate / SECONDS_PER_DAY) + UNIX_EPOCH_JDN,
                forward=forward, backward=backward, to_kalends=to_kalends)


def agreement(peer, peer_dates, expected):
    """Fraction of the sample where the peer's date is kalends' date (fields None are not compared)."""
    same = 0
    for date, want in zip(peer_dates, expected):
        same += all(g is None or g == w for g, w in zip(peer.to_kalends(date), want))
    return same / len(expected)


def bench_peer(peer, jdns, expected, sample, repeat, budget):
    """ns per date both ways; slow peers get fewer dates so that a timed loop stays near `budget` seconds."""
    probe = [peer.instant_of(jdn) for jdn in jdns[:20]]
    probe_dates = peer.forward(probe)
    estimate = max(min(timed(lambda: peer.forward(probe), 2)), min(timed(lambda: peer.backward(probe_dates), 2)))
    count = int(min(sample, max(50, budget / (estimate / len(probe)))))
    instants = [peer.instant_of(jdn) for jdn in jdns[:count]]
    dates = peer.forward(instants)
    if [peer.jdn_of(x) for x in peer.backward(dates)] != jdns[:count]:
        raise SystemExit("a peer's round trip failed: its dates do not map back to the same days")
    return {
        "from_jdn": per_element(timed(lambda: peer.forward(instants), repeat, warmup=False), count),
        "to_jdn": per_element(timed(lambda: peer.backward(dates), repeat, warmup=False), count),
        "agreement": agreement(peer, dates, expected[:count]),
    }


def bench_peers(kalends, jdns, sample, repeat, budget):
    """{peer: {calendar: stats}}, and the peers that are not installed."""
    days = jdns[:sample].tolist()
    makers = {"convertdate": (optional_import("convertdate"), lambda spec: spec.convertdate and
                              convertdate_peer(spec.convertdate)),
              "ICU": (optional_import("icu"), lambda spec: icu_peer(spec.icu))}
    results = {name: {} for name in makers}
    for spec in CALENDARS:
        y, m, d, _ = kalends.from_jdn(jdns[:sample], spec.name)
        expected = list(zip(y.tolist(), m.tolist(), d.tolist()))
        for name, (installed, make) in makers.items():
            peer = installed and make(spec)
            if peer:
                results[name][spec.name] = bench_peer(peer, days, expected, sample, repeat, budget)
    return results, [name for name, (installed, _) in makers.items() if not installed]


# --- 4. Dask -------------------------------------------------------------------

def partition_days(index, rows, first, span):
    """Partition `index` of the pipeline's input: consecutive days cycling through 1900-2100."""
    import pandas
    start = index * rows
    return pandas.DataFrame({"jdn": first + np.arange(start, start + rows, dtype=np.int64) % span})


def convert_with_from_jdn(frame, calendar):
    import kalends
    import pandas
    y, m, d, _ = kalends.from_jdn(frame["jdn"].to_numpy(), calendar)
    return pandas.DataFrame({"year": y, "month": m, "day": d}, index=frame.index)


def convert_with_accessor(frame, calendar):
    return frame["jdn"].kal.to(calendar)[["year", "month", "day"]]


def pipeline_kinds(kalends):
    """The per-partition conversions to time: kalends.from_jdn always, the pandas accessor when it exists."""
    import pandas
    kinds = {"from_jdn": convert_with_from_jdn}
    if hasattr(pandas.Series, "kal") or optional_import("kalends._pandas"):
        kinds["kal.to"] = convert_with_accessor
    return kinds


@dataclass(frozen=True)
class Pipeline:
    calendar: str
    partitions: int
    partition_rows: int
    first: int  # the days cycle through [first, first + span)
    span: int

    @property
    def rows(self):
        return self.partitions * self.partition_rows

    def frame(self, convert, run):
        """The dask graph; `run` makes its keys new, so no run reuses results a previous one left on the workers."""
        import dask.dataframe as dd
        import pandas
        meta_in = pandas.DataFrame({"jdn": pandas.Series([], dtype="int64")})
        days = dd.from_map(partition_days, range(self.partitions), args=(self.partition_rows, self.first, self.span),
                           meta=meta_in, token=f"kalends-bench-days-{run}")
        meta_out = convert(partition_days(0, 10, self.first, self.span), self.calendar).iloc[:0]
        return days.map_partitions(convert, self.calendar, meta=meta_out).sum()


def shape_pipeline(convert, calendar, first, span, total_rows, partition_rows, budget):
    """All of total_rows, unless one single-process pass over them would take over `budget` seconds
    (the accessor is far slower than from_jdn); at least 8 partitions, so that 2 workers share them."""
    probe = min(partition_rows, 200_000)
    seconds = min(timed(lambda: convert(partition_days(0, probe, first, span), calendar).sum(), 2))
    rows = int(min(total_rows, budget * probe / seconds))
    per_partition = max(10_000, min(partition_rows, rows // 8))
    return Pipeline(calendar, max(1, rows // per_partition), per_partition, first, span)


def run_single_process(convert, pipeline):
    """The pipeline's work in this process, one partition after another: the no-Dask reference."""
    total = np.zeros(3, dtype=np.int64)
    for i in range(pipeline.partitions):
        days = partition_days(i, pipeline.partition_rows, pipeline.first, pipeline.span)
        total += convert(days, pipeline.calendar).sum().to_numpy(dtype=np.int64)
    return total.tolist()


def time_cluster(convert, pipeline, workers, runs, expected):
    """Rows per second on a LocalCluster of `workers` single-threaded processes."""
    from distributed import Client, LocalCluster
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        startup = time.perf_counter() - started
        where = sorted(set(client.run(lambda: __import__("kalends").__file__).values()))
        got = [int(x) for x in pipeline.frame(convert, "warmup").compute()]
        if got != expected:
            raise SystemExit(f"dask: {workers} worker(s) gave sums {got}, this process {expected}")
        times = []
        for run in range(runs):
            result = pipeline.frame(convert, run)
            start = time.perf_counter()
            result.compute()
            times.append(time.perf_counter() - start)
    return {"rows_per_s": pipeline.rows / statistics.median(times), "best_rows_per_s": pipeline.rows / min(times),
            "cluster_startup_s": startup, "kalends_imported_from": where}


def kalends_pythonpath(kalends):
    """PYTHONPATH for the workers: the directory kalends was imported from, then the caller's path."""
    package_dir = str(Path(kalends.__file__).resolve().parent.parent)
    current = os.environ.get("PYTHONPATH", "")
    return os.pathsep.join([package_dir] + [p for p in current.split(os.pathsep) if p and p != package_dir])


def bench_dask(kalends, calendar, total_rows, partition_rows, budget, repeat):
    first, last = modern_range(kalends)
    # Worker processes inherit the environment: that is how they find kalends.
    os.environ["PYTHONPATH"] = kalends_pythonpath(kalends)
    runs = min(repeat, 3)
    out = {"calendar": calendar, "runs": runs, "pipelines": {}}
    for kind, convert in pipeline_kinds(kalends).items():
        pipeline = shape_pipeline(convert, calendar, first, last - first + 1, total_rows, partition_rows, budget)
        expected = run_single_process(convert, pipeline)
        single = timed(lambda: run_single_process(convert, pipeline), runs, warmup=False)
        out["pipelines"][kind] = {
            "rows": pipeline.rows, "partitions": pipeline.partitions,
            "single_process_rows_per_s": pipeline.rows / statistics.median(single),
            "workers": {n: time_cluster(convert, pipeline, n, runs, expected) for n in (1, 2)},
        }
    return out


# --- Report ------------------------------------------------------------------------

def fmt_ns(stats):
    if not stats:
        return "n/a"
    ns = stats["median_ns"]
    return f"{ns:.2f}" if ns < 100 else f"{ns:,.0f}"


def fmt_ratio(value):
    if value is None:
        return "n/a"
    return f"{value:.2f}" if value < 10 else f"{value:,.0f}"


def ratio(numerator, denominator):
    return numerator["median_ns"] / denominator["median_ns"] if numerator and denominator else None


def direction_table(direction, report):
    title = {"from_jdn": "JDN -> (year, month, day): kalends.from_jdn, C++ bulk parts_from_dates, per-date peers",
             "to_jdn": "(year, month, day) -> JDN: kalends.to_jdn, C++ bulk dates_from_parts, per-date peers"}
    header = (f"{'calendar':<14}{'kalends':>8}{'out=':>6}{'small':>7}{'floor':>7}{'C++ bulk':>9}{'py/C++':>7}"
              f"{'out/C++':>8}{'convertdate':>13}{'speedup':>11}{'ICU':>9}{'speedup':>9}")
    lines = [title[direction], "ns per element, medians; speedup = peer ns / kalends ns", header]
    goals = {"out/C++ <= 2": (lambda v: v <= 2), "convertdate >= 100x": (lambda v: v >= 100),
             "ICU >= 100x": (lambda v: v >= 100)}
    tally = {key: [0, 0] for key in goals}
    floor = report["numpy_floor"][direction]
    for spec in CALENDARS:
        mine = report["kalends"][spec.name][direction]
        reused = report["kalends"][spec.name][direction + "_out"]
        small = report["kalends_small"][spec.name][direction]
        cxx = report.get("cxx", {}).get("results", {}).get(spec.name, {}).get(direction)
        convertdate = report["peers"]["convertdate"].get(spec.name, {}).get(direction)
        icu = report["peers"]["ICU"].get(spec.name, {}).get(direction)
        new_over_cxx = ratio(mine, cxx)
        values = {"out/C++ <= 2": ratio(reused, cxx), "convertdate >= 100x": ratio(convertdate, mine),
                  "ICU >= 100x": ratio(icu, mine)}
        for key, value in values.items():
            if value is not None:
                tally[key][0] += goals[key](value)
                tally[key][1] += 1
        lines.append(f"{spec.name:<14}{fmt_ns(mine):>8}{fmt_ns(reused):>6}{fmt_ns(small):>7}{fmt_ns(floor):>7}"
                     f"{fmt_ns(cxx):>9}{fmt_ratio(new_over_cxx):>7}{fmt_ratio(values['out/C++ <= 2']):>8}"
                     f"{fmt_ns(convertdate):>13}"
                     f"{fmt_ratio(values['convertdate >= 100x']):>11}{fmt_ns(icu):>9}"
                     f"{fmt_ratio(values['ICU >= 100x']):>9}")
    lines.append("targets met: " + "; ".join(f"{key} {ok}/{n}" if n else f"{key} not measured"
                                             for key, (ok, n) in tally.items()))
    return lines


def legend(report):
    return [f"kalends: {report['size']:,} days per call into new arrays; out=: the same into reused arrays (out=); "
            f"small: {report['small_size']:,} days per call, repeated (cache-sized, no fresh pages);",
            "floor: NumPy allocating and writing the same outputs alone (3 x int32 + bool, or int64 + bool) "
            f"for {report['size']:,} days;",
            "C++ bulk: bench_conversions' <calendar>/<dir>/bulk/throughput/modern (1000 days per call into "
            "reused buffers); py/C++ = kalends / C++ bulk; out/C++ = out= / C++ bulk (both reuse their outputs);",
            "speedups over peers use the new-array figure"]


def peer_notes(report):
    lines = ["peer sample sizes (dates timed) and agreement with kalends on them:"]
    for peer, by_calendar in report["peers"].items():
        cells = [f"{name} {r['from_jdn']['elements']} dates, {100 * r['agreement']:.2f}% agree"
                 for name, r in by_calendar.items()]
        lines.append(f"  {peer}: " + "; ".join(cells))
    lines.append("  (ICU chinese: years and days compared, its months are numbered differently; "
                 "ICU 72 has known Hebrew and Chinese defects, see bench_conversions' notes)")
    return lines


def dask_lines(report):
    dask = report["dask"]
    alone = report["kalends"].get(dask["calendar"], {}).get("from_jdn")
    lines = [f"Dask: consecutive days -> {dask['calendar']}, then column sums; rows per second, "
             f"median of {dask['runs']} runs",
             (f"(kalends.from_jdn alone, {report['size']:,} days per call: {1e3 / alone['median_ns']:,.0f} M rows/s)"
              if alone else "(kalends.from_jdn alone: not measured for this calendar)"),
             f"{'per partition':<16}{'rows':>12}{'parts':>7}{'1 process':>12}{'1 worker':>12}{'2 workers':>12}"
             f"{'2w/1w':>7}"]
    imported = set()
    for kind, entry in dask["pipelines"].items():
        one, two = entry["workers"][1]["rows_per_s"], entry["workers"][2]["rows_per_s"]
        lines.append(f"{kind:<16}{entry['rows']:>12,}{entry['partitions']:>7}"
                     f"{entry['single_process_rows_per_s'] / 1e6:>10,.1f} M{one / 1e6:>10,.1f} M{two / 1e6:>10,.1f} M"
                     f"{two / one:>7.2f}")
        for w in entry["workers"].values():
            imported.update(w["kalends_imported_from"])
    lines.append("workers imported kalends from: " + ", ".join(sorted(imported)))
    return lines


def print_report(report):
    info = report["machine"]
    print("=" * 100)
    print(f"CPU {info['cpu']}, {info['nproc']} CPUs available, load average {info['load_avg_at_start']} at start, "
          f"{info['load_avg_at_end']} at end")
    print("; ".join(f"{k} {v}" for k, v in info.items() if not k.startswith(("cpu", "nproc", "load_avg"))))
    print(f"days: {report['size']:,} random JDNs in Gregorian 1900-2100; kalends median of {report['repeat']} runs")
    cxx = report.get("cxx")
    if cxx:
        print(f"C++: {cxx['binary']} ({cxx['context']['kalends_compiler']}, {cxx['context']['kalends_cxx_flags']}; "
              f"{cxx['context']['kalends_inputs']})")
        for key, text in cxx["notes"].items():
            print(f"C++ {key}: {text}")
    else:
        print(f"C++: skipped ({report['cxx_skipped']})")
    for direction in DIRECTIONS:
        print()
        print("\n".join(direction_table(direction, report)))
    print()
    print("\n".join(legend(report)))
    print()
    print("\n".join(peer_notes(report)))
    if report["peers_missing"]:
        print("peers not installed: " + ", ".join(report["peers_missing"]))
    if "dask" in report:
        print()
        print("\n".join(dask_lines(report)))
    elif "dask_skipped" in report:
        print(f"\nDask: skipped ({report['dask_skipped']})")
    print(f"\ntotal run time {report['run_seconds']:.0f} s")


# --- Main ----------------------------------------------------------------------------

def import_kalends():
    """kalends from the path, else from the Release build tree."""
    try:
        return importlib.import_module("kalends")
    except ImportError:
        sys.path.insert(0, str(ROOT / "build" / "rel" / "python"))
        try:
            return importlib.import_module("kalends")
        except ImportError:
            raise SystemExit("cannot import kalends: set PYTHONPATH to the build's python directory "
                             "(e.g. build/rel/python)") from None


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=10_000_000, help="days converted by kalends (default 10^7)")
    parser.add_argument("--small-size", type=int, default=100_000,
                        help="days of the cache-sized kalends measurement (default 10^5)")
    parser.add_argument("--peer-sample", type=int, default=20_000, help="dates per peer loop (default 20000)")
    parser.add_argument("--peer-budget", type=float, default=1.0,
                        help="seconds one timed peer loop may take; slower peers get fewer dates (default 1)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per measurement (default 5)")
    parser.add_argument("--cxx-bench", help="bench_conversions binary (default: newest build/bench*/bench/)")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--dask-rows", type=int, default=40_000_000, help="days through the pipeline (default 4e7)")
    parser.add_argument("--dask-partition-rows", type=int, default=2_000_000)
    parser.add_argument("--dask-calendar", default="persian")
    parser.add_argument("--dask-budget", type=float, default=2.0,
                        help="seconds one single-process pass may take; a slower pipeline gets fewer rows (default 2)")
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE")
    return parser.parse_args()


def main():
    args = parse_args()
    started = time.perf_counter()
    kalends = import_kalends()
    report = {"machine": machine_info(kalends), "size": args.size, "repeat": args.repeat}
    jdns = random_days(kalends, args.size)

    report["kalends"] = bench_kalends(kalends, jdns, args.repeat)
    small = min(args.small_size, args.size)
    report["small_size"] = small
    report["kalends_small"] = bench_kalends_small(kalends, jdns[:small], args.repeat, max(1, 2_000_000 // small))
    report["numpy_floor"] = bench_numpy_floor(args.size, args.repeat)

    binary = find_cxx_bench(args.cxx_bench)
    if binary:
        report["cxx"] = bench_cxx(binary, args.repeat)
    else:
        where = args.cxx_bench or f"{ROOT}/build/bench*/bench/bench_conversions"
        report["cxx_skipped"] = f"{where} not found; build it with: {cxx_build_hint()}"
        print(f"note: C++ column skipped: {report['cxx_skipped']}", file=sys.stderr)

    report["peers"], report["peers_missing"] = bench_peers(kalends, jdns, min(args.peer_sample, args.size),
                                                           args.repeat, args.peer_budget)
    if args.skip_dask:
        report["dask_skipped"] = "--skip-dask"
    elif not (optional_import("dask.dataframe") and optional_import("distributed")):
        report["dask_skipped"] = "dask.dataframe or distributed not installed"
    else:
        report["dask"] = bench_dask(kalends, args.dask_calendar, args.dask_rows, args.dask_partition_rows,
                                    args.dask_budget, args.repeat)
    report["run_seconds"] = time.perf_counter() - started
    report["machine"]["load_avg_at_end"] = [round(x, 2) for x in os.getloadavg()]
    print_report(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str) + "\n")


if __name__ == "__main__":
    main()

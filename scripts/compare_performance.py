#!/usr/bin/python3
"""Compare kalends' conversion speed between two commits, measured in one run.

Builds bench_conversions (Release) for a base commit and for the current
HEAD, each in its own git worktree under build/, then runs the two programs
by turns (base, head, base, head, ...) so that both see the same machine
state, and reports for every kalends benchmark (kernel, handle, bulk) the
median time per conversion before and after and their ratio. With --write
it puts the table into docs/performance.md, between the markers
"<!-- before-after -->" and "<!-- /before-after -->".

    scripts/compare_performance.py --base d92da79            print the table
    scripts/compare_performance.py --base d92da79 --write    and update the doc

A ratio above 1 means the later commit is slower. The whole comparison takes
about 10-15 minutes on a 2-core machine, mostly the two builds.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOC = os.path.join(ROOT, "docs", "performance.md")
BEGIN, END = "<!-- before-after -->", "<!-- /before-after -->"
KALENDS_IMPLS = ("kernel", "handle", "bulk")


def git(*args):
    return subprocess.run(["git", "-C", ROOT, *args], check=True, capture_output=True, text=True).stdout.strip()


def build(rev, label):
    """A worktree at `rev` and its bench_conversions; returns the program's path."""
    tree = os.path.join(ROOT, "build", f"compare-{label}")
    if os.path.isdir(tree):
        subprocess.run(["git", "-C", ROOT, "worktree", "remove", "--force", tree], check=True)
    subprocess.run(["git", "-C", ROOT, "worktree", "add", "--detach", "--force", tree, rev], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    out = os.path.join(tree, "build")
    subprocess.run(["cmake", "-S", tree, "-B", out, "-G", "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                    "-DKALENDS_BUILD_BENCH=ON", "-DKALENDS_BUILD_TESTS=OFF", "-DKALENDS_BUILD_TOOLS=OFF"],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["cmake", "--build", out, "-j", str(os.cpu_count() or 2), "--target", "bench_conversions"],
                   check=True, stdout=subprocess.DEVNULL)
    return os.path.join(out, "bench", "bench_conversions")


def run_once(program, bench_filter, min_time):
    """{benchmark name: ns per conversion} from one run (median of 3 repetitions)."""
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([program, f"--benchmark_filter={bench_filter}", "--benchmark_repetitions=3",
                        "--benchmark_report_aggregates_only=true", f"--benchmark_min_time={min_time}",
                        f"--benchmark_out={out.name}", "--benchmark_out_format=json"],
                       check=True, stdout=subprocess.DEVNULL)
        data = json.load(open(out.name))
    times = {}
    for b in data["benchmarks"]:
        if b.get("aggregate_name") != "median":
            continue
        items = b.get("items_per_second")
        if items:
            times[b["run_name"]] = 1e9 / items
    return times


def is_kalends(name):
    return any(f"/{impl}/" in f"/{name}/" for impl in KALENDS_IMPLS)


def table(base_rev, head_rev, before, after):
    names = sorted(set(before) & set(after))
    ratios = [after[n] / before[n] for n in names]
    lines = [
        f"Measured in one run by `scripts/compare_performance.py`: `{base_rev}` (before) and `{head_rev}` "
        f"(after) built alike and run by turns; ns per conversion, median of the rounds' medians.",
        "",
        "| benchmark | before (ns) | after (ns) | after / before |",
        "|---|---:|---:|---:|",
    ]
    for n, r in zip(names, ratios):
        lines.append(f"| `{n}` | {before[n]:.2f} | {after[n]:.2f} | {r:.2f} |")
    slower = [n for n, r in zip(names, ratios) if r > 1.10]
    lines += ["", f"{len(names)} benchmarks; median ratio {statistics.median(ratios):.3f}; "
              f"{len(slower)} slower by more than 10%" + (": " + ", ".join(f"`{n}`" for n in slower) if slower else "") + "."]
    return "\n".join(lines), slower


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--base", required=True, help="the earlier commit")
    p.add_argument("--rounds", type=int, default=3, help="runs of each program, by turns (default 3)")
    p.add_argument("--min-time", default="0.05", help="--benchmark_min_time in seconds (default 0.05)")
    p.add_argument("--filter", default="/(kernel|handle|bulk)/", help="--benchmark_filter (default: every kalends benchmark)")
    p.add_argument("--write", action="store_true", help="put the table into docs/performance.md")
    args = p.parse_args()

    base_rev, head_rev = git("rev-parse", "--short", args.base), git("rev-parse", "--short", "HEAD")
    programs = {"before": build(args.base, "before"), "after": build("HEAD", "after")}
    rounds = {"before": [], "after": []}
    for i in range(args.rounds):
        for label, program in programs.items():
            print(f"round {i + 1}: {label}", file=sys.stderr)
            rounds[label].append({n: t for n, t in run_once(program, args.filter, args.min_time).items() if is_kalends(n)})
    medians = {label: {n: statistics.median(r[n] for r in runs if n in r) for n in set().union(*runs)}
               for label, runs in rounds.items()}
    text, slower = table(base_rev, head_rev, medians["before"], medians["after"])
    print(text)
    if args.write:
        doc = open(DOC).read()
        section = f"{BEGIN}\n{text}\n{END}"
        if BEGIN in doc:
            doc = doc[:doc.index(BEGIN)] + section + doc[doc.index(END) + len(END):]
        else:
            doc += "\n## Before and after the last redesign\n\n" + section + "\n"
        open(DOC, "w").write(doc)
    return 0


if __name__ == "__main__":
    sys.exit(main())

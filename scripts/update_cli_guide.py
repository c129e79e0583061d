#!/usr/bin/python3
"""Refreshes the sample output in docs/cli.md from the real tool.

    scripts/update_cli_guide.py [PATH_TO_KALENDS]

Every fenced block that starts with ```console holds commands on lines that
start with "$ " and their output below them; each command is run again
(through bash, with KALENDS_TODAY=2025-03-21 and LC_ALL=C.UTF-8 so that the
output is reproducible, "kalends" meaning the given binary) and its output
replaces the old one. Nothing else in the file changes.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUIDE = os.path.join(ROOT, "docs", "cli.md")


def run(command, kalends):
    env = dict(os.environ, KALENDS_TODAY="2025-03-21", LC_ALL="C.UTF-8", PATH=os.path.dirname(kalends) + ":" + os.environ["PATH"])
    env.pop("NO_COLOR", None)
    out = subprocess.run(["bash", "-c", command + " 2>&1"], capture_output=True, env=env, text=True)
    lines = [line.rstrip() for line in out.stdout.splitlines()]
    return lines


def main():
    kalends = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "release", "tools", "kalends", "kalends"))
    if not os.access(kalends, os.X_OK):
        sys.exit(f"{kalends} is not an executable (build the tool first)")
    text = open(GUIDE, encoding="utf-8").read()

    def refresh(block):
        lines = block.group(1).split("\n")
        out = []
        for line in lines:
            if line.startswith("$ "):
                out.append(line)
                out.extend(run(line[2:], kalends))
        return "```console\n" + "\n".join(out) + "\n```"

    new = re.sub(r"```console\n(.*?)\n```", refresh, text, flags=re.S)
    with open(GUIDE, "w", encoding="utf-8") as f:
        f.write(new)


if __name__ == "__main__":
    main()

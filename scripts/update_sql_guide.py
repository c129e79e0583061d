#!/usr/bin/python3
"""Refreshes the sample output in docs/sql.md from a real server.

    scripts/update_sql_guide.py BUILD_DIR

Every fenced block that starts with ```psql holds statements on lines that
start with "=> " (a statement may go on over lines that start with "-> ")
and their output below them. All of them are run, in order, in one psql
session on a throw-away cluster (scripts/sql_shell.sh, with DateStyle ISO),
and each one's output (with its errors, which psql writes to the same
stream in order) replaces the old one. Nothing else in the file changes.
"""

import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GUIDE = os.path.join(ROOT, "docs", "sql.md")
BLOCK = re.compile(r"```psql\n(.*?)```", re.S)
SEPARATOR = "@@kalends-guide@@"


def statements_of(block):
    """The statements of a block, each as its lines (without the prompts)."""
    statements = []
    for line in block.split("\n"):
        if line.startswith("=> "):
            statements.append([line[3:]])
        elif line.startswith("-> ") and statements:
            statements[-1].append(line[3:])
    return statements


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    text = open(GUIDE, encoding="utf-8").read()
    blocks = [statements_of(m.group(1)) for m in BLOCK.finditer(text)]
    script = ["SET DateStyle = 'ISO, YMD';", "\\set VERBOSITY default"]
    for block in blocks:
        for statement in block:
            script.append(f"\\echo {SEPARATOR}")
            script.extend(statement)
    script.append(f"\\echo {SEPARATOR}")
    run = subprocess.run([os.path.join(ROOT, "scripts", "sql_shell.sh"), sys.argv[1], "-q", "-v", "ON_ERROR_STOP=0"],
                         input="\n".join(script) + "\n", stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    outputs = run.stdout.split(SEPARATOR + "\n")[1:-1]
    if run.returncode != 0 or len(outputs) != sum(len(b) for b in blocks):
        sys.exit(f"psql failed ({run.returncode}):\n{run.stdout}")
    answers = iter(outputs)

    def refresh(match):
        lines = []
        answered = False  # whether the statement before printed something
        for statement in statements_of(match.group(1)):
            if answered:
                lines.append("")
            lines.append("=> " + statement[0])
            lines.extend("-> " + more for more in statement[1:])
            answer = next(answers).rstrip("\n")
            answered = bool(answer)
            if answered:
                lines.extend(line.rstrip() for line in answer.split("\n"))
        return "```psql\n" + "\n".join(lines) + "\n```"

    text = BLOCK.sub(refresh, text)
    open(GUIDE, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main()

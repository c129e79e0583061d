#!/usr/bin/python3
"""Tests of the kalends(1) man page generated from the --help texts.

Usage: man_page_test.py PATH_TO_KALENDS PATH_TO_KALENDS_1 [BUILD_DIR]

Proves that the page is clean roff (groff -ww -z prints no warning), that
man(1) renders it, and that the text of `kalends --help` and of every
`kalends COMMAND --help` (the commands the tool's --help lists) appears in
the rendered page word for word, after normalizing whitespace, hyphens and
quotes. The check is shown to be real: a help text with one word changed
must not be found. With BUILD_DIR, `cmake --install BUILD_DIR --component
man` into a temporary prefix must install share/man/man1/kalends.1.
Exit status 0 = pass, 1 = fail, 77 = skipped (groff or man is missing).
"""

import filecmp
import os
import re
import shutil
import subprocess
import sys
import tempfile

KALENDS, PAGE = sys.argv[1], sys.argv[2]
BUILD_DIR = sys.argv[3] if len(sys.argv) > 3 else None
SKIP = 77
ENV = dict(os.environ, LC_ALL="C.UTF-8", MANWIDTH="80", MANPAGER="cat", PAGER="cat")
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def words(text):
    """The words of a text, whatever the renderer did to hyphens, quotes and line breaks."""
    text = re.sub(r".\x08", "", text)  # overstrike bold and underline, if any
    for fancy, plain in (("\u2010", "-"), ("\u2011", "-"), ("\u2212", "-"), ("\u2018", "'"), ("\u2019", "'"),
                         ("\u201c", '"'), ("\u201d", '"'), ("\u00a0", " ")):
        text = text.replace(fancy, plain)
    text = re.sub(r"(?<=[A-Za-z])-\n\s*(?=[a-z])", "", text)  # a word hyphenated at the end of a line
    return text.split()


def contains(haystack, needle):
    if not needle:
        return True
    first, n = needle[0], len(needle)
    return any(haystack[i:i + n] == needle for i, word in enumerate(haystack) if word == first)


def help_of(*command):
    result = subprocess.run([KALENDS, *command, "--help"], capture_output=True, text=True, env=ENV, check=False)
    check(result.returncode == 0, f"kalends {' '.join(command)} --help: exit {result.returncode}")
    return result.stdout


def documented_commands(tool_help):
    text = tool_help.split("Commands:")[1].split("Options:")[0]
    names = [line.split()[0] for line in text.splitlines() if line.startswith("  ") and line[2] != " "]
    return [name for name in names if name != "(none)"]


def main():
    if shutil.which("groff") is None or shutil.which("man") is None:
        print("SKIP: groff or man is missing (Debian: groff-base, man-db)")
        return SKIP
    lint = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-ww", "-z", PAGE], capture_output=True, text=True,
                          env=ENV, check=False)
    check(lint.returncode == 0 and lint.stderr == "", f"groff -ww -z: {lint.stderr.strip()}")
    shown = subprocess.run(["man", "--no-hyphenation", "--no-justification", "-l", PAGE], capture_output=True,
                           text=True, env=ENV, check=False)
    check(shown.returncode == 0 and shown.stderr == "", f"man -l: exit {shown.returncode}: {shown.stderr.strip()}")
    page = words(shown.stdout)
    # The same check with groff's own hyphenation and justification, as a terminal shows the page by default.
    hyphenated = subprocess.run(["groff", "-k", "-man", "-Tutf8", "-P-cbou", PAGE], capture_output=True, text=True,
                                env=ENV, check=False)
    hyphenated_page = words(hyphenated.stdout)

    for section in ("NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "EXIT STATUS", "ENVIRONMENT", "SEE ALSO"):
        check(re.search(rf"^{section}$", shown.stdout, re.M) is not None, f"the page lacks the section {section}")
    for name in ("KALENDS_TODAY", "LC_ALL", "LC_TIME", "LANG", "NO_COLOR", "cal(1)", "ncal(1)", "date(1)", "dconv(1)",
                 "jcal(1)", "hdate(1)"):
        check(name in shown.stdout, f"the page does not mention {name}")

    tool_help = help_of()
    usage, _, rest = tool_help.partition("\n\n")
    check(contains(page, words(usage.replace("Usage: ", "", 1))), "the page lacks the tool's usage line")
    texts = {"kalends --help (after its usage)": rest}
    commands = documented_commands(tool_help)
    check(len(commands) >= 10, f"kalends --help lists only {commands}")
    for command in commands:
        texts[f"kalends {command} --help"] = help_of(command)
        check(re.search(rf"^   {re.escape(command)}$", shown.stdout, re.M) is not None,
              f"the page has no subsection for {command}")
    for label, text in texts.items():
        expected = words(text)
        check(contains(page, expected), f"the page (man -l) lacks the text of {label}")
        check(contains(hyphenated_page, expected), f"the page (groff, hyphenated) lacks the text of {label}")
    # The check is real: one word changed and the text is not found.
    changed = words(texts["kalends cal --help"])
    changed[len(changed) // 2] += "x"
    check(not contains(page, changed), "a changed help text is still found in the page: the check proves nothing")

    if BUILD_DIR:
        with tempfile.TemporaryDirectory() as prefix:
            install = subprocess.run(["cmake", "--install", BUILD_DIR, "--component", "man", "--prefix", prefix],
                                     capture_output=True, text=True, check=False)
            installed = os.path.join(prefix, "share", "man", "man1", "kalends.1")
            check(install.returncode == 0, f"cmake --install: {install.stderr.strip()}")
            check(os.path.isfile(installed) and filecmp.cmp(installed, PAGE, shallow=False),
                  f"cmake --install did not install {installed}")
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""Tests of the shell completion scripts of kalends ('kalends completion SHELL').

Usage: completion_test.py PATH_TO_KALENDS [ROUNDS [BUILD_DIR]]

bash: a real interactive bash (--norc --noprofile -i) on a pseudo-terminal
sources the script, gets keystrokes (`kalends c<TAB>`, with readline's
show-all-if-ambiguous so that one TAB lists what two list by default) and
shows its completions; each case ends with a key bound to print the line buffer and a
marker command, and the test reads until that marker (no sleeps). fish:
`complete -C` asks fish itself. zsh: `zsh -n` parses the script. The
expected words come from the tool's --help, `kalends list --json` and
ncal's own list of reforms (`ncal -p`), not from the scripts.
With BUILD_DIR, `cmake --install BUILD_DIR --component completion` into a
temporary prefix must install the three scripts where the shells look.
Exit status 0 = pass, 1 = fail, 77 = skipped (bash is missing).
"""

import json
import os
import pty
import re
import select
import shutil
import subprocess
import sys
import tempfile

KALENDS = os.path.abspath(sys.argv[1])
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 1
BUILD_DIR = sys.argv[3] if len(sys.argv) > 3 else None
INSTALLED = {"bash": "share/bash-completion/completions/kalends", "zsh": "share/zsh/vendor-completions/_kalends",
             "fish": "share/fish/vendor_completions.d/kalends.fish"}
SKIP = 77
TIMEOUT = 20.0
PROMPT = "KPROMPT> "
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def kalends(*args):
    return subprocess.run([KALENDS, *args], capture_output=True, text=True,
                          env=dict(os.environ, LC_ALL="C"), check=False)


def documented_commands():
    """The commands the tool's --help lists under Commands:."""
    text = kalends("--help").stdout.split("Commands:")[1].split("Options:")[0]
    names = [line.split()[0] for line in text.splitlines() if line.startswith("  ") and line[2] != " "]
    return [name for name in names if name != "(none)"]


def calendar_words():
    words = set()
    for cal in json.loads(kalends("list", "--json").stdout):
        words.update(name for name in [cal["name"], *cal["aliases"]] if re.fullmatch(r"[A-Za-z0-9._-]+", name))
    return words


def reform_codes():
    """The country codes of ncal -p (Debian's ncal), if it is there."""
    if shutil.which("ncal") is None:
        return None
    out = subprocess.run(["ncal", "-p"], capture_output=True, text=True, check=False).stdout
    return set(re.findall(r"\b([A-Z]{2})\b", out))


class InteractiveBash:
    """bash on a pseudo-terminal, with a readline that lists one match per line."""

    def __init__(self, script, home):
        inputrc = os.path.join(home, "inputrc")
        with open(inputrc, "w") as f:
            f.write("set bell-style none\nset page-completions off\nset completion-query-items 10000\n"
                    "set completion-display-width 0\nset enable-bracketed-paste off\nset colored-stats off\n"
                    "set horizontal-scroll-mode on\nset show-all-if-ambiguous on\n")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": home, "TERM": "dumb", "INPUTRC": inputrc,
               "PS1": PROMPT, "LC_ALL": "C.UTF-8", "HISTFILE": "/dev/null"}
        self.master, slave = pty.openpty()
        os.set_blocking(self.master, True)
        # A wide terminal: long --to lists then stay on one line.
        import fcntl, struct, termios  # noqa: E401 (only needed here)
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 50, 400, 0, 0))
        self.proc = subprocess.Popen(["bash", "--norc", "--noprofile", "-i"], stdin=slave, stdout=slave, stderr=slave,
                                     env=env, cwd=home, start_new_session=True)
        os.close(slave)
        self.buffer = ""
        self.cases = 0
        self.read_until(PROMPT)
        # C-x C-l prints the line buffer: what a single TAB completed.
        self.run_command(f"source {script}; bind -x '\"\\C-x\\C-l\": printf \"LINE<%s>\\\\n\" \"$READLINE_LINE\"'")

    def read_until(self, marker):
        while marker not in self.buffer:
            ready, _, _ = select.select([self.master], [], [], TIMEOUT)
            if not ready:
                raise TimeoutError(f"no {marker!r} from bash; got {self.buffer[-2000:]!r}")
            chunk = os.read(self.master, 65536)
            if not chunk:
                raise EOFError(f"bash ended; got {self.buffer[-2000:]!r}")
            self.buffer += chunk.decode("utf-8", "replace")
        before, _, self.buffer = self.buffer.partition(marker)
        return before

    def run_command(self, command):
        """Runs a command line; returns its output once the next prompt is up."""
        self.cases += 1
        done = f"DONE{self.cases}"
        # The marker is printed by printf, never echoed as typed ('DONE%s').
        os.write(self.master, f"{command}; printf 'DONE%s\\n' {self.cases}\r".encode())
        out = self.read_until(done)
        self.read_until(PROMPT)
        return out

    def complete(self, typed, tabs):
        """Types `typed` and TABs; returns (the matches listed, the line after completion)."""
        self.cases += 1
        done = f"DONE{self.cases}"
        keys = typed + "\t" * tabs + "\x18\x0c" + "\x15" + f"printf 'DONE%s\\n' {self.cases}\r"
        os.write(self.master, keys.encode())
        out = self.read_until(done)
        self.read_until(PROMPT)
        out = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", out).replace("\r", "")
        line_match = re.search(r"LINE<(.*)>", out)
        listed = []
        lines = out.split("\n")
        # The listing comes between the typed line and the prompt drawn again.
        for text in lines[1:]:
            if text.startswith(PROMPT) or text.startswith("LINE<"):
                break
            if text.strip():
                listed.append(text.strip())
        return listed, line_match.group(1) if line_match else None

    def close(self):
        self.proc.kill()
        self.proc.wait()
        os.close(self.master)


def bash_cases(bash, commands, calendars, reforms):
    def expect_list(typed, expected, exact=True):
        listed, _ = bash.complete(typed, 1)  # show-all-if-ambiguous: one TAB lists, as two do by default
        got = set(listed)
        if exact:
            check(got == set(expected), f"bash: {typed!r}<TAB> lists {sorted(got)}, expected {sorted(expected)}")
        else:
            check(set(expected) <= got, f"bash: {typed!r}<TAB> lists {sorted(got)}, lacks {sorted(set(expected) - got)}")
        return got

    def expect_line(typed, expected):
        listed, line = bash.complete(typed, 1)
        check(line == expected, f"bash: {typed!r}<TAB> makes the line {line!r}, expected {expected!r} (listed {listed})")

    expect_list("kalends c", [c for c in commands if c.startswith("c")])
    check({"cal", "completion", "convert"} <= {c for c in commands if c.startswith("c")}, "help lists cal, completion, convert")
    expect_list("kalends ", commands)
    expect_line("kalends ca", "kalends cal ")
    expect_line("kalends cal --fi", "kalends cal --first-weekday ")
    expect_list("kalends cal -c per", [w for w in calendars if w.startswith("per")])
    expect_list("kalends cal --calendar jal", [w for w in calendars if w.startswith("jal")])
    expect_list("kalends convert --from j", [w for w in calendars | {"jdn"} if w.startswith("j")])
    expect_list("kalends convert --to persian,isl",
                ["persian," + w for w in calendars if w.startswith("isl")])
    expect_line("kalends cal --dual heb", "kalends cal --dual hebrew ")
    got = expect_list("kalends cal --reform ", ["GB", "RU", "GR", "list"], exact=False)
    if reforms is not None:
        check(got - {"list"} <= reforms, f"bash: --reform codes {sorted(got - reforms - {'list'})} are not ncal -p's")
    expect_list("kalends cal --color=", ["auto", "always", "never"])
    expect_line("kalends cal --first-weekday mon", "kalends cal --first-weekday monday ")
    expect_list("kalends cal -L f", ["fa", "fi", "fil", "fr"], exact=False)
    expect_line("kalends help con", "kalends help convert ")
    expect_list("kalends completion ", ["bash", "zsh", "fish"])
    expect_line("kalends info heb", "kalends info hebrew ")
    expect_list("kalends info hebrew ", [])  # YEAR: nothing to offer
    expect_list("kalends seq --format ", [])  # a free value
    expect_list("kalends -", ["-h", "--help", "-V", "--version"])
    expect_line("kalends add --over", "kalends add --overflow ")
    expect_list("kalends add --overflow ", ["constrain", "reject"])
    expect_line("kalends cal -c persian 1404 --ye", "kalends cal -c persian 1404 --year ")


def fish_cases(script, commands, calendars):
    def complete(typed):
        out = subprocess.run(["fish", "--no-config", "-c", f"source {script}; complete -C {typed!r}"],
                             capture_output=True, text=True, timeout=60, check=False).stdout
        return {line.split("\t")[0] for line in out.splitlines()}

    check(complete("kalends c") == {c for c in commands if c.startswith("c")}, f"fish: kalends c: {complete('kalends c')}")
    check(complete("kalends cal --fi") == {"--first-weekday"}, "fish: kalends cal --fi")
    check(complete("kalends cal -c per") == {w for w in calendars if w.startswith("per")}, "fish: -c per")
    check(complete("kalends convert --to persian,heb") == {"persian,hebrew"}, "fish: --to persian,heb")
    check(complete("kalends help con") == {"convert"}, "fish: help con")
    check({"GB", "RU"} <= complete("kalends cal --reform "), "fish: --reform")


def check_install():
    with tempfile.TemporaryDirectory() as prefix:
        install = subprocess.run(["cmake", "--install", BUILD_DIR, "--component", "completion", "--prefix", prefix],
                                 capture_output=True, text=True, check=False)
        check(install.returncode == 0, f"cmake --install: {install.stderr.strip()}")
        for shell, path in INSTALLED.items():
            installed = os.path.join(prefix, path)
            if not os.path.isfile(installed):
                check(False, f"cmake --install did not install {path}")
                continue
            with open(installed) as f:
                check(f.read() == kalends("completion", shell).stdout, f"{path} is not 'kalends completion {shell}'")


def main():
    if shutil.which("bash") is None:
        print("SKIP: bash is missing")
        return SKIP
    commands = documented_commands()
    calendars = calendar_words()
    reforms = reform_codes()
    bad = kalends("completion", "tcsh")
    check(bad.returncode == 2 and "bash, zsh, fish" in bad.stderr, f"completion tcsh: {bad.returncode} {bad.stderr!r}")
    with tempfile.TemporaryDirectory() as home:
        scripts = {}
        for shell in ("bash", "zsh", "fish"):
            result = kalends("completion", shell)
            check(result.returncode == 0 and result.stdout, f"kalends completion {shell}: {result.returncode}")
            scripts[shell] = os.path.join(home, f"kalends.{shell}")
            with open(scripts[shell], "w") as f:
                f.write(result.stdout)
        for round_number in range(ROUNDS):
            bash = InteractiveBash(scripts["bash"], home)
            try:
                bash_cases(bash, commands, calendars, reforms)
            finally:
                bash.close()
            if failures:
                print(f"failed in round {round_number + 1} of {ROUNDS}")
                break
        if shutil.which("zsh"):
            parsed = subprocess.run(["zsh", "-n", scripts["zsh"]], capture_output=True, text=True, check=False)
            check(parsed.returncode == 0, f"zsh -n: {parsed.stderr}")
        else:
            print("note: zsh is missing; its script is not checked")
        if shutil.which("fish"):
            parsed = subprocess.run(["fish", "--no-execute", scripts["fish"]], capture_output=True, text=True, check=False)
            check(parsed.returncode == 0, f"fish --no-execute: {parsed.stderr}")
            fish_cases(scripts["fish"], commands, calendars)
        else:
            print("note: fish is missing; its script is not checked")
    if BUILD_DIR:
        check_install()
    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

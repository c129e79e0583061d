// The --help texts of the tool and of each command.
#include "commands.hpp"

#include <array>
#include <cstddef>

namespace kalends::cli {
namespace {

constexpr std::string_view tool_help = R"(Usage: kalends [COMMAND] [ARGS...]

Dates in every calendar the kalends library knows, with one grammar.

Commands:
  (none)     today's date in every built-in calendar
  today      the same, by name
  show       a date in every built-in calendar (also: kalends DATE)
  list       every calendar: names, aliases, ID and properties
  info       one calendar's properties, or one year's months
  convert    convert dates between calendars and day counts (batch from stdin)
  cal        month grids in any calendar
  add        add a duration to a date (P1Y2M10D, -P3W)
  diff       the duration between two dates
  seq        the dates from START to END by a step
  easter     the date of Easter Sunday (western or orthodox) of years
  completion SHELL
             a completion script for bash, zsh or fish
  help CMD   the help of a command (same as kalends CMD --help)

Options:
  -h, --help     this help
  -V, --version  the version

Exit status: 0 success, 1 an invalid date or year (or an I/O error),
2 a usage error (unknown command, option or calendar).

Examples:
  kalends
  kalends list
  kalends info persian 1403
  kalends convert --to persian,islamic-civil 2025-03-21
  seq 2460000 2460010 | kalends convert --from jdn --to gregorian
  kalends cal -c persian
  kalends cal 2025 3
  kalends add 2024-01-31 P1M

'kalends COMMAND --help' describes each command.
)";

constexpr std::string_view today_help = R"(Usage: kalends [today] [--locale LOC]

Prints today's date (the local date) in every built-in calendar, one line
each: the calendar's name, the date as YYYY-MM-DD, the weekday, and the date
in words.

  -L, --locale LOC  names and digits of a locale (default: LC_ALL, LC_TIME,
                    LANG; see 'kalends convert --help'); YYYY-MM-DD stays ASCII

The environment variable KALENDS_TODAY=YYYY-MM-DD (Gregorian) sets the day
shown, for reproducible output.

Examples:
  kalends
  kalends --locale fa
  KALENDS_TODAY=2025-03-21 kalends today
)";

constexpr std::string_view list_help = R"(Usage: kalends list [--json]

Lists every calendar the library has: its ID, primary name, kind (solar,
lunar or lunisolar), whether it has a year 0, its most months in a year, and
its aliases. Any name or alias may be given wherever a calendar is asked for,
in any letter case. A note follows for a name that another library uses for
a different calendar: 'islamic' is islamic-civil here, as in Qt, while
ICU's 'islamic' is astronomical.

Options:
  --json      print a JSON array of objects instead of a table
  -h, --help  this help

Examples:
  kalends list
  kalends list --json
)";

constexpr std::string_view info_help = R"(Usage: kalends info [--locale LOC] CAL [YEAR]

Prints the properties of calendar CAL (a name or alias, see 'kalends list').
With YEAR (in CAL's own numbering, e.g. -44 for 44 BCE in the Julian
calendar): whether the year is leap, its days, and each month's name, length
and first day in the Gregorian calendar.

Options:
  -L, --locale LOC  month names of a locale (default: LC_ALL, LC_TIME, LANG;
                    C, POSIX or unset: English); numbers stay ASCII
  -h, --help        this help

Examples:
  kalends info persian
  kalends info islamic-civil 1446
  kalends info --locale he hebrew 5784
  kalends info julian -- -44
)";

constexpr std::string_view convert_help = R"(Usage: kalends convert [--from CAL] [--to CAL[,CAL...]] [--locale LOC]
                       [--format FMT | --pattern LDML | --style STYLE | --qt-format QT]
                       [--json | --header] [--input-pattern LDML | -i FMT]... [--lenient] [DATE...]

Converts dates from one calendar (or day count) to others.

  --from CAL, -f CAL  the calendar of the input (default: gregorian)
  --to CAL,...,  -t   the calendars of the output, comma-separated (default:
                      every built-in calendar, in 'kalends list' order; a
                      calendar whose range does not hold the date then gets
                      an empty field, null in JSON, and the line is not an
                      error, while a calendar named in --to must hold it)
  --format FMT        print calendar dates with strftime's date fields:
                        %Y year (at least 4 digits)  %y its last 2 digits
                        %C century (year / 100)  %m month (2 digits)
                        %d day (2 digits)  %e day, space-padded
                        %j day of the year (3 digits)
                        %u weekday 1-7 (Monday = 1)  %w 0-6 (Sunday = 0)
                        %G %g %V ISO 8601 week-based year, its last two
                          digits, week 01-53 (ISO rules in every calendar)
                        %U %W week of the year from its first Sunday,
                          Monday (days before it: week 00)
                        %A %a weekday name  %B %b %h month name
                        %EC era  %Ey year of the era  %EY era and year
                        %D same as %m/%d/%y  %F same as %Y-%m-%d
                        %n newline  %t tab  %% a '%'
                      (names in the --locale's language; digits ASCII)
  -i, --input-format F  read each DATE with the fields of --format in the
                      --from calendar (%d/%m/%Y, %Y%m%d, %Y-%j, %G-W%V-%u,
                      %e %b %Y; names in the --locale's language, any
                      case); give it (or --input-pattern) several times to
                      try them in turn, as dconv -i: a DATE that matches
                      none is an error naming them
  --pattern LDML      print with a CLDR (LDML) pattern in the --locale's names
                      and digits: G era, y year of the era (yy two digits),
                      u extended year, r related Gregorian year, Y week year,
                      M L month (MMM abbreviated, MMMM wide, MMMMM narrow;
                      L stand-alone), d day, D day of the year, F weekday in
                      month, E weekday name (EEEE wide), e c local weekday,
                      Q q quarter, w week of year, W week of month; text in
                      quotes ('de'), '' a quote. Another letter is an error.
  --style STYLE       CLDR's full, long, medium or short pattern of the first
                      --to calendar in the --locale
  --qt-format QT      Qt's QDate::toString tokens: d dd ddd dddd M MM MMM
                      MMMM yy yyyy, '...' literal
  --input-pattern P   read each DATE with the LDML pattern P in the --from
                      calendar and the --locale: names in any width and any
                      case, the locale's digits or ASCII; strict: a day or
                      month that does not exist is an error
  --lenient           with --input-pattern or --input-format: a day or
                      month past the end of its month or year becomes the
                      last one (never rolls over)
  -L, --locale LOC    a BCP 47 tag (fa-IR, ar-EG-u-nu-latn, he-u-nu-hebr,
                      zh-Hant-TW) or a POSIX name (fa_IR.UTF-8); default:
                      LC_ALL, then LC_TIME, then LANG; C and POSIX are English
                      (a locale kalends has no data for, from the environment,
                      is English too). YYYY-MM-DD, day counts and --json keys
                      never depend on it.
  --json              print one JSON object per input line (JSON Lines): the
                      input, its JDN and per calendar the date, year, month,
                      day, month_code, era and era_year (where it has eras),
                      weekday and names
  --header            first print a line that names the columns (the --to
                      calendars and day counts, tab-separated)
  -h, --help          this help

CAL is any calendar name or alias, in any letter case ('islamic' is
islamic-civil, as in Qt; ICU's 'islamic' is an astronomical calendar that
kalends does not have), or a day count:
  jdn   Julian Day Number (JDN 2451545 = 2000-01-01 Gregorian)
  rd    Rata Die (RD 1 = 0001-01-01 Gregorian)
  mjd   Modified Julian Day (MJD 0 = 1858-11-17 Gregorian)
  unix  days since 1970-01-01 (a value that reads like seconds, beyond year
        29 000, gets a warning naming unix-seconds)
  unix-seconds  seconds since 1970-01-01 00:00 UTC: a value names the UTC
        day that holds it (as 'date -u -d @N'); a day prints as the second
        it starts at

A calendar DATE is YEAR-MONTH-DAY in decimal digits with an optional '-' on
the year (-44-3-15; no year 0 where the calendar has none, so -1 is 1 BCE),
in ASCII digits or all in one script's digits (۱۴۰۴-۰۱-۰۱, ४-१-१);
a day-count DATE is an integer; today, yesterday and tomorrow (any case)
name those days in any --from, and @SECONDS (GNU date's @1700000000) the
UTC day that holds that second. Without DATE operands, one DATE is read from
each line of standard input (surrounding spaces, tabs and a CR are ignored;
blank lines are skipped) and the answers are streamed.

Output: one line per input. Several --to calendars are separated by a tab.
A date prints as YYYY-MM-DD: the year zero-padded to four digits, with '-'
when negative (1404-01-01, 0622-07-19, -0044-03-15, 10000-01-01); a day
count prints as a plain integer (also under --format).

Errors: an invalid date (a day the calendar does not have, month 13,
garbage) is reported on standard error with its line (or argument) number and
the reason; its output line is left empty (with --json it is an object
{"input": ..., "error": ...}) so that lines stay aligned, the conversion
carries on, and the exit status is 1. An unknown calendar or
option is a usage error: exit status 2. Nothing is ever normalized.

Examples:
  kalends convert 2025-03-21
  kalends convert --to persian 2025-03-21
  kalends convert --from persian --to gregorian 1404-01-01
  kalends convert --from julian --to gregorian,jdn -- -44-3-15
  kalends convert --to islamic-civil --format '%A %d %B %Y' 2025-03-01
  kalends convert --to persian --json 2025-03-21
  kalends convert --to persian --locale fa --pattern 'EEEE d MMMM y G' 2025-03-21
  kalends convert --to hebrew --locale he --style long 2026-12-02
  kalends convert --from persian --locale fa --input-pattern 'd MMMM y' --to gregorian '۱ فروردین ۱۴۰۴'
  seq 2400000 3400000 | kalends convert --from jdn --to persian
)";

constexpr std::string_view cal_help = R"(Usage: kalends cal [-c CAL | --reform CC] [-3 | -y | -A N | -B N] [--first-weekday DAY] [-w] [-j]
                   [--vertical] [--dual CAL] [--locale LOC] [--color[=WHEN]] [-H DATE]
                   [-m MONTH] [YEAR [MONTH]]
       kalends cal [options] MONTHNAME [YEAR]
       kalends cal --reform list

Prints month grids in any calendar. Without YEAR: the current month of CAL.
With YEAR alone: that whole year. With YEAR and MONTH: that month. YEAR and
MONTH are in CAL's own numbering; MONTH is 1..months in that year, or the
month's name in any width and letter case, in the --locale or in English
(mar, Farvardin, فروردین, "adar ii", 闰二月). Numbers go YEAR first (Debian's
cal takes MONTH YEAR); a name may come first (kalends cal mar 2026) or alone
(that month of the current year).

Options:
  -c, --calendar CAL    the calendar; without -c (and without --reform), the
                        Julian calendar until 2 September 1752 and the
                        Gregorian from 14 September 1752 on, as Debian's cal;
                        -c gregorian is the proleptic Gregorian calendar
  -m, --month MONTH     that month (a number or a name), of YEAR or this year
  -3                    the previous, current and next month
  -y, --year            the whole year (of YEAR, or the current year)
  -A, --after N         also N months after
  -B, --before N        also N months before
  --first-weekday DAY   the weekday rows start with (monday ... sunday, or
                        mon, mo ...); default: Sunday for the Gregorian,
                        Julian and Revised Julian calendars, Saturday for the
                        Persian and Islamic ones, Monday for others
  -w, --week-numbers    a week-of-year column: with Monday as first weekday,
                        ISO 8601 weeks (week 1 has 4 days of the year);
                        otherwise week 1 is the week that holds day 1
  -j, --day-of-year     each day's number in its year (1..366), as cal -j
  --vertical            weekdays as rows and weeks as columns, as ncal draws
                        them (-w then adds a row of week numbers)
  --dual CAL            show CAL's day number beside each day (DAY/DUAL; not
                        with -j or --vertical)
  --reform CC           the Julian calendar until country CC's reform, then
                        the Gregorian (ncal -p's list: GB, RU, GR, ...);
                        --reform list prints every country code with its
                        last Julian and first Gregorian day
  -L, --locale LOC      month and weekday names and digits of a locale
                        (default: LC_ALL, LC_TIME, LANG; English otherwise)
  --color[=WHEN]        highlight today: auto (default: only when standard
                        output is a terminal and NO_COLOR is unset or empty),
                        always, never; --color alone means always
  -H, --highlight DATE  highlight DATE (YYYY-MM-DD in CAL, or today,
                        yesterday, tomorrow, @SECONDS) instead of today, also
                        off a terminal (unless --color=never)
  -h, --help            this help

Short options combine: -3w is -3 -w. Without -c, every month and year
(--color=never) is the same, line for line, as Debian's 'cal MONTH YEAR'
and 'cal -y YEAR', with -j as 'cal -j', and with --vertical as 'ncal'
(ignoring trailing spaces); -c gregorian with --first-weekday sunday as
cal for every month from 1753 on.

Examples:
  kalends cal
  kalends cal -c persian
  kalends cal -3 2025 3
  kalends cal -c islamic-civil --dual gregorian 1446 9
  kalends cal -w --first-weekday monday 2025 1
  kalends cal -y -c julian 1582
  kalends cal --reform GB 1752 9
  kalends cal -3w mar 2026
  kalends cal --vertical -j -H 2026-03-05
  kalends cal --reform list
  kalends cal -c persian --locale fa 1404 1
)";

constexpr std::string_view add_help = R"(Usage: kalends add [-c CAL] [--overflow constrain|reject] DATE DURATION

Adds an ISO 8601 duration (P1Y2M10D, -P3W, P0D: years, months, weeks, days)
to DATE (YEAR-MONTH-DAY in CAL, default gregorian) as ECMAScript Temporal
does: the years first, keeping the month (its code: a Hebrew Adar I stays
Adar I), then the months, then the day is fitted to the month, then the weeks
and days are added.

Options:
  -c, --calendar CAL   the calendar of DATE and of the result
  --overflow MODE      constrain (default): a day past the month's end becomes
                       its last day, a missing leap month the next month
                       (Hebrew Adar I -> Adar); reject: those are errors
  -h, --help           this help

Examples:
  kalends add 2024-01-31 P1M                      # 2024-02-29
  kalends add -c hebrew 5784-06-15 P1Y            # Adar I -> Adar 5785
  kalends add --overflow reject 2023-01-31 P1M    # error
  kalends add -c gregorian-julian 1582-10-04 P1D  # 1582-10-15
)";

constexpr std::string_view diff_help = R"(Usage: kalends diff [-c CAL] [--largest UNIT] DATE DATE

Prints the ISO 8601 duration from the first DATE to the second, with UNIT
(years, months, weeks or days; default days) as its largest unit, such that
'kalends add FIRST DURATION' gives the second DATE (Temporal's until).

Examples:
  kalends diff 2024-02-29 2025-02-28 --largest years   # P11M30D
  kalends diff -c hebrew 5784-06-01 5785-06-01 --largest years
)";

constexpr std::string_view seq_help = R"(Usage: kalends seq [-c CAL] [--skip DAYS] [--format FMT] START END [STEP]

Prints START + n * STEP for n = 0, 1, ... while the date is not past END
(not before END for a negative STEP); STEP is a duration, default P1D. Each
date is computed from START, so month ends do not drift. END on the other
side of START prints nothing (exit status 0), as seq and dseq do.

  -c, --calendar CAL  the calendar of START, END and the output
                      (default: gregorian)
  --skip DAYS         leave out these weekdays: names in any width and case
                      or ISO numbers 1..7, comma-separated (sat,sun); repeatable
  --format FMT        print with strftime-style fields (see 'kalends convert --help')

Examples:
  kalends seq 2024-01-31 2024-06-30 P1M
  kalends seq -c persian 1403-12-25 1404-01-05
  kalends seq --skip sat,sun --format '%a %d %b' 2026-12-01 2026-12-31
)";

constexpr std::string_view easter_help = R"(Usage: kalends easter [--orthodox | --western] [-c CAL] [--json] [YEAR | FIRST..LAST]...

Prints the date of Easter Sunday of each YEAR (default: this Gregorian
year), one line each, as YYYY-MM-DD in the Gregorian calendar. FIRST..LAST
gives every year from FIRST to LAST (year 0, which does not exist, is
skipped). Every year from -2147483648 to 2147483647 except 0 is allowed;
years before a computus was in use get its proleptic date. (Near those
ends an orthodox Easter can lie beyond the Gregorian calendar's days: an
error, while -c julian prints it.)

Options:
  --western           the Gregorian computus of the Catholic and Protestant
                      churches (the default), as 'ncal -e' from 1583
  --orthodox          the Julian computus of the Eastern churches, YEAR a
                      Julian year; printed as a Gregorian date as 'ncal -o'
                      prints it (with -c julian: the Julian date, which is
                      what 'ncal -e' and 'ncal -o' print before 1583)
  -c, --calendar CAL  print the day in calendar CAL (default: gregorian)
  --json              print a JSON array of objects: year, rule, calendar,
                      date and jdn
  -h, --help          this help

Exit status: 0 success, 1 a year out of range (or year 0) or a day outside
CAL's range (the years before it stay printed), 2 a usage error (a YEAR
that is not an integer, --orthodox with --western, an unknown calendar).

Examples:
  kalends easter
  kalends easter 2025 2026
  kalends easter --orthodox 2024
  kalends easter --orthodox -c julian 2024
  kalends easter --json 2020..2030
)";

constexpr std::string_view show_help = R"(Usage: kalends show [-c CAL] [--locale LOC] DATE...
       kalends DATE...

Prints each DATE in every built-in calendar, as 'kalends' prints today: one
line per calendar with its name, the date as YYYY-MM-DD, the weekday and the
date in words, or (out of range) where a calendar's range lacks the day
(then the exit status is 1). With several dates, each block is headed by
its date.

  -c, --calendar CAL  the calendar DATE is written in (default: gregorian)
  -L, --locale LOC    names and digits of a locale (see 'kalends convert --help')

Examples:
  kalends 2025-03-21
  kalends show -c persian 1404-01-01
  kalends show --locale fa 2025-03-21 2026-03-21
)";

constexpr std::string_view completion_help = R"(Usage: kalends completion SHELL

Prints a script that makes SHELL (bash, zsh or fish) complete kalends'
commands, their options, calendar names and aliases, --reform country codes,
--locale locales and the values of other options. The lists are those of this
kalends, so a new kalends needs a new script; packages install the scripts
where each shell finds them.

Options:
  -h, --help  this help

Examples:
  source <(kalends completion bash)    # in this bash
  kalends completion bash > ~/.local/share/bash-completion/completions/kalends
  kalends completion zsh > ~/.zfunc/_kalends    # a directory in $fpath
  kalends completion fish > ~/.config/fish/completions/kalends.fish
)";

constexpr std::string_view help_help = R"(Usage: kalends help [COMMAND]

Prints the help of COMMAND, the same as 'kalends COMMAND --help'; without
COMMAND, the help of kalends (the same as 'kalends --help').

Examples:
  kalends help
  kalends help convert
)";

struct command_help {
    std::string_view name;
    std::string_view text;
};

// Every command with its help, in the order of the tool's help: the man page
// and the completion scripts take the list of commands from here.
constexpr std::array<command_help, 12> command_helps{{
    {"today", today_help},
    {"show", show_help},
    {"list", list_help},
    {"info", info_help},
    {"convert", convert_help},
    {"cal", cal_help},
    {"add", add_help},
    {"diff", diff_help},
    {"seq", seq_help},
    {"easter", easter_help},
    {"completion", completion_help},
    {"help", help_help},
}};

constexpr std::array<std::string_view, command_helps.size()> names_of_commands() noexcept {
    std::array<std::string_view, command_helps.size()> names{};
    for (std::size_t i = 0; i < names.size(); ++i) names[i] = command_helps[i].name;
    return names;
}

constexpr std::array<std::string_view, command_helps.size()> command_names = names_of_commands();

}  // namespace

std::string_view help_text(std::string_view command) noexcept {
    if (command.empty()) return tool_help;
    for (const command_help& entry : command_helps) {
        if (entry.name == command) return entry.text;
    }
    return {};
}

std::span<const std::string_view> documented_commands() noexcept { return command_names; }

}  // namespace kalends::cli

#!/usr/bin/env python3
"""Generate src/locale/cldr_modern.cpp: CLDR's date names and patterns, resolved.

Usage: scripts/generate_locale_data.py [--all] [--cldr DIR] [--output FILE]

Reads the CLDR 41 XML of Debian's unicode-cldr-core (default
/usr/share/unicode/cldr/common) and writes the constant tables that
src/locale/cldr_data.hpp declares, to FILE or standard output. The default
set is root and the locales that properties/coverageLevels.txt marks
"modern"; --all takes every file of common/main (the CMake option
KALENDS_ALL_LOCALES compiles that output with 32-bit IDs).

Resolution is CLDR's (UTS #35 Part 1, "Inheritance and Validity") and ICU's,
leaf by leaf (each month name, day name, era, pattern and availableFormats
item on its own): the locale, its explicit <parentLocale> (supplementalData.xml)
or else its ID less the last subtag, ..., root. An <alias source="locale">
on the path (root.xml has them) rewrites the path and restarts the lookup at
the original locale: buddhist months are the locale's Gregorian months,
islamic-* is islamic, stand-alone abbreviated falls back to format
abbreviated, and so on. Values with draft="unconfirmed" or
draft="provisional" and alt= variants are left out. Two CLDR 41 errata are
patched (see ROOT_ERA_ERRATA).

Python 3 standard library only. The output depends only on the input files
and the package version: CI regenerates it and fails on any difference.
"""
import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

DEFAULT_CLDR = "/usr/share/unicode/cldr/common"
DATA_VERSION = "41"

# cldr_data.hpp's calendar_type, in its order.
CALENDARS = ["gregorian", "buddhist", "japanese", "roc", "persian", "islamic", "hebrew", "coptic", "ethiopic",
             "ethiopic-amete-alem", "indian", "chinese", "dangi"]
CONTEXTS = ["format", "stand-alone"]
WIDTHS = ["wide", "abbreviated", "narrow"]
DAY_WIDTHS = ["wide", "abbreviated", "narrow", "short"]
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
DATE_STYLES = ["full", "long", "medium", "short"]
ERA_GROUPS = ["eraNames", "eraAbbr", "eraNarrow"]

# The attributes that tell sibling elements apart (part of a path); the
# others (draft, references, numbers, ...) are not.
DISTINGUISHING = ("type", "yeartype", "id", "count", "alt")
DROPPED_DRAFTS = frozenset(("unconfirmed", "provisional"))
# availableFormats skeletons with any of these fields are time formats: left out.
TIME_FIELDS = frozenset("hHkKjJCmsSAabBzZOvVXx")
# CLDR's "no value here, and do not inherit one" marker (UTS #35 Part 1).
NO_VALUE = "\u2205\u2205\u2205"

# CLDR 41 errata, patched in root so that every locale without names of its
# own inherits these: root.xml names the Coptic, Ethiopic and Amete Alem eras
# only by the placeholders "ERA0" and "ERA1" (its generic calendar has the same
# placeholders, but no calendar_type uses those eras). Names as in
# Reingold & Dershowitz, "Calendrical Calculations", ch. 4 (Coptic: era of
# Diocletian, "of the Martyrs"; Ethiopic: Amete Mihret "year of mercy", Amete
# Alem "year of the world"). Wide, abbreviated, narrow.
ROOT_ERA_ERRATA = {
    "coptic": {"0": ("Before Diocletian", "BD", "BD"), "1": ("Anno Martyrum", "AM", "AM")},
    "ethiopic": {"0": ("Amete Alem", "AA", "AA"), "1": ("Amete Mihret", "AM", "AM")},
    "ethiopic-amete-alem": {"0": ("Amete Alem", "AA", "AA")},
}
# The same placeholders copied into 21 other files (am, cs, de, el, es, fa, fil,
# he, hu, is, ja, kn, lt, ms, nl, sk, ta, te, tr, uk, zh_Hant; most with
# draft="contributed"): an era named "ERA<digits>" anywhere is taken as
# absent, so that those locales inherit the names above.
ERA_PLACEHOLDER = re.compile(r"ERA[0-9]+")

# cldr_data.hpp: the era lists of a calendar start at this CLDR era type
# (Japanese: Meiji, 232, is entry 0; kalends has no earlier Japanese era).
FIRST_ERA = {"japanese": 232}


# ---------------------------------------------------------------------------
# Paths and files

def step(tag, **attrs):
    """One path element: (tag, ((attribute, value), ...)) with the distinguishing attributes in a fixed order."""
    return (tag, tuple((a, attrs[a]) for a in DISTINGUISHING if a in attrs))


def step_of(element):
    return (element.tag, tuple((a, element.get(a)) for a in DISTINGUISHING if element.get(a) is not None))


ALIAS_STEP = re.compile(r"([A-Za-z0-9_-]+)((?:\[@[A-Za-z]+='[^']*'\])*)")
ALIAS_ATTR = re.compile(r"\[@([A-Za-z]+)='([^']*)'\]")


def rewrite(base, alias, rest):
    """The path that `alias` (a relative XPath on the element at `base`) names, followed by `rest`."""
    path = list(base)
    for segment in alias.split("/"):
        if segment == "..":
            if not path:
                raise ValueError("alias %r climbs above the root" % alias)
            path.pop()
        elif segment not in ("", "."):
            match = ALIAS_STEP.fullmatch(segment)
            if not match:
                raise ValueError("unsupported alias path %r" % alias)
            attrs = dict(ALIAS_ATTR.findall(match.group(2)))
            unknown = set(attrs) - set(DISTINGUISHING)
            if unknown:
                raise ValueError("alias path %r selects by %s" % (alias, ", ".join(sorted(unknown))))
            path.append(step(match.group(1), **attrs))
    return tuple(path) + tuple(rest)


class LocaleFile:
    """One XML file of common/main, flattened once: leaf values and aliases by path."""

    def __init__(self, filename):
        self.values = {}    # path -> (text, numbers attribute or "")
        self.aliases = {}   # path of an element whose content is an <alias> -> the alias path
        self.children = {}  # path -> {child step: None}, in document order (leaves only)
        if filename is not None:
            self._walk(ET.parse(filename).getroot(), ())

    def _walk(self, element, path):
        for child in element:
            if not isinstance(child.tag, str):
                continue  # comments, processing instructions
            if child.tag == "alias":
                if child.get("source", "locale") != "locale":
                    raise ValueError("alias with source=%r at %r" % (child.get("source"), path))
                self.aliases[path] = child.get("path")
                continue
            if child.get("alt") is not None or child.get("draft") in DROPPED_DRAFTS:
                continue
            child_path = path + (step_of(child),)
            if len(child) == 0:
                if child.tag == "era" and ERA_PLACEHOLDER.fullmatch(child.text or ""):
                    continue  # CLDR 41 erratum (see ROOT_ERA_ERRATA)
                self.values[child_path] = (child.text or "", child.get("numbers") or "")
                self.children.setdefault(path, {})[child_path[-1]] = None
            else:
                self._walk(child, child_path)

    def alias_over(self, path):
        """(prefix length, alias path) of the outermost alias on `path` or one of its ancestors, or None."""
        for k in range(1, len(path) + 1):
            alias = self.aliases.get(path[:k])
            if alias is not None:
                return k, alias
        return None


class Cldr:
    def __init__(self, directory):
        self.directory = directory
        self._files = {}
        supplemental = ET.parse(os.path.join(directory, "supplemental", "supplementalData.xml")).getroot()
        # Explicit parents. Only the <parentLocales> without a component= apply
        # to all data (later CLDR versions add component="segmentations" etc.).
        self.parents = {}
        for group in supplemental.iter("parentLocales"):
            if group.get("component"):
                continue
            for element in group.findall("parentLocale"):
                for child in element.get("locales").split():
                    self.parents[child] = element.get("parent")

    def file(self, locale):
        f = self._files.get(locale)
        if f is None:
            filename = os.path.join(self.directory, "main", locale + ".xml")
            f = LocaleFile(filename if os.path.exists(filename) else None)
            if locale == "root":
                patch_root(f)
            self._files[locale] = f
        return f

    def parent(self, locale):
        if locale == "root":
            return None
        if locale in self.parents:
            return self.parents[locale]
        return locale.rsplit("_", 1)[0] if "_" in locale else "root"

    def chain(self, locale):
        seen = []
        while locale is not None:
            if locale in seen:
                raise ValueError("parent loop: " + " -> ".join(seen + [locale]))
            seen.append(locale)
            locale = self.parent(locale)
        return seen

    def find(self, locale, path):
        """((alias hops, chain position), (text, numbers)) of the resolved leaf at `path`, or None."""
        chain = self.chain(locale)
        for hops in range(32):
            for position, name in enumerate(chain):
                f = self.file(name)
                found = f.values.get(path)
                if found is not None:
                    if found[0] == NO_VALUE:
                        return None
                    return (hops, position), found
                over = f.alias_over(path)
                if over is not None:
                    k, alias = over
                    path = rewrite(path[:k], alias, path[k:])
                    break  # restart at the original locale
            else:
                return None
        raise ValueError("alias loop resolving %r in %s" % (path, locale))

    def value(self, locale, path):
        found = self.find(locale, path)
        return found[1][0] if found else ""

    def child_steps(self, locale, path, hops=0):
        """The steps of the leaves under `path` that some file of the resolution (chain and aliases) has."""
        if hops > 32:
            raise ValueError("alias loop listing %r in %s" % (path, locale))
        steps = {}
        for name in self.chain(locale):
            f = self.file(name)
            steps.update(dict.fromkeys(f.children.get(path, ())))
            over = f.alias_over(path)
            if over is not None:
                k, alias = over
                steps.update(dict.fromkeys(self.child_steps(locale, rewrite(path[:k], alias, path[k:]), hops + 1)))
                break
        return steps


def calendar_path(calendar, *rest):
    return (step("dates"), step("calendars"), step("calendar", type=calendar)) + rest


def patch_root(root):
    """ROOT_ERA_ERRATA. Root's eraNames and eraNarrow are aliases of its eraAbbr
    there: eraAbbr and eraNames get the names, eraNarrow stays an alias (the
    narrow names are the abbreviations), so that a locale with abbreviations
    but no narrow names of its own still gets its abbreviations (sc coptic)."""
    for calendar, eras in ROOT_ERA_ERRATA.items():
        for group_index, group in enumerate(ERA_GROUPS):
            group_path = calendar_path(calendar, step("eras"), step(group))
            if group == "eraNarrow":
                if root.aliases.get(group_path) != "../eraAbbr" or any(n[2] != n[1] for n in eras.values()):
                    raise ValueError("root.xml's %s eras are not as the errata patch expects" % calendar)
                continue
            root.aliases.pop(group_path, None)
            for era, names in eras.items():
                leaf = step("era", type=era)
                root.values[group_path + (leaf,)] = (names[group_index], "")
                root.children.setdefault(group_path, {})[leaf] = None


# ---------------------------------------------------------------------------
# Tables

class Tables:
    """The string pool, the lists and the calendar records, each deduplicated."""

    def __init__(self):
        self.string_ids = {"": 0}
        self.strings = [""]
        self.list_ids = {(): 0}
        self.lists = [()]
        self.record_ids = {}
        self.records = []

    def string(self, text):
        i = self.string_ids.get(text)
        if i is None:
            i = self.string_ids[text] = len(self.strings)
            self.strings.append(text)
        return i

    def list(self, texts):
        """The list of these strings."""
        return self.ids([self.string(s) for s in texts])

    def group(self, list_ids):
        """A group: the list whose items are these list IDs."""
        return self.ids(list_ids)

    def ids(self, ids):
        # Trailing zeros (empty strings, empty lists) are left out: list_entry()
        # and group_entry() give "" and the empty list past the end.
        ids = list(ids)
        while ids and ids[-1] == 0:
            ids.pop()
        ids = tuple(ids)
        i = self.list_ids.get(ids)
        if i is None:
            i = self.list_ids[ids] = len(self.lists)
            self.lists.append(ids)
        return i

    def record(self, fields):
        fields = tuple(fields)
        i = self.record_ids.get(fields)
        if i is None:
            i = self.record_ids[fields] = len(self.records)
            self.records.append(fields)
        return i


class CalendarResolver:
    def __init__(self, cldr):
        self.cldr = cldr
        # The era types of each calendar: 0 .. the highest type that root has.
        self.era_count = {}
        for calendar in CALENDARS:
            highest = -1
            for group in ERA_GROUPS:
                for s in cldr.child_steps("root", calendar_path(calendar, step("eras"), step(group))):
                    if s[0] == "era":
                        highest = max(highest, int(dict(s[1])["type"]))
            self.era_count[calendar] = highest + 1

    def record(self, tables, locale, calendar):
        cldr = self.cldr
        fields = []
        group = []
        # months, [context * 3 + width]: month types 1..13 (and Hebrew's 7-leap, Adar II).
        for context in CONTEXTS:
            for width in WIDTHS:
                base = calendar_path(calendar, step("months"), step("monthContext", type=context),
                                     step("monthWidth", type=width))
                names = [cldr.value(locale, base + (step("month", type=str(m)),)) for m in range(1, 14)]
                if calendar == "hebrew":
                    names.append(cldr.value(locale, base + (step("month", type="7", yeartype="leap"),)))
                group.append(tables.list(names))
        fields.append(tables.group(group))
        group = []
        # days, [context * 4 + width]: sun .. sat.
        for context in CONTEXTS:
            for width in DAY_WIDTHS:
                base = calendar_path(calendar, step("days"), step("dayContext", type=context),
                                     step("dayWidth", type=width))
                group.append(tables.list([cldr.value(locale, base + (step("day", type=d),)) for d in DAYS]))
        fields.append(tables.group(group))
        group = []
        # quarters, [context * 3 + width]: 1 .. 4.
        for context in CONTEXTS:
            for width in WIDTHS:
                base = calendar_path(calendar, step("quarters"), step("quarterContext", type=context),
                                     step("quarterWidth", type=width))
                group.append(tables.list([cldr.value(locale, base + (step("quarter", type=str(q)),))
                                          for q in range(1, 5)]))
        fields.append(tables.group(group))
        group = []
        # eras, [width]: era types FIRST_ERA .. the highest in root.
        for element in ERA_GROUPS:
            base = calendar_path(calendar, step("eras"), step(element))
            group.append(tables.list([cldr.value(locale, base + (step("era", type=str(e)),))
                                      for e in range(FIRST_ERA.get(calendar, 0), self.era_count[calendar])]))
        fields.append(tables.group(group))
        # date_formats and their numbers= attributes.
        patterns, numbers = [], []
        for style in DATE_STYLES:
            found = cldr.find(locale, calendar_path(calendar, step("dateFormats"),
                                                    step("dateFormatLength", type=style), step("dateFormat"),
                                                    step("pattern")))
            patterns.append(found[1][0] if found else "")
            numbers.append(found[1][1] if found else "")
        fields.append(tables.list(patterns))
        fields.append(tables.list(numbers))
        # available_formats: the date-only skeletons, each resolved on its own.
        container = calendar_path(calendar, step("dateTimeFormats"), step("availableFormats"))
        skeletons = set()
        for s in cldr.child_steps(locale, container):
            attrs = dict(s[1])
            if s[0] != "dateFormatItem" or "id" not in attrs or attrs.get("count", "other") != "other":
                continue
            if TIME_FIELDS.isdisjoint(attrs["id"]):
                skeletons.add(attrs["id"])
        items = []
        for skeleton in sorted(skeletons, key=lambda s: s.encode("utf-8")):
            # A skeleton with plural forms ("yw", "MMMMW") takes count="other";
            # the nearer of the two forms wins (CLDR 41 never has both).
            candidates = [cldr.find(locale, container + (step("dateFormatItem", id=skeleton, count="other"),)),
                          cldr.find(locale, container + (step("dateFormatItem", id=skeleton),))]
            candidates = [c for c in candidates if c is not None]
            if candidates:
                items += [skeleton, min(candidates, key=lambda c: c[0])[1][0]]
        fields.append(tables.list(items))
        # leap_month_patterns: format ×3, stand-alone ×3, numeric/all.
        leap = []
        for context, widths in (("format", WIDTHS), ("stand-alone", WIDTHS), ("numeric", ["all"])):
            for width in widths:
                leap.append(cldr.value(locale, calendar_path(calendar, step("monthPatterns"),
                                                             step("monthPatternContext", type=context),
                                                             step("monthPatternWidth", type=width),
                                                             step("monthPattern", type="leap"))))
        fields.append(tables.list(leap))
        # cyclic_years, [width]: the format context's names of the 60 years of the cycle (甲子 ..).
        group = []
        for width in WIDTHS:
            base = calendar_path(calendar, step("cyclicNameSets"), step("cyclicNameSet", type="years"),
                                 step("cyclicNameContext", type="format"), step("cyclicNameWidth", type=width))
            group.append(tables.list([cldr.value(locale, base + (step("cyclicName", type=str(y)),))
                                      for y in range(1, 61)]))
        fields.append(tables.group(group))
        # zodiacs: the format context's abbreviated names of the 12 animals (Rat ..).
        base = calendar_path(calendar, step("cyclicNameSets"), step("cyclicNameSet", type="zodiacs"),
                             step("cyclicNameContext", type="format"), step("cyclicNameWidth", type="abbreviated"))
        fields.append(tables.list([cldr.value(locale, base + (step("cyclicName", type=str(z)),)) for z in range(1, 13)]))
        return tables.record(fields)


# ---------------------------------------------------------------------------
# Supplemental data

def modern_locales(directory):
    locales = []
    with open(os.path.join(directory, "properties", "coverageLevels.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            locale, level = (part.strip() for part in line.split(";"))
            if level == "modern":
                locales.append(locale)
    return locales


def numbering_systems(directory):
    root = ET.parse(os.path.join(directory, "supplemental", "numberingSystems.xml")).getroot()
    systems = {}
    for element in root.iter("numberingSystem"):
        if element.get("type") == "numeric":
            digits = list(element.get("digits"))  # one code point each
            if len(digits) != 10:
                raise ValueError("numbering system %s has %d digits" % (element.get("id"), len(digits)))
            systems[element.get("id")] = digits
    return systems


def likely_subtags(directory):
    root = ET.parse(os.path.join(directory, "supplemental", "likelySubtags.xml")).getroot()
    return {e.get("from"): e.get("to") for e in root.iter("likelySubtag")}


def is_script(subtag):
    return len(subtag) == 4 and subtag.isalpha()


def is_region(subtag):
    return (len(subtag) == 2 and subtag.isalpha()) or (len(subtag) == 3 and subtag.isdigit())


def likely_scripts(likely, languages):
    """language_REGION -> language_Script_REGION where the script is not the language's likely one."""
    rows = {}
    for source, target in likely.items():
        parts = source.split("_")
        if len(parts) != 2 or parts[0] not in languages or not is_region(parts[1]):
            continue
        target_parts = target.split("_")
        language_target = likely.get(parts[0], "").split("_")
        if len(target_parts) == 3 and len(language_target) == 3 and target_parts[1] != language_target[1]:
            rows[source] = target
    return rows


def likely_region(likely, locale):
    """The region of `locale`: its own region subtag, else likelySubtags' ("" for root)."""
    if locale == "root":
        return ""
    parts = locale.split("_")
    for subtag in parts[1:3]:
        if is_region(subtag):
            return subtag
    language = parts[0]
    script = parts[1] if len(parts) > 1 and is_script(parts[1]) else None
    for key in ([language + "_" + script] if script else []) + [language, "und_" + script if script else None]:
        if key and key in likely:
            return likely[key].split("_")[-1]
    return ""


def language_aliases(directory, languages):
    root = ET.parse(os.path.join(directory, "supplemental", "supplementalMetadata.xml")).getroot()
    rows = {}
    for element in root.iter("languageAlias"):
        source, replacement = element.get("type") or "", element.get("replacement") or ""
        if (re.fullmatch(r"[a-z]{2,3}", source) and re.fullmatch(r"[a-z]{2,3}", replacement)
                and replacement in languages and source not in rows):
            rows[source] = replacement
    return rows


def package_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "unicode-cldr-core"],
                              capture_output=True, text=True, check=True).stdout.strip() or "unknown"
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


# ---------------------------------------------------------------------------
# Output

def bytewise(text):
    return text.encode("utf-8")


def cpp_literal(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\%03o" % ord(ch))  # three octal digits: cannot run into the next character
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def wrap(items, indent="    ", width=118):
    """Comma-separated items, several to a line."""
    lines, line = [], indent
    for item in items:
        piece = item + ","
        if len(line) + len(piece) + 1 > width and line.strip():
            lines.append(line.rstrip())
            line = indent
        line += piece + " "
    if line.strip():
        lines.append(line.rstrip())
    return lines


def offset_table(name, offsets, w, out):
    """An offset_table (cldr_data.hpp): the offsets' low 16 bits, and the
    indices at which they pass each multiple of 65536 (offsets only grow)."""
    wraps = []
    for i, o in enumerate(offsets):
        while o >= (len(wraps) + 1) * 65536:
            wraps.append(i)
    w("const std::uint16_t %s_low[] = {" % name)
    out.extend(wrap(str(o % 65536) for o in offsets))
    w("};")
    w("const std::uint32_t %s_wraps[] = {%s};" % (name, ", ".join(map(str, wraps or [0]))))
    w("const offset_table %s{%s_low, %s_wraps, %d};" % (name, name, name, len(wraps)))


def render(args, locales, tables, locale_rows, numbering_rows, alias_tables):
    out = []
    w = out.append
    w("// Generated by scripts/generate_locale_data.py%s from CLDR %s (Debian unicode-cldr-core %s)."
      % (" --all" if args.all else "", DATA_VERSION, package_version()))
    w("// Do not edit: change the generator and run it again.")
    w("// %d locales (%s), %d strings, %d lists, %d calendar records."
      % (len(locales), "every file of common/main" if args.all else "root and the modern ones",
         len(tables.strings), len(tables.lists), len(tables.records)))
    w('#include "%s"' % ("locale/cldr_data.hpp" if args.all else "cldr_data.hpp"))
    w("")
    w("namespace kalends::detail::cldr {")
    w("")
    w('const std::string_view data_version = "%s";' % DATA_VERSION)
    w("")
    w("// String i is string_pool[string_offsets[i] .. string_offsets[i + 1]); string 0 is \"\".")
    w("const char string_pool[] =")
    line = "   "
    for s in tables.strings[1:]:
        piece = " " + cpp_literal(s)
        if len(line) + len(piece) > 118 and line.strip():
            w(line)
            line = "   "
        line += piece
    w(line + (";" if line.strip() else ' "";'))
    offsets = [0]
    for s in tables.strings:
        offsets.append(offsets[-1] + len(s.encode("utf-8")))
    # Plain 32-bit offsets: string_at is on every name a parse tries.
    w("const std::uint32_t string_offsets[] = {")
    out.extend(wrap(str(o) for o in offsets))
    w("};")
    w("const std::size_t string_count = %d;" % len(tables.strings))
    w("")
    w("// List i is list_items[list_offsets[i] .. list_offsets[i + 1]); list 0 is empty.")
    list_offsets = [0]
    for items in tables.lists:
        list_offsets.append(list_offsets[-1] + len(items))
    offset_table("list_offsets", list_offsets, w, out)
    w("const id_type list_items[] = {")
    all_items = [str(i) for items in tables.lists for i in items]
    out.extend(wrap(all_items or ["0"]))
    w("};")
    w("const std::size_t list_count = %d;" % len(tables.lists))
    w("")
    w("// {months, days, quarters, eras (groups), date_formats, date_format_numbers, available_formats,")
    w("//  leap_month_patterns, cyclic_years (group), zodiacs}: list IDs.")
    w("const calendar_record calendar_records[] = {")
    out.extend(wrap("{%s}" % ", ".join(map(str, f)) for f in tables.records))
    w("};")
    w("const std::size_t calendar_record_count = %d;" % len(tables.records))
    w("")
    w("// {id, numbering_system, right_to_left, calendars[%s]}" % ", ".join(CALENDARS))
    w("const locale_record locale_records[] = {")
    for locale, (ident, numbering, rtl, records) in zip(locales, locale_rows):
        w("    {%d, %d, %s, {%s}},  // %s" % (ident, numbering, "true" if rtl else "false",
                                            ", ".join(map(str, records)), locale))
    w("};")
    w("const std::size_t locale_count = %d;" % len(locales))
    w("")
    w("const numbering_system numbering_systems[] = {")
    for name, digits, label in numbering_rows:
        w("    {%d, %d},  // %s" % (name, digits, label))
    w("};")
    w("const std::size_t numbering_system_count = %d;" % len(numbering_rows))
    for table, count_name, rows in alias_tables:
        w("")
        w("const locale_alias %s[] = {" % table)
        for a, b in rows:
            w("    {%d, %d},  // %s -> %s" % (tables.string(a), tables.string(b), a, b))
        if not rows:
            w("    {0, 0},  // (none: C++ has no empty arrays)")
        w("};")
        w("const std::size_t %s = %d;" % (count_name, len(rows)))
    w("")
    w("}  // namespace kalends::detail::cldr")
    return "\n".join(out) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every locale of common/main, not only the modern ones")
    parser.add_argument("--cldr", default=DEFAULT_CLDR, help="CLDR's common/ directory (default %(default)s)")
    parser.add_argument("--output", help="the file to write (default: standard output)")
    args = parser.parse_args()

    cldr = Cldr(args.cldr)
    if args.all:
        locales = [f[:-4] for f in os.listdir(os.path.join(args.cldr, "main")) if f.endswith(".xml")]
    else:
        locales = modern_locales(args.cldr)
    locales = sorted(set(locales) | {"root"}, key=bytewise)
    missing = [l for l in locales if not os.path.exists(os.path.join(args.cldr, "main", l + ".xml"))]
    if missing:
        sys.exit("generate_locale_data: no XML for " + ", ".join(missing))

    tables = Tables()
    resolver = CalendarResolver(cldr)
    locale_rows = []
    for locale in locales:
        records = [resolver.record(tables, locale, calendar) for calendar in CALENDARS]
        numbering = cldr.value(locale, (step("numbers"), step("defaultNumberingSystem")))
        order = cldr.value(locale, (step("layout"), step("orientation"), step("characterOrder")))
        locale_rows.append((tables.string(locale), tables.string(numbering), order == "right-to-left", records))

    numbering_rows = [(tables.string(name), tables.list(digits), name)
                      for name, digits in sorted(numbering_systems(args.cldr).items(), key=lambda i: bytewise(i[0]))]

    languages = {l.split("_")[0] for l in locales if l != "root"}
    likely = likely_subtags(args.cldr)

    def rows(mapping):
        return sorted(mapping.items(), key=lambda i: bytewise(i[0]))

    regions = {}
    for locale in locales:
        region = likely_region(likely, locale)
        if region:
            regions[locale] = region
    alias_tables = [
        ("parent_locales", "parent_locale_count", rows(cldr.parents)),
        ("likely_scripts", "likely_script_count", rows(likely_scripts(likely, languages))),
        ("language_aliases", "language_alias_count", rows(language_aliases(args.cldr, languages))),
        ("likely_regions", "likely_region_count", rows(regions)),
    ]
    for _, _, table_rows in alias_tables:  # intern the strings before the pool is written
        for a, b in table_rows:
            tables.string(a)
            tables.string(b)

    limit = 1 << 32 if args.all else 1 << 16
    for what, count in (("strings", len(tables.strings)), ("lists", len(tables.lists)),
                        ("calendar records", len(tables.records))):
        if count > limit:
            sys.exit("generate_locale_data: %d %s do not fit the %d-bit id_type%s"
                     % (count, what, limit.bit_length() - 1, "" if args.all else " (use --all)"))

    text = render(args, locales, tables, locale_rows, numbering_rows, alias_tables)
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())

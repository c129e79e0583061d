#!/usr/bin/env python3
"""Generate src/locale/cldr_modern.cpp: CLDR's date names and patterns, resolved.

Usage: scripts/generate_locale_data.py [--all] [--cldr DIR] [--output FILE]

Reads CLDR 41 XML (Debian unicode-cldr-core, default /usr/share/unicode/cldr/common)
and writes the constant tables that src/locale/cldr_data.hpp declares. The
default set is root and the locales with modern coverage in
properties/coverageLevels.txt; --all takes every locale of common/main.

Resolution is CLDR's (UTS #35 Part 1, "Inheritance and Validity"), leaf by leaf:
the locale, its explicit parentLocales parent or its truncation, ..., root;
an <alias> on the path restarts the lookup at the original locale with the
alias's path; draft="unconfirmed" and draft="provisional" values and alt=
variants are left out. The output is deterministic: CI regenerates it and
compares.
"""
import argparse
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

CALENDARS = ["gregorian", "buddhist", "japanese", "roc", "persian", "islamic", "hebrew", "coptic", "ethiopic",
             "ethiopic-amete-alem", "indian", "chinese", "dangi"]
# The era types kept: CLDR numbers the Japanese eras from Taika (0) to Reiwa
# (236); kalends' japanese calendar has those from Meiji (232), so its list
# starts there (entry 0 is Meiji). Other calendars have eras 0 and 1 at most.
MAX_ERA = {"japanese": 236}
FIRST_ERA = {"japanese": 232}
DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]
CONTEXTS = ["format", "stand-alone"]
WIDTHS = ["wide", "abbreviated", "narrow"]
DAY_WIDTHS = ["wide", "abbreviated", "narrow", "short"]
STYLES = ["full", "long", "medium", "short"]
DISTINGUISHING = ("type", "alt", "yeartype", "id", "count")
DROPPED_DRAFTS = ("unconfirmed", "provisional")
TIME_FIELDS = set("hHkKjJCmsSAabBzZOvVXx")

# CLDR 41 errata, patched: root.xml names the Coptic and Ethiopic eras only
# by the placeholders ERA0 and ERA1 (every locale without its own names
# inherits them; ICU 72 prints "ERA1"). Replaced by the eras' names
# (Calendrical Calculations, ch. 4: "Era of the Martyrs", "Amete Mihret", "Amete Alem").
ERA_ERRATA = {
    "coptic": {"0": ("Before Diocletian", "BD", "BD"), "1": ("Anno Martyrum", "AM", "AM")},
    "ethiopic": {"0": ("Amete Alem", "AA", "AA"), "1": ("Amete Mihret", "AM", "AM")},
    "ethiopic-amete-alem": {"0": ("Amete Alem", "AA", "AA")},
}


def key_of(element):
    attrs = tuple((a, element.get(a)) for a in DISTINGUISHING if element.get(a) is not None)
    return (element.tag, attrs)


class LocaleFile:
    """One XML file flattened: leaf values and aliases by path."""

    def __init__(self, path):
        self.values = {}    # path -> (text, numbers attribute)
        self.aliases = {}   # path of the aliased element -> alias path
        self.children = {}  # path -> [child keys] (for availableFormats)
        if path is not None:
            self._walk(ET.parse(path).getroot(), ())

    def _walk(self, element, path):
        for child in element:
            if child.tag == "alias":
                self.aliases[path] = child.get("path")
                continue
            if child.tag in ("identity", "special"):
                continue
            if child.get("alt") is not None or child.get("draft") in DROPPED_DRAFTS:
                continue
            child_path = path + (key_of(child),)
            if len(child) == 0:
                self.values[child_path] = ((child.text or ""), child.get("numbers") or "")
                self.children.setdefault(path, []).append(key_of(child))
            else:
                self._walk(child, child_path)


def apply_alias(base, alias, rest):
    path = list(base)
    for segment in alias.split("/"):
        if segment == "..":
            path.pop()
            continue
        match = re.fullmatch(r"([A-Za-z]+)((?:\[@[a-z]+='[^']*'\])*)", segment)
        if not match:
            raise ValueError("alias path " + alias)
        attrs = dict(re.findall(r"\[@([a-z]+)='([^']*)'\]", match.group(2)))
        path.append((match.group(1), tuple((a, attrs[a]) for a in DISTINGUISHING if a in attrs)))
    return tuple(path) + tuple(rest)


class Cldr:
    def __init__(self, directory):
        self.dir = directory
        self.files = {}
        supplemental = ET.parse(os.path.join(directory, "supplemental", "supplementalData.xml")).getroot()
        self.parents = {}
        for element in supplemental.iter("parentLocale"):
            if element.getparent() if hasattr(element, "getparent") else False:
                pass
        for group in supplemental.iter("parentLocales"):
            if group.get("component"):
                continue
            for element in group.findall("parentLocale"):
                for child in element.get("locales").split():
                    self.parents[child] = element.get("parent")

    def file(self, locale):
        if locale not in self.files:
            path = os.path.join(self.dir, "main", locale + ".xml")
            self.files[locale] = LocaleFile(path if os.path.exists(path) else None)
            if locale == "root":
                self._patch_root(self.files[locale])
        return self.files[locale]

    @staticmethod
    def _patch_root(root):
        for calendar, eras in ERA_ERRATA.items():
            base = (("dates", ()), ("calendars", ()), ("calendar", (("type", calendar),)), ("eras", ()))
            for era, names in eras.items():
                for group, name in zip(("eraNames", "eraAbbr", "eraNarrow"), names):
                    path = base + ((group, ()), ("era", (("type", era),)))
                    root.values[path] = (name, "")
                    root.aliases.pop(base + ((group, ()),), None)

    def parent(self, locale):
        if locale == "root":
            return None
        if locale in self.parents:
            return self.parents[locale]
        return locale.rsplit("_", 1)[0] if "_" in locale else "root"

    def chain(self, locale):
        while locale is not None:
            yield locale
            locale = self.parent(locale)

    def lookup(self, locale, path, depth=0):
        if depth > 20:
            raise ValueError("alias loop at " + repr(path))
        for name in self.chain(locale):
            f = self.file(name)
            if path in f.values:
                return f.values[path]
            for k in range(len(path), 0, -1):
                if path[:k] in f.aliases:
                    return self.lookup(locale, apply_alias(path[:k], f.aliases[path[:k]], path[k:]), depth + 1)
        return None

    def child_keys(self, locale, path, depth=0):
        """The keys of the leaves under `path`, over the chain and its aliases."""
        keys = []
        for name in self.chain(locale):
            f = self.file(name)
            for key in f.children.get(path, []):
                if key not in keys:
                    keys.append(key)
            for k in range(len(path), 0, -1):
                if path[:k] in f.aliases:
                    target = apply_alias(path[:k], f.aliases[path[:k]], path[k:])
                    for key in self.child_keys(locale, target, depth + 1):
                        if key not in keys:
                            keys.append(key)
                    return keys
        return keys


def calendar_path(calendar, *rest):
    return (("dates", ()), ("calendars", ()), ("calendar", (("type", calendar),))) + tuple(rest)


def t(tag, **attrs):
    return (tag, tuple((a, attrs[a]) for a in DISTINGUISHING if a in attrs))


class Tables:
    def __init__(self):
        self.strings = {"": 0}
        self.string_list = [""]
        self.lists = {(): 0}
        self.list_list = [()]
        self.records = {}
        self.record_list = []

    def string(self, text):
        if text not in self.strings:
            self.strings[text] = len(self.string_list)
            self.string_list.append(text)
        return self.strings[text]

    def list(self, items):
        ids = tuple(self.string(s) for s in items)
        if ids and all(i == 0 for i in ids):
            ids = ()
        return self.ids(ids)

    def ids(self, ids):
        """A list of IDs as they are (list IDs for a group of lists)."""
        ids = tuple(ids)
        if ids not in self.lists:
            self.lists[ids] = len(self.list_list)
            self.list_list.append(ids)
        return self.lists[ids]

    def record(self, fields):
        fields = tuple(fields)
        if fields not in self.records:
            self.records[fields] = len(self.record_list)
            self.record_list.append(fields)
        return self.records[fields]


def value(cldr, locale, path):
    found = cldr.lookup(locale, path)
    return found[0] if found else ""


def calendar_record(cldr, tables, locale, calendar):
    fields = []
    groups = []
    for context in CONTEXTS:
        for width in WIDTHS:
            base = calendar_path(calendar, t("months"), t("monthContext", type=context), t("monthWidth", type=width))
            names = [value(cldr, locale, base + (t("month", type=str(m)),)) for m in range(1, 14)]
            if calendar == "hebrew":
                names.append(value(cldr, locale, base + (t("month", type="7", yeartype="leap"),)))
            fields.append(tables.list(names))
    groups.append(tables.ids(fields))
    fields = []
    for context in CONTEXTS:
        for width in DAY_WIDTHS:
            base = calendar_path(calendar, t("days"), t("dayContext", type=context), t("dayWidth", type=width))
            fields.append(tables.list([value(cldr, locale, base + (t("day", type=d),)) for d in DAYS]))
    groups.append(tables.ids(fields))
    fields = []
    for context in CONTEXTS:
        for width in WIDTHS:
            base = calendar_path(calendar, t("quarters"), t("quarterContext", type=context),
                                 t("quarterWidth", type=width))
            fields.append(tables.list([value(cldr, locale, base + (t("quarter", type=str(q)),)) for q in range(1, 5)]))
    groups.append(tables.ids(fields))
    fields = []
    for group in ("eraNames", "eraAbbr", "eraNarrow"):
        base = calendar_path(calendar, t("eras"), t(group))
        names = [value(cldr, locale, base + (t("era", type=str(e)),)) for e in range(FIRST_ERA.get(calendar, 0), MAX_ERA.get(calendar, 1) + 1)]
        while names and not names[-1]:
            names.pop()
        fields.append(tables.list(names))
    groups.append(tables.ids(fields))
    fields = groups
    patterns, numbers = [], []
    for style in STYLES:
        found = cldr.lookup(locale, calendar_path(calendar, t("dateFormats"), t("dateFormatLength", type=style),
                                                  t("dateFormat"), t("pattern")))
        patterns.append(found[0] if found else "")
        numbers.append(found[1] if found else "")
    fields.append(tables.list(patterns))
    fields.append(tables.list(numbers))
    container = calendar_path(calendar, t("dateTimeFormats"), t("availableFormats"))
    items = {}
    for key in cldr.child_keys(locale, container):
        attrs = dict(key[1])
        skeleton = attrs.get("id")
        if key[0] != "dateFormatItem" or skeleton is None or attrs.get("count", "other") != "other":
            continue
        if TIME_FIELDS & set(skeleton):
            continue
        found = cldr.lookup(locale, container + (key,))
        if found and skeleton not in items:
            items[skeleton] = found[0]
    flat = []
    for skeleton in sorted(items, key=lambda s: s.encode()):
        flat += [skeleton, items[skeleton]]
    fields.append(tables.list(flat))
    leap = []
    for context in CONTEXTS:
        for width in WIDTHS:
            leap.append(value(cldr, locale, calendar_path(calendar, t("monthPatterns"),
                                                          t("monthPatternContext", type=context),
                                                          t("monthPatternWidth", type=width),
                                                          t("monthPattern", type="leap"))))
    leap.append(value(cldr, locale, calendar_path(calendar, t("monthPatterns"), t("monthPatternContext", type="numeric"),
                                                  t("monthPatternWidth", type="all"), t("monthPattern", type="leap"))))
    fields.append(tables.list(leap))
    return tables.record(fields)


def cpp_string(text):
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append('\\%03o' % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def package_version():
    try:
        return subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "unicode-cldr-core"],
                              capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="every locale of common/main, not only the modern ones")
    parser.add_argument("--cldr", default="/usr/share/unicode/cldr/common")
    parser.add_argument("--output")
    args = parser.parse_args()
    cldr = Cldr(args.cldr)
    if args.all:
        locales = sorted(f[:-4] for f in os.listdir(os.path.join(args.cldr, "main")) if f.endswith(".xml"))
    else:
        locales = ["root"]
        with open(os.path.join(args.cldr, "properties", "coverageLevels.txt"), encoding="utf-8") as f:
            for line in f:
                line = line.split("#")[0].strip()
                if line and line.split(";")[1].strip() == "modern":
                    locales.append(line.split(";")[0].strip())
    locales = sorted(set(locales), key=lambda s: s.encode())
    tables = Tables()
    locale_rows = []
    for locale in locales:
        numbering = value(cldr, locale, (t("numbers"), t("defaultNumberingSystem"))) or "latn"
        order = value(cldr, locale, (t("layout"), t("orientation"), t("characterOrder")))
        records = [calendar_record(cldr, tables, locale, c) for c in CALENDARS]
        locale_rows.append((tables.string(locale), tables.string(numbering), order == "right-to-left", records))

    systems = ET.parse(os.path.join(args.cldr, "supplemental", "numberingSystems.xml")).getroot()
    numbering_rows = []
    for element in sorted(systems.iter("numberingSystem"), key=lambda e: e.get("id").encode()):
        if element.get("type") == "numeric":
            numbering_rows.append((tables.string(element.get("id")), tables.list(list(element.get("digits")))))

    languages = {l.split("_")[0] for l in locales}
    parent_rows = sorted(((tables.string(a), tables.string(b), a) for a, b in cldr.parents.items()
                          if a.split("_")[0] in languages), key=lambda r: r[2].encode())
    likely = {}
    for element in ET.parse(os.path.join(args.cldr, "supplemental", "likelySubtags.xml")).getroot().iter("likelySubtag"):
        likely[element.get("from")] = element.get("to")
    script_rows, region_rows = [], []
    for source, target in likely.items():
        parts = source.split("_")
        if len(parts) != 2 or parts[0] not in languages or len(parts[1]) == 4:
            continue
        language_script = likely.get(parts[0], "").split("_")
        target_parts = target.split("_")
        if len(language_script) >= 2 and len(target_parts) == 3 and target_parts[1] != language_script[1]:
            script_rows.append((source, target))
    for locale in locales:
        target = likely.get(locale) or likely.get(locale.split("_")[0])
        if locale != "root" and target:
            region_rows.append((locale, target.split("_")[-1]))
    metadata = ET.parse(os.path.join(args.cldr, "supplemental", "supplementalMetadata.xml")).getroot()
    alias_rows = []
    for element in metadata.iter("languageAlias"):
        source, replacement = element.get("type"), element.get("replacement") or ""
        if re.fullmatch(r"[a-z]{2,3}", source) and re.fullmatch(r"[a-z]{2,3}", replacement) and replacement in languages:
            alias_rows.append((source, replacement))
    script_rows = sorted((tables.string(a), tables.string(b), a) for a, b in script_rows)
    region_rows = sorted(((tables.string(a), tables.string(b), a) for a, b in region_rows), key=lambda r: r[2].encode())
    alias_rows = sorted(((tables.string(a), tables.string(b), a) for a, b in alias_rows), key=lambda r: r[2].encode())
    script_rows.sort(key=lambda r: r[2].encode())

    limit = 1 << 32 if args.all else 1 << 16
    if len(tables.string_list) >= limit or len(tables.list_list) >= limit or len(tables.record_list) >= limit:
        sys.exit("generate_locale_data: too many strings or lists for the ID type")

    out = []
    w = out.append
    w("// Generated by scripts/generate_locale_data.py%s from CLDR 41 (Debian unicode-cldr-core %s). Do not edit."
      % (" --all" if args.all else "", package_version()))
    w("// %d locales, %d strings, %d lists, %d calendar records." % (len(locales), len(tables.string_list),
                                                                     len(tables.list_list), len(tables.record_list)))
    w('#include "cldr_data.hpp"' if not args.all else '#include "locale/cldr_data.hpp"')
    w("")
    w("namespace kalends::detail::cldr {")
    w("")
    w('const std::string_view data_version = "41";')
    w("")
    offsets = [0]
    for s in tables.string_list:
        offsets.append(offsets[-1] + len(s.encode()))
    w("const char string_pool[] =")
    line = "   "
    for s in tables.string_list[1:]:
        piece = " " + cpp_string(s)
        if len(line) + len(piece) > 118:
            w(line)
            line = "   "
        line += piece
    w(line + ";")
    w("const std::uint32_t string_offsets[] = {")
    for i in range(0, len(offsets), 16):
        w("    " + ", ".join(str(o) for o in offsets[i:i + 16]) + ",")
    w("};")
    w("const std::size_t string_count = %d;" % len(tables.string_list))
    w("")
    list_offsets = [0]
    for items in tables.list_list:
        list_offsets.append(list_offsets[-1] + len(items))
    w("const std::uint32_t list_offsets[] = {")
    for i in range(0, len(list_offsets), 16):
        w("    " + ", ".join(str(o) for o in list_offsets[i:i + 16]) + ",")
    w("};")
    items = [i for l in tables.list_list for i in l]
    w("const id_type list_items[] = {")
    for i in range(0, len(items), 20):
        w("    " + ", ".join(str(x) for x in items[i:i + 20]) + ",")
    w("};")
    w("const std::size_t list_count = %d;" % len(tables.list_list))
    w("")
    w("const calendar_record calendar_records[] = {")
    for i in range(0, len(tables.record_list), 4):
        w("    " + " ".join("{%s}," % ", ".join(map(str, f)) for f in tables.record_list[i:i + 4]))
    w("};")
    w("const std::size_t calendar_record_count = %d;" % len(tables.record_list))
    w("")
    w("const locale_record locale_records[] = {")
    for locale, (ident, numbering, rtl, records) in zip(locales, locale_rows):
        w("    {%d, %d, %s, {%s}},  // %s" % (ident, numbering, "true" if rtl else "false",
                                            ", ".join(map(str, records)), locale))
    w("};")
    w("const std::size_t locale_count = %d;" % len(locales))
    w("")
    w("const numbering_system numbering_systems[] = {")
    for name, digits in numbering_rows:
        w("    {%d, %d},  // %s" % (name, digits, tables.string_list[name]))
    w("};")
    w("const std::size_t numbering_system_count = %d;" % len(numbering_rows))
    for table, rows in (("parent_locales", parent_rows), ("likely_scripts", script_rows),
                        ("language_aliases", alias_rows), ("likely_regions", region_rows)):
        w("")
        w("const locale_alias %s[] = {" % table)
        for a, b, name in rows:
            w("    {%d, %d},  // %s -> %s" % (a, b, name, tables.string_list[b]))
        if not rows:
            w("    {0, 0},")
        w("};")
        count_name = {"parent_locales": "parent_locale_count", "likely_scripts": "likely_script_count",
                      "language_aliases": "language_alias_count", "likely_regions": "likely_region_count"}[table]
        w("const std::size_t %s = %d;" % (count_name, len(rows)))
    w("")
    w("}  // namespace kalends::detail::cldr")
    text = "\n".join(out) + "\n"
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == "__main__":
    main()

// kalends' locale formatting against ICU 72 (Debian libicu-dev, in process,
// through its C++ API) as the oracle, over a grid:
//   20 locales (en fr de ru ar ar-EG fa ps ur he am hi bn th ja zh zh-Hant ko tr id)
// x 14 calendars, each kalends calendar with the ICU calendar of the same days:
//     gregorian buddhist japanese roc iso8601 -> the ICU type of the same name
//     persian (kalends' astronomical one, which agrees with persian-33 and
//       ICU's 33-year rule on every day of 1900-2100) -> persian
//     islamic-civil (kalends' "islamic" is an alias of it), islamic-umalqura,
//       islamic-tbla -> the same names; ICU's "islamic" (astronomical) has no
//       kalends counterpart and is left out
//     hebrew coptic ethiopic indian -> the same names; ethioaa -> ethiopic-amete-alem
//   (kalends' chinese and dangi are not in the grid)
// x 4 date styles (date_format::from_style vs DateFormat::createDateInstance),
//   18 LDML patterns (from_ldml vs SimpleDateFormat: every letter of
//   date_format::ldml_letters but r and u, see `formats`) and 7 skeletons
//   (from_skeleton vs DateTimePatternGenerator::getBestPattern + SimpleDateFormat),
//   less a few cells that cannot be compared (see `formats`)
// x days: every `stride`-th day of 1900-2100, shifted per locale and calendar
//   so that together they see most days, plus every calendar's special days:
//   leap days, 30 Esfand and Nowruz, Adar I and II, the 13th months, the
//   last day of Islamic years, 31 Chaitra, both ends of the range, and the
//   era starts (Japanese: Meiji at 1868-09-08 and 1868-10-23, Taisho, Showa,
//   Heisei, Reiwa; ROC 1912) with the days before them.
// ICU formats the day's noon, UTC, with its calendar set to UTC, so that the
// days agree; the test first checks, day by day, that ICU's calendar puts that
// noon on kalends' year of the era, month and day.
//
// Texts are compared byte for byte (UTF-8). Every difference must be explained
// by the rules of icu_expected_differences.txt (its header describes them);
// anything else fails the test, listed in groups, and so does a rule that the
// grid covers but no row needs (stale). The summary gives the rows compared,
// equal, explained and unexplained, and the rows of each rule and class, so
// that the agreement rate can be quoted.
//
// KALENDS_ICU_GRID_STRIDE=n samples every n-th day instead (1: every day of
// 1900-2100, some minutes in Release); a sparser grid than the default does
// not report stale rules. KALENDS_ICU_GRID_DUMP=file writes every group of
// unexplained rows to the file (the failure message shows the first 60).
#include <kalends/format.hpp>
#include <kalends/locale.hpp>
#include <kalends/kalends.hpp>

#include <gtest/gtest.h>

#include <unicode/calendar.h>
#include <unicode/datefmt.h>
#include <unicode/dtptngen.h>
#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/ucal.h>
#include <unicode/uchar.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#ifndef KALENDS_ICU_EXPECTED_DIFFERENCES
#error "KALENDS_ICU_EXPECTED_DIFFERENCES must name tests/locale/icu_expected_differences.txt"
#endif

namespace {

using kalends::calendar;
using kalends::date_format;
using kalends::date_style;

// --- The grid ---

struct locale_case {
    const char* tag;     // kalends (BCP 47)
    const char* icu_id;  // ICU
};
const locale_case locales[] = {
    {"en", "en"}, {"fr", "fr"}, {"de", "de"}, {"ru", "ru"}, {"ar", "ar"}, {"ar-EG", "ar_EG"}, {"fa", "fa"},
    {"ps", "ps"}, {"ur", "ur"}, {"he", "he"}, {"am", "am"}, {"hi", "hi"}, {"bn", "bn"}, {"th", "th"},
    {"ja", "ja"}, {"zh", "zh"}, {"zh-Hant", "zh_Hant"}, {"ko", "ko"}, {"tr", "tr"}, {"id", "id"},
};

struct calendar_case {
    const char* kalends_name;
    const char* icu_type;      // the @calendar= keyword
    const char* icu_reported;  // what ICU's Calendar::getType() says for it
};
const calendar_case calendars[] = {
    {"gregorian", "gregorian", "gregorian"},
    {"buddhist", "buddhist", "buddhist"},
    {"japanese", "japanese", "japanese"},
    {"roc", "roc", "roc"},
    // ICU 72 makes an ISO8601Calendar (Monday, 4-day weeks) of type "gregorian".
    {"iso8601", "iso8601", "gregorian"},
    {"persian", "persian", "persian"},
    {"islamic-civil", "islamic-civil", "islamic-civil"},
    {"islamic-umalqura", "islamic-umalqura", "islamic-umalqura"},
    {"islamic-tbla", "islamic-tbla", "islamic-tbla"},
    {"hebrew", "hebrew", "hebrew"},
    {"coptic", "coptic", "coptic"},
    {"ethiopic", "ethiopic", "ethiopic"},
    {"ethioaa", "ethiopic-amete-alem", "ethiopic-amete-alem"},
    {"indian", "indian", "indian"},
};

enum class format_kind { style, pattern, skeleton };

struct format_case {
    format_kind kind;
    const char* text;  // the pattern or skeleton; for a style its name
    date_style style = date_style::full;
    const char* not_for = "";  // calendars the format is not compared in (comma-separated)
};

bool compared_in(const format_case& f, std::string_view cal) {
    const std::string list = std::string(",") + f.not_for + ",";
    return list.find(std::string(",") + std::string(cal) + ",") == std::string::npos;
}
const format_case formats[] = {
    {format_kind::style, "full", date_style::full},
    {format_kind::style, "long", date_style::long_form},
    {format_kind::style, "medium", date_style::medium},
    {format_kind::style, "short", date_style::short_form},
    // Every letter of date_format::ldml_letters but r (related year) and u
    // (extended year): ICU 72 derives r by a fixed offset from the extended
    // year, not as the Gregorian year in which the calendar year begins as
    // UTS #35 says (Persian 1403 -> 2025, Hebrew 5785 -> 2025), and its u for
    // ethiopic-amete-alem counts Amete Mihret years. Both differ by date, not
    // by a text a rule could name.
    //
    // Cells left out (not_for), each for a reason:
    // - era fields (G) in iso8601: kalends' ISO 8601 calendar has no eras by
    //   design (ISO years, with a year 0); ICU's is the Gregorian calendar
    //   with AD and BC, and every locale's era names would need a rule;
    // - quarters in hebrew: ICU's quarter is its month index / 3 + 1, and its
    //   Hebrew month index keeps a slot for Adar I in common years too, so
    //   that from Adar on its quarters are one later than those of the
    //   ordinal months (Elul of a common year in a 5th); CLDR defines no
    //   quarters of a lunisolar year, and every locale's quarter names would
    //   need a rule;
    // - skeletons in iso8601: ICU 72's generator takes the generic calendar's
    //   availableFormats for iso8601 ("G y MMM", "GGGGG y-MM-dd") but the
    //   Gregorian dateFormats; kalends takes the Gregorian ones for both.
    {format_kind::pattern, "d MMMM y"},
    {format_kind::pattern, "EEEE d MMMM y G", date_style::full, "iso8601"},
    {format_kind::pattern, "dd.MM.yyyy"},
    {format_kind::pattern, "MMM d, y"},
    {format_kind::pattern, "y-MM-dd"},
    {format_kind::pattern, "LLLL y"},
    {format_kind::pattern, "ccc d MMM"},
    {format_kind::pattern, "QQQQ y", date_style::full, "hebrew"},
    {format_kind::pattern, "G y", date_style::full, "iso8601"},
    {format_kind::pattern, "GGGGG y MMMMM d", date_style::full, "iso8601"},
    {format_kind::pattern, "EEEEE d"},
    {format_kind::pattern, "D"},
    {format_kind::pattern, "w"},
    {format_kind::pattern, "GGGG yy LLL U", date_style::full, "iso8601"},
    {format_kind::pattern, "Y-'W'ww-e"},
    {format_kind::pattern, "QQQ qqqq q", date_style::full, "hebrew"},
    {format_kind::pattern, "F W"},
    {format_kind::pattern, "cccc LLLLL eeee EEEEEE"},
    {format_kind::skeleton, "yMMMd", date_style::full, "iso8601"},
    {format_kind::skeleton, "yMMMMEEEEd", date_style::full, "iso8601"},
    {format_kind::skeleton, "yMd", date_style::full, "iso8601"},
    {format_kind::skeleton, "MMMd", date_style::full, "iso8601"},
    {format_kind::skeleton, "yMMM", date_style::full, "iso8601"},
    {format_kind::skeleton, "GyMMMd", date_style::full, "iso8601"},
    {format_kind::skeleton, "yMMMEd", date_style::full, "iso8601"},
};

// The name a rule uses for a format: the style's name, "sk:" and the
// skeleton, or the pattern itself.
std::string format_id(const format_case& f) {
    return f.kind == format_kind::skeleton ? std::string("sk:") + f.text : std::string(f.text);
}

constexpr std::int64_t first_jdn = 2415021;  // 1900-01-01
constexpr std::int64_t last_jdn = 2488434;   // 2100-12-31
constexpr std::int64_t unix_epoch_jdn = 2440588;
constexpr double millis_per_day = 86400000.0;
constexpr int default_stride = 389;  // about 190 days per locale and calendar, plus the special days

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

const calendar& gregorian() {
    static const calendar g("gregorian");
    return g;
}

std::string gregorian_text(std::int64_t jdn) {
    const auto p = gregorian().parts_from_date(jdn);
    std::ostringstream out;
    out << std::setfill('0') << std::setw(4) << p.year << '-' << std::setw(2) << p.month << '-' << std::setw(2)
        << p.day;
    return out.str();
}

std::optional<std::int64_t> parse_gregorian(std::string_view text) {
    int y = 0, m = 0, d = 0;
    char dash1 = 0, dash2 = 0;
    std::istringstream in{std::string(text)};
    if (!(in >> y >> dash1 >> m >> dash2 >> d) || dash1 != '-' || dash2 != '-' || in.peek() != EOF) return std::nullopt;
    const auto jdn = gregorian().try_date_from_parts(y, m, d);
    if (!jdn) return std::nullopt;
    return *jdn;
}

// --- Escapes: the file's quoted texts and the test's messages show the
// invisible characters (bidi marks, special spaces) as \u{XXXX}. ---

// The code point at byte i (which starts one), and its length.
char32_t code_point_at(std::string_view s, std::size_t i, std::size_t& length) {
    const auto byte = static_cast<unsigned char>(s[i]);
    length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
    length = std::min(length, s.size() - i);
    auto c = static_cast<char32_t>(length == 1 ? byte : byte & (0xFFu >> (length + 1)));
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | static_cast<char32_t>(static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    return c;
}

bool is_invisible(char32_t c) {
    return c == 0x00A0 || c == 0x061C || c == 0x2009 || c == 0x202F || (c >= 0x200B && c <= 0x200F) ||
           (c >= 0x2066 && c <= 0x2069) || (c >= 0x202A && c <= 0x202E) || c < 0x20;
}

std::string escaped(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = 0;
        const char32_t c = code_point_at(text, i, length);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (is_invisible(c)) {
            std::ostringstream hex;
            hex << "\\u{" << std::uppercase << std::hex << std::setw(4) << std::setfill('0')
                << static_cast<std::uint32_t>(c) << '}';
            out += hex.str();
        } else {
            out.append(text.substr(i, length));
        }
        i += length;
    }
    return out;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// --- The expected differences ---

enum class rule_kind { text, number, pattern, locale, days, refused };

struct rule {
    rule_kind kind = rule_kind::text;
    int line = 0;
    std::string class_name;
    std::set<std::string> locales;    // empty: every locale
    std::set<std::string> calendars;  // empty: every calendar
    std::set<std::string> formats;    // empty: every format
    std::string kalends_text;         // text, pattern: what kalends writes (or chooses) ...
    std::string icu_text;             // ... where ICU writes (or chooses) this
    std::int64_t offset = 0;          // number: ICU's number minus kalends'
    std::string other_locale;         // locale: the tag with which kalends writes ICU's text
    std::int64_t from_jdn = 0, to_jdn = 0;  // days: the span
    std::string reason;
    std::size_t rows = 0;  // rows it explained

    [[nodiscard]] bool covers(std::string_view locale, std::string_view cal, std::string_view format) const {
        const auto in = [](const std::set<std::string>& names, std::string_view name) {
            return names.empty() || names.contains(std::string(name));
        };
        return in(locales, locale) && in(calendars, cal) && in(formats, format);
    }
    [[nodiscard]] bool spans(std::int64_t jdn) const { return jdn >= from_jdn && jdn <= to_jdn; }
};

struct rule_file {
    std::vector<rule> rules;
    std::vector<std::string> errors;
};

// The quoted text that starts at line[i] (a '"'), with its \u{XXXX}, \" and
// \\ escapes; i ends after the closing quote.
bool read_quoted(std::string_view line, std::size_t& i, std::string& text, std::string& error) {
    for (++i; i < line.size(); ++i) {
        if (line[i] == '"') {
            ++i;
            return true;
        }
        if (line[i] != '\\' || i + 1 == line.size()) {
            text += line[i];
        } else if (line.substr(i + 1, 2) == "u{") {
            const std::size_t close = line.find('}', i + 3);
            if (close == std::string_view::npos) {
                error = "an unclosed \\u{";
                return false;
            }
            std::uint32_t code = 0;
            const char* digits_end = line.data() + close;
            const auto [end, failure] = std::from_chars(line.data() + i + 3, digits_end, code, 16);
            if (failure != std::errc{} || end != digits_end || code > 0x10FFFF) {
                error = "a bad \\u{XXXX}";
                return false;
            }
            append_utf8(text, static_cast<char32_t>(code));
            i = close;
        } else {
            text += line[++i];
        }
    }
    error = "an unclosed quote";
    return false;
}

// The tokens of a rule line: bare words, or "quoted" texts. The reason follows '#'.
bool tokenize(std::string_view line, std::vector<std::string>& tokens, std::vector<bool>& quoted, std::string& reason,
              std::string& error) {
    std::size_t i = 0;
    while (i < line.size()) {
        const char c = line[i];
        if (c == ' ' || c == '\t') {
            ++i;
        } else if (c == '#') {
            reason = std::string(line.substr(i + 1));
            reason.erase(0, reason.find_first_not_of(" \t"));
            return true;
        } else if (c == '"') {
            std::string text;
            if (!read_quoted(line, i, text, error)) return false;
            tokens.push_back(std::move(text));
            quoted.push_back(true);
        } else {
            const std::size_t end = std::min(line.find_first_of(" \t#\"", i), line.size());
            tokens.emplace_back(line.substr(i, end - i));
            quoted.push_back(false);
            i = end;
        }
    }
    return true;
}

std::set<std::string> split_list(const std::string& token, char separator) {
    std::set<std::string> out;
    if (token == "*") return out;
    std::size_t start = 0;
    while (start <= token.size()) {
        const std::size_t end = std::min(token.find(separator, start), token.size());
        out.insert(token.substr(start, end - start));
        start = end + 1;
    }
    return out;
}

// The names a rule may use.
struct grid_names {
    std::set<std::string> locales, calendars, formats;
    std::set<std::string> chosen;     // styles and skeletons: kalends chooses their patterns
    std::set<std::string> skeletons;
};

grid_names names_in_grid() {
    grid_names names;
    for (const auto& l : locales) names.locales.insert(l.tag);
    for (const auto& c : calendars) names.calendars.insert(c.kalends_name);
    for (const auto& f : formats) {
        names.formats.insert(format_id(f));
        if (f.kind != format_kind::pattern) names.chosen.insert(format_id(f));
        if (f.kind == format_kind::skeleton) names.skeletons.insert(format_id(f));
    }
    return names;
}

// `count` tokens, of which those at `texts` (and only they, among the kind,
// class and texts) are quoted; the lists may be quoted (a format with a space must).
bool has_shape(const std::vector<std::string>& tokens, const std::vector<bool>& quoted, std::size_t count,
               std::initializer_list<std::size_t> texts) {
    if (tokens.size() != count) return false;
    for (std::size_t i = 0; i < count; ++i) {
        const bool is_text = std::find(texts.begin(), texts.end(), i) != texts.end();
        const bool is_list = i >= 2 && i <= 4 && !is_text;
        if (is_text ? !quoted[i] : quoted[i] && !is_list) return false;
    }
    return true;
}

constexpr const char* rule_shapes =
    "expected one of: text|pattern CLASS LOCALES CALENDARS FORMATS \"KALENDS\" \"ICU\"; "
    "number CLASS LOCALES CALENDARS FORMATS OFFSET; locale CLASS LOCALES CALENDARS FORMATS TAG; "
    "days CLASS CALENDARS FORMATS FROM..TO; refused CLASS LOCALES CALENDARS SKELETONS";

// FROM..TO, Gregorian days, into the rule's span.
bool parse_span(std::string_view text, rule& r) {
    const std::size_t dots = text.find("..");
    if (dots == std::string_view::npos) return false;
    const auto from = parse_gregorian(text.substr(0, dots));
    const auto to = parse_gregorian(text.substr(dots + 2));
    if (!from || !to || *from > *to) return false;
    r.from_jdn = *from;
    r.to_jdn = *to;
    return true;
}

// The kind of the rule and the fields only that kind has; "days" rules get
// the '*' of their locales inserted, so that every kind has the same lists.
bool read_kind(std::vector<std::string>& tokens, const std::vector<bool>& quoted, rule& r, std::string& error) {
    const std::string kind = tokens.empty() ? "" : tokens[0];
    if ((kind == "text" || kind == "pattern") && has_shape(tokens, quoted, 7, {5, 6})) {
        r.kind = kind == "text" ? rule_kind::text : rule_kind::pattern;
        r.kalends_text = tokens[5];
        r.icu_text = tokens[6];
        if (r.kalends_text == r.icu_text) error = "the two texts are equal";
    } else if (kind == "number" && has_shape(tokens, quoted, 6, {})) {
        r.kind = rule_kind::number;
        const auto [end, failure] = std::from_chars(tokens[5].data() + (tokens[5][0] == '+' ? 1 : 0),
                                                    tokens[5].data() + tokens[5].size(), r.offset);
        if (failure != std::errc{} || end != tokens[5].data() + tokens[5].size() || r.offset == 0) {
            error = "the offset is no number, or 0";
        }
    } else if (kind == "locale" && has_shape(tokens, quoted, 6, {})) {
        r.kind = rule_kind::locale;
        r.other_locale = tokens[5];
        if (!kalends::locale::try_make(r.other_locale)) error = "kalends has no locale '" + r.other_locale + "'";
    } else if (kind == "days" && has_shape(tokens, quoted, 5, {})) {
        r.kind = rule_kind::days;
        if (!parse_span(tokens[4], r)) error = "a bad span of days (YYYY-MM-DD..YYYY-MM-DD)";
        tokens.insert(tokens.begin() + 2, "*");  // every locale
    } else if (kind == "refused" && has_shape(tokens, quoted, 5, {})) {
        r.kind = rule_kind::refused;
    } else {
        error = rule_shapes;
    }
    return error.empty();
}

// Every name of the rule's lists must be in the grid.
void check_names(const rule& r, const grid_names& grid, std::string& error) {
    const std::set<std::string>& allowed_formats = r.kind == rule_kind::pattern   ? grid.chosen
                                                   : r.kind == rule_kind::refused ? grid.skeletons
                                                                                  : grid.formats;
    const auto check = [&](const std::set<std::string>& names, const std::set<std::string>& known, const char* what) {
        for (const auto& name : names) {
            if (!known.contains(name) && error.empty()) error = std::string(what) + " '" + name + "' is not in the grid";
        }
    };
    check(r.locales, grid.locales, "locale");
    check(r.calendars, grid.calendars, "calendar");
    check(r.formats, allowed_formats, "format");
}

std::optional<rule> parse_rule(std::string_view text, int line, const grid_names& grid, std::string& error) {
    std::vector<std::string> tokens;
    std::vector<bool> quoted;
    rule r;
    r.line = line;
    if (!tokenize(text, tokens, quoted, r.reason, error)) return std::nullopt;
    if (r.reason.empty()) {
        error = "no '# reason'";
        return std::nullopt;
    }
    if (!read_kind(tokens, quoted, r, error)) return std::nullopt;
    r.class_name = tokens[1];
    r.locales = split_list(tokens[2], ',');
    r.calendars = split_list(tokens[3], ',');
    r.formats = split_list(tokens[4], '|');
    check_names(r, grid, error);
    if (!error.empty()) return std::nullopt;
    return r;
}

rule_file read_rules(const std::string& path) {
    rule_file file;
    std::ifstream in(path);
    if (!in) {
        file.errors.push_back("cannot open " + path);
        return file;
    }
    const grid_names grid = names_in_grid();
    std::string text;
    for (int line = 1; std::getline(in, text); ++line) {
        const std::size_t first = text.find_first_not_of(" \t");
        if (first == std::string::npos || text[first] == '#') continue;
        std::string error;
        if (auto r = parse_rule(text, line, grid, error)) {
            file.rules.push_back(std::move(*r));
        } else {
            file.errors.push_back("line " + std::to_string(line) + ": " + error.append(": ").append(text));
        }
    }
    return file;
}

// --- Applying the rules ---

std::size_t start_of_code_point(const std::string& s, std::size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0u) == 0x80u) --i;
    return i;
}

bool is_digit_at(const std::string& s, std::size_t i) {
    std::size_t length = 0;
    return i < s.size() && u_isdigit(static_cast<UChar32>(code_point_at(s, i, length)));
}

std::size_t previous_code_point(const std::string& s, std::size_t i) { return start_of_code_point(s, i - 1); }

// A number of a text: its bytes [start, end), its value and its zero digit.
struct number_in_text {
    std::size_t start = 0, end = 0;
    std::int64_t value = 0;
    char32_t zero = 0;
};

// The number (decimal digits of one script, with a '-' before them that no
// digit precedes) that contains byte p, or ends right before it.
std::optional<number_in_text> number_at(const std::string& s, std::size_t p) {
    p = start_of_code_point(s, std::min(p, s.size()));
    if (p + 1 < s.size() && s[p] == '-' && is_digit_at(s, p + 1)) ++p;  // at the sign of a number
    if (!is_digit_at(s, p)) {
        if (p == 0 || !is_digit_at(s, previous_code_point(s, p))) return std::nullopt;
        p = previous_code_point(s, p);
    }
    number_in_text n;
    n.start = p;
    while (n.start > 0 && is_digit_at(s, previous_code_point(s, n.start))) n.start = previous_code_point(s, n.start);
    for (n.end = n.start; n.end < s.size() && is_digit_at(s, n.end);) {
        std::size_t length = 0;
        const char32_t c = code_point_at(s, n.end, length);
        const int digit = u_charDigitValue(static_cast<UChar32>(c));
        if (n.end == n.start) n.zero = c - static_cast<char32_t>(digit);
        if (c - static_cast<char32_t>(digit) != n.zero || n.value > 1000000000000LL) return std::nullopt;  // mixed scripts
        n.value = n.value * 10 + digit;
        n.end += length;
    }
    if (n.start > 0 && s[n.start - 1] == '-' && (n.start == 1 || !is_digit_at(s, previous_code_point(s, n.start - 1)))) {
        --n.start;
        n.value = -n.value;
    }
    return n;
}

std::string number_text(std::int64_t value, char32_t zero) {
    std::string out = value < 0 ? "-" : "";
    const std::string digits = std::to_string(value < 0 ? -value : value);
    for (const char d : digits) append_utf8(out, zero + static_cast<char32_t>(d - '0'));
    return out;
}

// Whether the rules turn `kalends_text` into `icu_text`, left to right: the
// first byte where the two differ must lie in (or right after) an occurrence
// of a text rule's kalends text, at whose place ICU has the rule's ICU text,
// or in a number that a number rule's offset turns into ICU's number there.
// That occurrence is replaced, and the rest explained the same way. `used`
// gets the rules applied. A row needs a handful of rules at most.
bool explain(const std::string& k, const std::string& icu, const std::vector<rule*>& candidates,
             std::vector<rule*>& used, int depth = 0) {
    if (k == icu) return true;
    if (depth == 6) return false;
    std::size_t p = 0;
    while (p < k.size() && p < icu.size() && k[p] == icu[p]) ++p;
    const auto attempt = [&](rule* r, std::size_t pos, std::size_t length, const std::string& to) {
        if (icu.compare(pos, to.size(), to) != 0) return false;
        used.push_back(r);
        if (explain(k.substr(0, pos) + to + k.substr(pos + length), icu, candidates, used, depth + 1)) return true;
        used.pop_back();
        return false;
    };
    for (rule* r : candidates) {
        if (r->kind == rule_kind::number) {
            const auto n = number_at(k, p);
            if (n && attempt(r, n->start, n->end - n->start, number_text(n->value + r->offset, n->zero))) return true;
            continue;
        }
        const std::string& from = r->kalends_text;
        // Occurrences that start at or before p and reach it (an empty text: an insertion at p).
        if (from.empty()) {
            if (attempt(r, p, 0, r->icu_text)) return true;
            continue;
        }
        for (std::size_t pos = k.find(from, p >= from.size() ? p - from.size() : 0); pos != std::string::npos && pos <= p;
             pos = k.find(from, pos + 1)) {
            if (attempt(r, pos, from.size(), r->icu_text)) return true;
        }
    }
    return false;
}

// --- ICU ---

struct icu_formatter {
    std::unique_ptr<icu::DateFormat> format;
    std::string pattern;
};

std::unique_ptr<icu::DateFormat> in_utc(icu::DateFormat* f) {
    std::unique_ptr<icu::DateFormat> owned(f);
    if (owned) owned->setTimeZone(*icu::TimeZone::getGMT());
    return owned;
}

std::string icu_pattern(const icu::DateFormat& f) {
    const auto* simple = dynamic_cast<const icu::SimpleDateFormat*>(&f);
    if (simple == nullptr) return "?";
    icu::UnicodeString pattern;
    simple->toPattern(pattern);
    return utf8(pattern);
}

icu_formatter make_icu_formatter(const format_case& f, const icu::Locale& loc, icu::DateTimePatternGenerator& generator,
                                 std::string& error) {
    icu_formatter out;
    UErrorCode status = U_ZERO_ERROR;
    switch (f.kind) {
        case format_kind::style: {
            static constexpr icu::DateFormat::EStyle styles[] = {icu::DateFormat::kFull, icu::DateFormat::kLong,
                                                                 icu::DateFormat::kMedium, icu::DateFormat::kShort};
            out.format = in_utc(icu::DateFormat::createDateInstance(styles[static_cast<int>(f.style)], loc));
            break;
        }
        case format_kind::pattern:
            out.format = in_utc(new icu::SimpleDateFormat(icu::UnicodeString::fromUTF8(f.text), loc, status));
            break;
        case format_kind::skeleton: {
            const icu::UnicodeString best = generator.getBestPattern(icu::UnicodeString::fromUTF8(f.text), status);
            if (U_SUCCESS(status)) out.format = in_utc(new icu::SimpleDateFormat(best, loc, status));
            break;
        }
    }
    if (U_FAILURE(status) || !out.format) {
        error = std::string("ICU cannot make the format '") + f.text + "': " + u_errorName(status);
        out.format.reset();
        return out;
    }
    out.pattern = icu_pattern(*out.format);
    return out;
}

UDate noon(std::int64_t jdn) { return static_cast<UDate>(jdn - unix_epoch_jdn) * millis_per_day + millis_per_day / 2; }

// ICU's year, month and day of noon UTC of `jdn`, checked against kalends':
// ICU's YEAR (the year of the era) against kalends' era year, so that the
// Japanese era changes are checked too.
class day_checker {
public:
    day_checker(const calendar_case& c, std::string& error) : case_(c), kalends_(c.kalends_name) {
        UErrorCode status = U_ZERO_ERROR;
        icu_.reset(icu::Calendar::createInstance(*icu::TimeZone::getGMT(),
                                                 icu::Locale((std::string("en@calendar=") + c.icu_type).c_str()),
                                                 status));
        if (U_FAILURE(status) || !icu_) error = std::string("ICU has no calendar ") + c.icu_type;
    }

    // "" if the days agree, else both sides' fields.
    const std::string& check(std::int64_t jdn) {
        const auto cached = cache_.find(jdn);
        if (cached != cache_.end()) return cached->second;
        std::string& answer = cache_[jdn];
        UErrorCode status = U_ZERO_ERROR;
        icu_->setTime(noon(jdn), status);
        const int year = icu_->get(UCAL_YEAR, status);
        const int month = icu_->get(UCAL_MONTH, status);  // 0-based
        const int day = icu_->get(UCAL_DATE, status);
        if (U_FAILURE(status)) {
            answer = std::string("ICU: ") + u_errorName(status);
            return answer;
        }
        const auto parts = kalends_.parts_from_date(jdn);
        const auto era = kalends_.try_era_of(parts);
        const std::int64_t kalends_year = era ? era->year : parts.year;
        // ICU's Hebrew months are 0 Tishri .. 12 Elul with 5 (Adar I) only in leap years.
        int icu_month = month + 1;
        if (std::string_view(case_.kalends_name) == "hebrew" && !kalends_.is_leap_year(parts.year) && month > 5) {
            icu_month = month;
        }
        if (year != kalends_year || icu_month != parts.month || day != parts.day) {
            std::ostringstream out;
            out << "ICU " << year << "-" << icu_month << "-" << day << ", kalends " << kalends_year << "-"
                << parts.month << "-" << parts.day;
            answer = out.str();
        }
        return answer;
    }

private:
    const calendar_case& case_;
    calendar kalends_;
    std::unique_ptr<icu::Calendar> icu_;
    std::map<std::int64_t, std::string> cache_;
};

// --- The days ---

int stride_from_environment() {
    const char* value = std::getenv("KALENDS_ICU_GRID_STRIDE");
    if (value == nullptr || *value == '\0') return default_stride;
    const std::string_view text(value);
    int stride = 0;
    const auto [end, failure] = std::from_chars(text.data(), text.data() + text.size(), stride);
    return failure == std::errc{} && end == text.data() + text.size() && stride >= 1 ? stride : default_stride;
}

// Both ends of the range, and the era starts of the calendars that change
// eras in it, with the days before them (the last of the old era): Japanese
// (CLDR's Meiji 1868-09-08, kalends' 1868-10-23, the Gregorian calendar in
// Japan 1873, Taisho, Showa, Heisei, Reiwa and its second year) and ROC (1912).
std::vector<std::int64_t> era_start_days(const calendar& cal) {
    std::vector<std::array<int, 3>> starts{{1900, 1, 2}};
    if (cal.name() == "japanese") {
        starts.insert(starts.end(), {{1868, 9, 8}, {1868, 10, 23}, {1873, 1, 1}, {1912, 7, 30}, {1926, 12, 25},
                                     {1989, 1, 8}, {2019, 5, 1}, {2020, 1, 1}});
    } else if (cal.name() == "roc") {
        starts.push_back({1912, 1, 1});
    }
    std::vector<std::int64_t> days{last_jdn};
    for (const auto& [y, m, d] : starts) {
        const auto jdn = gregorian().date_from_parts(y, m, d);
        days.push_back(jdn);
        days.push_back(jdn - 1);
    }
    return days;
}

// The special days of one year of a calendar, as (month, day) in that year.
std::vector<std::pair<int, int>> special_days_of_year(const calendar& cal, int year) {
    const std::string_view name = cal.name();
    const int months = cal.try_months_in_year(year).value_or(0);
    const bool leap = cal.try_is_leap_year(year).value_or(false);
    std::vector<std::pair<int, int>> days;
    if (months == 0) return days;  // a year outside the calendar's range
    if (name == "hebrew") {
        if (leap) {
            days.emplace_back(6, year % 2 == 0 ? 1 : 30);  // 1 or 30 Adar I
            days.emplace_back(7, year % 2 == 0 ? 1 : 29);  // 1 or 29 Adar II
        } else if (year % 5 == 0) {
            days.emplace_back(6, 1);  // 1 Adar of a common year
        }
        if (year % 8 == 0) days.emplace_back(1, 1);  // Rosh Hashana
    } else if (months == 13) {
        // The last epagomenal day: the 6th of a leap year, the 5th of every fourth common year.
        if (leap || year % 4 == 0) days.emplace_back(13, cal.days_in_month(13, year));
    } else if (name.substr(0, 7) == "islamic") {
        // The last day of the year: 30 Dhu al-Hijjah of every other long year, 29 of every sixth short one.
        const int last_day = cal.days_in_month(12, year);
        if (last_day == 30 ? year % 2 == 0 : year % 6 == 0) days.emplace_back(12, last_day);
    } else if (leap) {
        // 29 February, 30 Esfand, 31 Chaitra: the leap day of the solar calendars.
        const int month = name == "indian" ? 1 : name == "persian" ? 12 : 2;
        days.emplace_back(month, cal.days_in_month(month, year));
    }
    return days;
}

// The days every locale sees for a calendar: the special days of that calendar.
std::vector<std::int64_t> special_days(const calendar& cal) {
    std::vector<std::int64_t> days = era_start_days(cal);
    const auto add = [&](int y, int m, int d) {
        const auto jdn = cal.try_date_from_parts(y, m, d);
        if (jdn && *jdn >= first_jdn - 40000 && *jdn <= last_jdn) days.push_back(*jdn);
    };
    const int first = cal.parts_from_date(first_jdn).year;
    const int last = cal.parts_from_date(last_jdn).year;
    for (int year = first; year <= last; ++year) {
        for (const auto& [month, day] : special_days_of_year(cal, year)) add(year, month, day);
        if (cal.name() == "persian" && cal.try_is_leap_year(year).value_or(false)) add(year + 1, 1, 1);  // Nowruz after 30 Esfand
    }
    return days;
}

std::vector<std::int64_t> days_for(const std::vector<std::int64_t>& special, int stride, int shift, const calendar& cal) {
    std::vector<std::int64_t> days = special;
    for (std::int64_t jdn = first_jdn + shift % stride; jdn <= last_jdn; jdn += stride) days.push_back(jdn);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    days.erase(std::remove_if(days.begin(), days.end(), [&](std::int64_t jdn) { return !cal.is_jdn_in_range(jdn); }),
               days.end());
    return days;
}

// --- Reporting what no rule explains ---

// The differing middle of two texts, widened to whole words (runs between
// ASCII spaces and punctuation), so that a group names a name, not a letter.
std::pair<std::string, std::string> differing_words(const std::string& a, const std::string& b) {
    std::size_t prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix]) ++prefix;
    std::size_t suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix &&
           a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix]) {
        ++suffix;
    }
    const auto separator = [](char c) {
        return c == ' ' || c == ',' || c == '.' || c == '/' || c == '-' || c == '(' || c == ')' || c == ':';
    };
    while (prefix > 0 && !separator(a[prefix - 1])) --prefix;
    while (suffix > 0 && !separator(a[a.size() - suffix])) --suffix;
    return {a.substr(prefix, a.size() - prefix - suffix), b.substr(prefix, b.size() - prefix - suffix)};
}

// Every decimal digit, of any script, as '#'.
std::string digits_as_hash(const std::string& text) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(text);
    icu::UnicodeString out;
    for (int32_t i = 0; i < u.length();) {
        const UChar32 c = u.char32At(i);
        out.append(u_isdigit(c) ? UChar32{'#'} : c);
        i += U16_LENGTH(c);
    }
    return utf8(out);
}

std::string icu_cldr_version() {
    UVersionInfo version;
    UErrorCode status = U_ZERO_ERROR;
    ulocdata_getCLDRVersion(version, &status);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(version, text);
    return U_SUCCESS(status) ? text : "?";
}

std::string joined(const std::set<std::string>& names, const char* separator) {
    if (names.empty()) return "*";
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : separator) + n;
    return out;
}

std::string describe(const rule& r) {
    std::ostringstream out;
    static constexpr const char* kinds[] = {"text", "number", "pattern", "locale", "days", "refused"};
    out << kinds[static_cast<int>(r.kind)] << " " << r.class_name << " ";
    if (r.kind != rule_kind::days) out << joined(r.locales, ",") << " ";
    out << joined(r.calendars, ",") << " " << joined(r.formats, "|");
    if (r.kind == rule_kind::text || r.kind == rule_kind::pattern) {
        out << " \"" << escaped(r.kalends_text) << "\" \"" << escaped(r.icu_text) << "\"";
    } else if (r.kind == rule_kind::number) {
        out << " " << (r.offset > 0 ? "+" : "") << r.offset;
    } else if (r.kind == rule_kind::locale) {
        out << " " << r.other_locale;
    } else if (r.kind == rule_kind::days) {
        out << " " << gregorian_text(r.from_jdn) << ".." << gregorian_text(r.to_jdn);
    }
    return out.str();
}

// --- The results of the grid ---

struct tally {
    std::size_t rows = 0, equal = 0;
};

struct unexplained_group {
    std::size_t rows = 0;
    std::map<std::string, std::size_t> formats;
    std::string example;
};

// locale, calendar, kalends' words, ICU's words
using group_key = std::tuple<std::string, std::string, std::string, std::string>;

struct grid_results {
    std::size_t rows = 0;
    std::size_t equal = 0;
    std::size_t explained = 0;     // differ, explained by rules
    std::size_t unexplained = 0;   // differ, no rule
    std::size_t not_compared = 0;  // ICU's date is another (days rules)
    std::map<std::string, tally> per_calendar, per_locale, per_format;
    std::map<std::string, std::size_t> rows_per_class;  // a row counts once per class it needs
    std::map<group_key, unexplained_group> unexplained_groups;
    // Unexplained rows by calendar and format: their number and the locales they are in.
    std::map<std::pair<std::string, std::string>, std::pair<std::size_t, std::set<std::string>>> unexplained_cells;
    std::vector<std::string> failures;
    std::set<std::string> covered_formats;
    // Days on which ICU's date is not kalends' and no days rule says why, and the first one's fields.
    std::map<std::string, std::vector<std::int64_t>> days_icu_puts_elsewhere;
    std::map<std::string, std::pair<std::int64_t, std::string>> first_day_difference;
    std::set<std::int64_t> days_seen;

    // A row explained by `used` (each rule, and each class, counts it once).
    void count_explained(std::vector<rule*> used, std::size_t row_count = 1) {
        explained += row_count;
        std::sort(used.begin(), used.end());
        used.erase(std::unique(used.begin(), used.end()), used.end());
        std::set<std::string> classes;
        for (rule* r : used) {
            r->rows += row_count;
            classes.insert(r->class_name);
        }
        for (const auto& name : classes) rows_per_class[name] += row_count;
    }
};

// --- One locale and calendar of the grid ---

struct grid_cell {
    const locale_case& locale_names;
    const calendar_case& calendar_names;
    const calendar& cal;
    kalends::locale loc;
    icu::Locale icu_locale;

    [[nodiscard]] std::string name() const { return std::string(locale_names.tag) + " " + calendar_names.kalends_name; }
};

// One format of one locale and calendar: both sides' formatters and the rules that may apply.
struct column {
    const format_case* format = nullptr;
    std::string id;
    std::optional<date_format> kalends;
    icu_formatter icu;
    std::vector<rule*> text_rules;          // text and number rules
    std::vector<rule*> day_rules;           // days rules that name formats
    std::vector<rule*> pattern_candidates;  // pattern rules
    rule* refused = nullptr;                // a refused skeleton's rule
    // A style or skeleton whose pattern differs from ICU's: the pattern rules
    // that turn kalends' pattern into ICU's, and ICU's pattern compiled by kalends.
    std::vector<rule*> pattern_rules;
    std::optional<date_format> icu_pattern_in_kalends;
    bool same_pattern = true;
    // A locale rule: the same pattern in another locale of kalends.
    rule* locale_rule = nullptr;
    std::optional<date_format> in_other_locale;
    std::string buffer;
    // The summary's counters of this column's calendar, locale and format.
    tally* calendar_tally = nullptr;
    tally* locale_tally = nullptr;
    tally* format_tally = nullptr;
};

// The rules of the file that may apply to a column.
void attach_rules(column& c, rule_file& file, const grid_cell& cell) {
    for (rule& r : file.rules) {
        if (!r.covers(cell.locale_names.tag, cell.calendar_names.kalends_name, c.id)) continue;
        switch (r.kind) {
            case rule_kind::text:
            case rule_kind::number: c.text_rules.push_back(&r); break;
            case rule_kind::days:
                if (!r.formats.empty()) c.day_rules.push_back(&r);
                break;
            case rule_kind::pattern: c.pattern_candidates.push_back(&r); break;
            case rule_kind::locale: c.locale_rule = &r; break;
            case rule_kind::refused: c.refused = &r; break;
        }
    }
}

kalends::result<date_format> make_kalends_format(const format_case& f, const grid_cell& cell) {
    switch (f.kind) {
        case format_kind::style: return date_format::try_from_style(f.style, cell.loc, cell.cal);
        case format_kind::pattern: return date_format::try_from_ldml(f.text, cell.loc);
        case format_kind::skeleton: break;
    }
    return date_format::try_from_skeleton(f.text, cell.loc, cell.cal);
}

std::optional<date_format> compile_for_rule(const std::string& pattern, const kalends::locale& in, const column& c,
                                            const grid_cell& cell, std::vector<std::string>& failures) {
    auto compiled = date_format::try_from_ldml(pattern, in);
    if (compiled) return *std::move(compiled);
    failures.push_back(cell.name() + " " + c.id + ": kalends cannot compile \"" + pattern + "\" in " +
                       std::string(in.tag()));
    return std::nullopt;
}

// What a column's rules ask kalends to write instead: ICU's pattern (when
// pattern rules turn kalends' pattern into it) and the same pattern in
// another locale (a locale rule).
void prepare_retries(column& c, const grid_cell& cell, std::vector<std::string>& failures) {
    if (!c.kalends) return;
    const std::string pattern(c.kalends->pattern());
    c.same_pattern = c.format->kind == format_kind::pattern || pattern == c.icu.pattern;
    if (!c.same_pattern && explain(pattern, c.icu.pattern, c.pattern_candidates, c.pattern_rules)) {
        c.icu_pattern_in_kalends = compile_for_rule(c.icu.pattern, cell.loc, c, cell, failures);
    }
    if (c.locale_rule != nullptr) {
        c.in_other_locale = compile_for_rule(pattern, kalends::locale(c.locale_rule->other_locale), c, cell, failures);
    }
}

std::optional<column> make_column(const format_case& f, const grid_cell& cell, icu::DateTimePatternGenerator& generator,
                                  rule_file& file, grid_results& results) {
    column c;
    c.format = &f;
    c.id = format_id(f);
    std::string error;
    c.icu = make_icu_formatter(f, cell.icu_locale, generator, error);
    if (!c.icu.format) {
        results.failures.push_back(cell.name() + ": " + error);
        return std::nullopt;
    }
    const std::string type = c.icu.format->getCalendar()->getType();
    if (type != cell.calendar_names.icu_reported) {
        results.failures.push_back(std::string(cell.locale_names.icu_id) + "@calendar=" + cell.calendar_names.icu_type +
                                   " gave ICU calendar " + type);
        return std::nullopt;
    }
    attach_rules(c, file, cell);
    auto made = make_kalends_format(f, cell);
    if (made) {
        c.kalends = *std::move(made);
    } else if (c.refused == nullptr) {
        results.failures.push_back(cell.name() + " " + c.id + ": kalends refuses it (" + made.error().message() +
                                   "), ICU uses \"" + c.icu.pattern + "\"");
        return std::nullopt;
    }
    prepare_retries(c, cell, results.failures);
    c.calendar_tally = &results.per_calendar[cell.calendar_names.kalends_name];
    c.locale_tally = &results.per_locale[cell.locale_names.tag];
    c.format_tally = &results.per_format[c.id];
    results.covered_formats.insert(c.id);
    return c;
}

std::vector<column> make_columns(const grid_cell& cell, rule_file& file, grid_results& results) {
    std::vector<column> columns;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(cell.icu_locale, status));
    if (U_FAILURE(status) || !generator) {
        results.failures.push_back(cell.name() + ": ICU has no DateTimePatternGenerator (" + u_errorName(status) + ")");
        return columns;
    }
    for (const format_case& f : formats) {
        if (!compared_in(f, cell.calendar_names.kalends_name)) continue;
        if (auto c = make_column(f, cell, *generator, file, results)) columns.push_back(std::move(*c));
    }
    return columns;
}

// --- Comparing rows ---

struct row_day {
    const calendar& cal;
    kalends::date_parts parts;
    std::int64_t jdn;
};

// Both sides' texts of a row, reused from row to row.
struct row_texts {
    std::string kalends, icu, retried;
    icu::UnicodeString icu_utf16;
};

void write(const date_format& f, std::string& buffer, const row_day& day, std::string& out) {
    if (buffer.size() < f.max_size()) buffer.resize(f.max_size());
    const char* end = f.write(buffer.data(), day.cal, day.parts, day.jdn);
    out.assign(buffer.data(), static_cast<std::size_t>(end - buffer.data()));
}

// ICU's text with the day's calendar, whose fields all columns share.
void write_icu(const column& c, icu::Calendar& day_in_icu, row_texts& texts) {
    texts.icu_utf16.remove();
    icu::FieldPosition unused(icu::FieldPosition::DONT_CARE);
    c.icu.format->format(day_in_icu, texts.icu_utf16, unused);
    texts.icu.clear();
    texts.icu_utf16.toUTF8String(texts.icu);
}

// The rules that explain a differing row, tried in the file header's order:
// text and number rules on kalends' text, then on ICU's pattern written by
// kalends (pattern rules), then on the pattern written in another locale
// (locale rules), then the days rules of the column.
std::optional<std::vector<rule*>> explanation(column& c, const row_day& day, row_texts& texts) {
    std::vector<rule*> used;
    if (explain(texts.kalends, texts.icu, c.text_rules, used)) return used;
    const auto explained_by = [&](const std::optional<date_format>& retry) {
        if (!retry) return false;
        write(*retry, c.buffer, day, texts.retried);
        used.clear();
        return explain(texts.retried, texts.icu, c.text_rules, used);
    };
    if (explained_by(c.icu_pattern_in_kalends)) {
        used.insert(used.end(), c.pattern_rules.begin(), c.pattern_rules.end());
        return used;
    }
    if (explained_by(c.in_other_locale)) {
        used.push_back(c.locale_rule);
        return used;
    }
    for (rule* r : c.day_rules) {
        if (r->spans(day.jdn)) return std::vector<rule*>{r};
    }
    return std::nullopt;
}

void record_unexplained(const column& c, const grid_cell& cell, const row_day& day, const row_texts& texts,
                        grid_results& results) {
    ++results.unexplained;
    group_key key;
    const std::string pattern(c.kalends->pattern());
    if (!c.same_pattern && !c.icu_pattern_in_kalends) {
        key = {cell.locale_names.tag, cell.calendar_names.kalends_name, "pattern \"" + pattern + "\"",
               "pattern \"" + c.icu.pattern + "\" (" + c.id + ")"};
    } else {
        const auto [kalends_words, icu_words] = differing_words(texts.kalends, texts.icu);
        // Numbers that differ are grouped by their shape, not their value.
        key = {cell.locale_names.tag, cell.calendar_names.kalends_name, digits_as_hash(kalends_words),
               digits_as_hash(icu_words)};
    }
    unexplained_group& group = results.unexplained_groups[key];
    if (group.rows++ == 0) {
        group.example = gregorian_text(day.jdn) + " \"" + c.id + "\" (kalends \"" + pattern + "\", ICU \"" +
                        c.icu.pattern + "\"): kalends \"" + escaped(texts.kalends) + "\", ICU \"" +
                        escaped(texts.icu) + "\"";
    }
    ++group.formats[c.id];
    auto& cell_count = results.unexplained_cells[{cell.calendar_names.kalends_name, c.id}];
    ++cell_count.first;
    cell_count.second.insert(cell.locale_names.tag);
}

void compare_row(column& c, const grid_cell& cell, const row_day& day, icu::Calendar& day_in_icu, row_texts& texts,
                 grid_results& results) {
    ++results.rows;
    ++c.calendar_tally->rows;
    ++c.locale_tally->rows;
    ++c.format_tally->rows;
    if (!c.kalends) {
        results.count_explained({c.refused});
        return;
    }
    write(*c.kalends, c.buffer, day, texts.kalends);
    write_icu(c, day_in_icu, texts);
    if (texts.kalends == texts.icu) {
        ++results.equal;
        ++c.calendar_tally->equal;
        ++c.locale_tally->equal;
        ++c.format_tally->equal;
        return;
    }
    if (auto used = explanation(c, day, texts)) {
        results.count_explained(std::move(*used));
        return;
    }
    record_unexplained(c, cell, day, texts, results);
}

// --- One calendar of the grid ---

struct calendar_run {
    const calendar_case& names;
    calendar cal;
    day_checker checker;
    std::vector<std::int64_t> special;
    std::vector<rule*> whole_day_rules;  // days rules for every format
    std::set<std::int64_t> reported_days;
};

// Whether ICU puts the day on kalends' date; if not, the day's rows are not
// compared, and a days rule must say why.
bool icu_has_the_same_date(calendar_run& run, std::int64_t jdn, std::size_t column_count, grid_results& results) {
    const std::string& difference = run.checker.check(jdn);
    if (difference.empty()) return true;
    results.rows += column_count;
    results.not_compared += column_count;
    rule* explained = nullptr;
    for (rule* r : run.whole_day_rules) {
        if (r->spans(jdn)) explained = r;
    }
    if (explained != nullptr) {
        explained->rows += column_count;
        results.rows_per_class[explained->class_name] += column_count;
    } else if (run.reported_days.insert(jdn).second) {
        const std::string name = run.names.kalends_name;
        results.days_icu_puts_elsewhere[name].push_back(jdn);
        auto [earliest, inserted] = results.first_day_difference.try_emplace(name, jdn, difference);
        if (!inserted && jdn < earliest->second.first) earliest->second = {jdn, difference};
    }
    return false;
}

void compare_cell(calendar_run& run, const grid_cell& cell, int shift, int stride, rule_file& file,
                  grid_results& results) {
    std::vector<column> columns = make_columns(cell, file, results);
    UErrorCode status = U_ZERO_ERROR;
    // One ICU calendar for the day: ICU computes its fields once, not once per column.
    std::unique_ptr<icu::Calendar> day_in_icu(
        icu::Calendar::createInstance(*icu::TimeZone::getGMT(), cell.icu_locale, status));
    if (U_FAILURE(status) || !day_in_icu || day_in_icu->getType() != std::string_view(cell.calendar_names.icu_reported)) {
        results.failures.push_back(cell.name() + ": ICU has no calendar of type " + cell.calendar_names.icu_reported);
        return;
    }
    row_texts texts;
    for (const std::int64_t jdn : days_for(run.special, stride, shift, run.cal)) {
        results.days_seen.insert(jdn);
        if (!icu_has_the_same_date(run, jdn, columns.size(), results)) continue;
        const row_day day{run.cal, run.cal.parts_from_date(jdn), jdn};
        day_in_icu->setTime(noon(jdn), status);
        for (column& c : columns) compare_row(c, cell, day, *day_in_icu, texts, results);
    }
}

void compare_calendar(const calendar_case& names, int stride, rule_file& file, grid_results& results) {
    std::string error;
    calendar_run run{names, calendar(names.kalends_name), day_checker(names, error), {}, {}, {}};
    if (!error.empty()) {
        results.failures.push_back(error);
        return;
    }
    run.special = special_days(run.cal);
    for (rule& r : file.rules) {
        if (r.kind == rule_kind::days && r.formats.empty() && r.covers("", names.kalends_name, "")) {
            run.whole_day_rules.push_back(&r);
        }
    }
    const auto calendar_index = static_cast<std::size_t>(&names - calendars);
    const std::size_t pairs = std::size(locales) * std::size(calendars);
    for (std::size_t li = 0; li < std::size(locales); ++li) {
        const locale_case& lc = locales[li];
        const grid_cell cell{lc, names, run.cal, kalends::locale(lc.tag),
                             icu::Locale((std::string(lc.icu_id) + "@calendar=" + names.icu_type).c_str())};
        // Each locale and calendar samples other days, spread evenly over the
        // stride (a calendar's locales stride / 20 apart), so that together they see most days.
        const int shift = static_cast<int>((li * std::size(calendars) + calendar_index) *
                                           static_cast<std::size_t>(stride) / pairs);
        compare_cell(run, cell, shift, stride, file, results);
    }
}

// --- The summary and the failures ---

double percent(std::size_t part, std::size_t whole) {
    return 100.0 * static_cast<double>(part) / static_cast<double>(std::max<std::size_t>(whole, 1));
}

void print_tallies(std::ostream& out, const char* title, const std::map<std::string, tally>& tallies) {
    out << title << ":";
    for (const auto& [name, t] : tallies) out << " " << name << " " << percent(t.equal, t.rows) << "%;";
    out << "\n";
}

std::string summary(const grid_results& results, const rule_file& file, int stride, double seconds) {
    std::ostringstream out;
    out << std::fixed << std::setprecision(2);
    out << "ICU grid (ICU " << U_ICU_VERSION << " with CLDR " << icu_cldr_version() << "; kalends CLDR "
        << kalends::locale_data_version() << "): " << std::size(locales) << " locales x " << std::size(calendars)
        << " calendars x " << std::size(formats) << " formats, every " << stride
        << "th day of 1900-2100 (shifted per locale and calendar) and the special days: " << results.days_seen.size()
        << " different days\n";
    const std::size_t compared = results.rows - results.not_compared;
    out << "rows: " << results.rows << "; not compared, ICU's date is another: " << results.not_compared << " ("
        << percent(results.not_compared, results.rows) << " %); compared: " << compared << ", of them equal "
        << results.equal << " (" << percent(results.equal, compared) << " %), different and explained by rules "
        << results.explained << " (" << percent(results.explained, compared) << " %), different and unexplained "
        << results.unexplained << " (" << percent(results.unexplained, compared) << " %); in " << seconds << " s\n";
    print_tallies(out, "equal by calendar", results.per_calendar);
    print_tallies(out, "equal by locale", results.per_locale);
    print_tallies(out, "equal by format", results.per_format);
    out << "rows per expected-difference rule (line: rule: rows; a row may need several rules):\n";
    std::map<std::string, std::size_t> rules_per_class;
    for (const rule& r : file.rules) {
        ++rules_per_class[r.class_name];
        out << "  " << std::setw(4) << r.line << ": " << describe(r) << ": " << r.rows << "\n";
    }
    out << "rows per class (a row that needs two classes counts in both):\n";
    for (const auto& [name, count] : rules_per_class) {
        const auto found = results.rows_per_class.find(name);
        const std::size_t class_rows = found == results.rows_per_class.end() ? 0 : found->second;
        out << "  " << name << ": " << class_rows << " rows (" << percent(class_rows, results.rows) << " %), " << count
            << " rule(s)\n";
    }
    return out.str();
}

void report_day_failures(grid_results& results) {
    for (auto& [name, days] : results.days_icu_puts_elsewhere) {
        std::sort(days.begin(), days.end());
        const auto& [first, difference] = results.first_day_difference[name];
        ADD_FAILURE() << name << ": on " << days.size() << " sampled day(s) from " << gregorian_text(days.front())
                      << " to " << gregorian_text(days.back()) << " ICU's date is not kalends' and no days rule says why ("
                      << gregorian_text(first) << ": " << difference << ")";
    }
}

std::string group_line(const group_key& key, const unexplained_group& group) {
    const auto& [locale, cal, kalends_words, icu_words] = key;
    std::ostringstream line;
    line << locale << " " << cal << " \"" << escaped(kalends_words) << "\" \"" << escaped(icu_words)
         << "\": " << group.rows << " rows, ";
    std::size_t listed = 0;
    for (const auto& [f, n] : group.formats) line << (listed++ == 0 ? "" : "|") << f << " " << n;
    line << "; " << group.example << "\n";
    return line.str();
}

void report_unexplained_rows(const grid_results& results) {
    if (results.unexplained_groups.empty()) return;
    constexpr std::size_t groups_shown = 60;
    std::ostringstream out;
    out << results.unexplained << " row(s) differ from ICU with no rule in " << KALENDS_ICU_EXPECTED_DIFFERENCES
        << ", in " << results.unexplained_groups.size() << " group(s). By calendar and format (rows, locales):\n";
    for (const auto& [cell, count] : results.unexplained_cells) {
        out << "  " << cell.first << " \"" << cell.second << "\": " << count.first << " rows, "
            << (count.second.size() == std::size(locales) ? std::string("every locale") : joined(count.second, ","))
            << "\n";
    }
    out << "The groups (locale calendar \"kalends words\" \"ICU words\": rows, by format; an example):\n";
    std::ofstream dump;
    if (const char* path = std::getenv("KALENDS_ICU_GRID_DUMP")) dump.open(path);
    std::size_t shown = 0;
    for (const auto& [key, group] : results.unexplained_groups) {
        const std::string line = group_line(key, group);
        if (dump.is_open()) dump << line;
        if (++shown <= groups_shown) out << "  " << line;
    }
    if (shown > groups_shown) {
        out << "  ... and " << shown - groups_shown << " more groups (KALENDS_ICU_GRID_DUMP=file lists all)\n";
    }
    ADD_FAILURE() << out.str();
}

// A rule the grid covers but never needed is stale: the file must stay exact for ICU 72.
void report_stale_rules(const rule_file& file, const grid_results& results) {
    for (const rule& r : file.rules) {
        if (r.rows != 0) continue;
        const bool covered = r.formats.empty() || std::any_of(r.formats.begin(), r.formats.end(), [&](const auto& f) {
                                 return results.covered_formats.contains(f);
                             });
        if (covered) {
            ADD_FAILURE() << KALENDS_ICU_EXPECTED_DIFFERENCES << ":" << r.line
                          << ": a stale rule (the grid covers it, no row needs it): " << describe(r);
        }
    }
}

TEST(IcuGrid, EveryDifferenceIsAReviewedRule) {
    const auto started = std::chrono::steady_clock::now();
    rule_file file = read_rules(KALENDS_ICU_EXPECTED_DIFFERENCES);
    for (const auto& e : file.errors) ADD_FAILURE() << KALENDS_ICU_EXPECTED_DIFFERENCES << ": " << e;
    ASSERT_TRUE(file.errors.empty());
    const int stride = stride_from_environment();

    grid_results results;
    for (const calendar_case& names : calendars) compare_calendar(names, stride, file, results);

    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << summary(results, file, stride, seconds);
    for (const auto& failure : results.failures) ADD_FAILURE() << failure;
    report_day_failures(results);
    report_unexplained_rows(results);
    if (stride <= default_stride) report_stale_rules(file, results);
    // A grid that compares little proves little.
    EXPECT_GE(results.rows, std::size(locales) * std::size(calendars) * std::size(formats) * 200);
}

}  // namespace

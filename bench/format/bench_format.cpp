// bench_format: kalends' date formatter and parser against ICU's
// SimpleDateFormat, in the same run, for nine locale/calendar pairs.
//
// Benchmark names are <pair>/<operation>/<impl>:
//   pair       fa@persian, he@hebrew, ar-SA@islamic-umalqura, ja@japanese,
//              zh@chinese, th@buddhist, en@gregorian, am@ethiopic, hi@indian
//   operation  construct_long  a formatter for CLDR's "long" date style
//              construct_ldml  a formatter for the LDML pattern "EEEE d MMMM y G"
//                              (zh@chinese: "EEEE d MMMM r(U)", see pairs[] below)
//              format_long, format_ldml  one date to text
//              parse_long, parse_ldml    that text back to a date
//   impl       construction:
//                kalends              date_format::from_style / from_ldml, locale and calendar pre-built
//                kalends_from_tag     the same, building the locale from its tag and the calendar from its name
//                icu_create           DateFormat::createDateInstance(kLong, locale), Locale pre-built
//                icu_create_from_tag  the same, building the Locale from its tag
//                icu_sdf              new SimpleDateFormat(pattern, locale, status), Locale pre-built
//                                     (for "long": the pattern ICU's long style gives in that locale,
//                                     with its numbering override where ICU's data has one: he "hebr",
//                                     zh "d=hanidays")
//                icu_sdf_from_tag     the same, building the Locale from its tag
//              format:
//                kalends_write        JDN -> parts, then write() into a stack buffer (UTF-8)
//                kalends_string       date::from_jdn, then format() returning std::string (UTF-8)
//                icu_utf8             format(UDate, UnicodeString&) + toUTF8String (UTF-8, what kalends gives)
//                icu_utf16            format(UDate, UnicodeString&) only (for fairness: ICU's native UTF-16)
//              parse:
//                kalends              try_parse(text, calendar) of UTF-8 text
//                icu_utf8             UnicodeString::fromUTF8 + parse(UnicodeString, ParsePosition)
//                icu_utf16            parse(UnicodeString, ParsePosition) of pre-converted text
// Every iteration is one construction, one date formatted or one text
// parsed. Format and parse walk a fixed array of date_count random day
// numbers over Gregorian 1900-2100 (the same on both sides), one per
// iteration, so that no side formats the same date twice in a row. The
// texts parsed are formatted before timing, each side's by itself.
//
// Before anything is timed, a pre-check formats every date of the array
// with both libraries and compares the texts (and checks that kalends' texts
// are not empty and that write() gives what format() gives), and parses each
// side's texts back; disagreements are printed on stderr as WARNING rows and recorded in
// the JSON context ("check:<pair>/<pattern>"). kalends has CLDR 41, ICU 72
// has CLDR 42, so a few texts may differ; the timing is unaffected.
//
// ICU is compiled in when CMake finds it (KALENDS_BENCH_FORMAT_ICU); without
// it only the kalends cases run. The run recorded in docs/performance.md:
//   bench_format --benchmark_repetitions=9 --benchmark_min_time=0.05 --benchmark_enable_random_interleaving=true
#include "build_info.hpp"

#include <kalends/calendar.hpp>
#include <kalends/date.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#if KALENDS_BENCH_FORMAT_ICU
#include <unicode/datefmt.h>
#include <unicode/locid.h>
#include <unicode/parsepos.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>
#include <unicode/uversion.h>
#endif

namespace {

// ---------------------------------------------------------------------------
// The pairs. `tag` is given as it is to both libraries (kalends reads ICU's
// "@calendar=" keywords too), `calendar` is the kalends calendar name
// (`kalends list`), which is also ICU's keyword for these nine.
// `icu_long_override` is the numbering override of the long pattern in
// ICU's data (CLDR's numbers="hebr" of Hebrew dates in Hebrew), which
// new SimpleDateFormat needs to make the formatter createDateInstance makes
// (the pre-check compares the two). `ldml` is the LDML pattern of the
// *_ldml cases.
constexpr const char* default_ldml = "EEEE d MMMM y G";
struct pair_desc {
    const char* name;
    const char* tag;
    const char* calendar;
    const char* icu_long_override = "";
    const char* ldml = default_ldml;
};

constexpr pair_desc pairs[] = {
    {"fa@persian", "fa@calendar=persian", "persian"},
    {"he@hebrew", "he@calendar=hebrew", "hebrew", "hebr"},
    {"ar-SA@islamic-umalqura", "ar_SA@calendar=islamic-umalqura", "islamic-umalqura"},
    {"ja@japanese", "ja@calendar=japanese", "japanese"},
    // Chinese: ICU's long style has numbers="d=hanidays" (初一 .. 三十). The
    // default pattern's y and G mean different things in the two libraries
    // (kalends: the related Gregorian year and no era; ICU: the year of the
    // cycle and the cycle, docs/chinese-calendar.md), so the texts would
    // differ; r(U) is the same text in both.
    {"zh@chinese", "zh@calendar=chinese", "chinese", "d=hanidays", "EEEE d MMMM r(U)"},
    {"th@buddhist", "th@calendar=buddhist", "buddhist"},
    {"en@gregorian", "en@calendar=gregorian", "gregorian"},
    {"am@ethiopic", "am@calendar=ethiopic", "ethiopic"},
    {"hi@indian", "hi@calendar=indian", "indian"},
};


// The dates: date_count random JDNs over Gregorian 1900-01-01..2100-12-31, fixed seed.
constexpr std::size_t date_count = 4096;
static_assert((date_count & (date_count - 1)) == 0, "the cursor wraps with a mask");
constexpr std::size_t date_mask = date_count - 1;

// kalends writes into a stack buffer of this size (checked against max_size()).
constexpr std::size_t stack_buffer_size = 2048;

const std::vector<std::int64_t>& jdns() {
    static const std::vector<std::int64_t> list = [] {
        const kalends::calendar gregorian(kalends::calendar_system::gregorian);
        const std::int64_t first = gregorian.date_from_parts(1900, 1, 1);
        const std::int64_t last = gregorian.date_from_parts(2100, 12, 31);
        const auto span = static_cast<std::uint64_t>(last - first + 1);
        std::uint64_t state = 0x666f726d6174u;  // splitmix64, "format"
        std::vector<std::int64_t> out(date_count);
        for (auto& jdn : out) {
            std::uint64_t z = (state += 0x9e3779b97f4a7c15u);
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
            z ^= z >> 31;
            jdn = first + static_cast<std::int64_t>(z % span);
        }
        return out;
    }();
    return list;
}

enum class which { long_style, ldml };
constexpr std::array<which, 2> patterns{which::long_style, which::ldml};
const char* pattern_name(which w) { return w == which::long_style ? "long" : "ldml"; }

// ---------------------------------------------------------------------------
// kalends' side of one pair.
struct kalends_side {
    kalends::locale loc;
    kalends::calendar cal;
    kalends::date_format long_format;
    kalends::date_format ldml_format;
    std::vector<kalends::date_parts> parts;  // of jdns()
    std::vector<std::string> long_texts;     // formatted before timing
    std::vector<std::string> ldml_texts;

    explicit kalends_side(const pair_desc& p)
        : loc(p.tag),
          cal(p.calendar),
          long_format(kalends::date_format::from_style(kalends::date_style::long_form, loc, cal)),
          ldml_format(kalends::date_format::from_ldml(p.ldml, loc)) {
        for (const std::int64_t jdn : jdns()) {
            parts.push_back(cal.parts_from_date(jdn));
            long_texts.push_back(long_format.format(kalends::date::from_jdn(cal, jdn)));
            ldml_texts.push_back(ldml_format.format(kalends::date::from_jdn(cal, jdn)));
        }
    }
    const kalends::date_format& format(which w) const { return w == which::long_style ? long_format : ldml_format; }
    const std::vector<std::string>& texts(which w) const { return w == which::long_style ? long_texts : ldml_texts; }
};

#if KALENDS_BENCH_FORMAT_ICU
std::string to_utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

constexpr std::int64_t unix_epoch_jdn = 2440588;
constexpr double ms_per_day = 86400000.0;

UDate udate_of(std::int64_t jdn) { return static_cast<double>(jdn - unix_epoch_jdn) * ms_per_day; }
std::int64_t jdn_of(UDate ms) { return static_cast<std::int64_t>(std::floor(ms / ms_per_day)) + unix_epoch_jdn; }

// ICU's side of one pair. The default time zone is UTC (set in main), so
// midnight UTC of a JDN is that day.
struct icu_side {
    icu::Locale loc;
    std::unique_ptr<icu::DateFormat> long_format;  // createDateInstance(kLong)
    std::unique_ptr<icu::SimpleDateFormat> ldml_format;
    icu::UnicodeString long_pattern;  // what the long style is in ICU, for new SimpleDateFormat
    icu::UnicodeString long_override;  // its numbering override ("" for none)
    icu::UnicodeString ldml_pattern_u;
    std::string calendar_type;
    std::vector<UDate> udates;  // of jdns()
    std::vector<std::string> long_texts;
    std::vector<std::string> ldml_texts;
    std::vector<icu::UnicodeString> long_texts_u;
    std::vector<icu::UnicodeString> ldml_texts_u;
    std::string error;

    explicit icu_side(const pair_desc& p) : loc(p.tag), long_override(p.icu_long_override) {
        UErrorCode status = U_ZERO_ERROR;
        long_format.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, loc));
        auto* simple = dynamic_cast<icu::SimpleDateFormat*>(long_format.get());
        if (simple == nullptr) {
            error = "createDateInstance gave no SimpleDateFormat";
            return;
        }
        simple->toPattern(long_pattern);
        ldml_pattern_u = icu::UnicodeString::fromUTF8(p.ldml);
        ldml_format = std::make_unique<icu::SimpleDateFormat>(ldml_pattern_u, loc, status);
        if (U_FAILURE(status)) {
            error = std::string("SimpleDateFormat failed: ") + u_errorName(status);
            return;
        }
        calendar_type = long_format->getCalendar()->getType();
        for (const std::int64_t jdn : jdns()) {
            const UDate d = udate_of(jdn);
            udates.push_back(d);
            icu::UnicodeString a;
            icu::UnicodeString b;
            long_format->format(d, a);
            ldml_format->format(d, b);
            long_texts.push_back(to_utf8(a));
            ldml_texts.push_back(to_utf8(b));
            long_texts_u.push_back(a);
            ldml_texts_u.push_back(b);
        }
    }
    const icu::DateFormat& format(which w) const {
        return w == which::long_style ? *long_format : static_cast<const icu::DateFormat&>(*ldml_format);
    }
    const std::vector<std::string>& texts(which w) const { return w == which::long_style ? long_texts : ldml_texts; }
    // What icu_sdf times: new SimpleDateFormat for the pattern (and override) of `w`.
    std::unique_ptr<icu::SimpleDateFormat> make_sdf(which w, const icu::Locale& l, UErrorCode& status) const {
        if (w == which::ldml) return std::make_unique<icu::SimpleDateFormat>(ldml_pattern_u, l, status);
        if (long_override.isEmpty()) return std::make_unique<icu::SimpleDateFormat>(long_pattern, l, status);
        return std::make_unique<icu::SimpleDateFormat>(long_pattern, long_override, l, status);
    }
    const std::vector<icu::UnicodeString>& texts_u(which w) const {
        return w == which::long_style ? long_texts_u : ldml_texts_u;
    }
};
#endif

struct pair_state {
    const pair_desc* desc = nullptr;
    std::unique_ptr<kalends_side> k;
#if KALENDS_BENCH_FORMAT_ICU
    std::unique_ptr<icu_side> icu;
#endif
};

std::vector<pair_state>& states() {
    static std::vector<pair_state> list;
    return list;
}

// ---------------------------------------------------------------------------
// The pre-check.
void warn(const std::string& key, const std::string& text) {
    std::fprintf(stderr, "WARNING  %-40s %s\n", key.c_str(), text.c_str());
    benchmark::AddCustomContext(key, text);
}

void check(const pair_state& s) {
    const std::string name = s.desc->name;
    for (const which w : patterns) {
        const std::string key = "check:" + name + "/" + pattern_name(w);
        const auto& k = *s.k;
        if (k.format(w).max_size() > stack_buffer_size) {
            // kalends_write would overrun its buffer: refuse to run at all.
            std::fprintf(stderr, "%s: max_size() %zu exceeds the stack buffer (%zu)\n", key.c_str(),
                         k.format(w).max_size(), stack_buffer_size);
            std::exit(1);
        }
        // kalends: no text is empty, write() agrees with format(), and each text parses back to its date.
        std::size_t k_empty = 0;
        std::size_t k_write_differ = 0;
        std::size_t k_parse_fail = 0;
        std::string k_first;
        for (std::size_t i = 0; i < date_count; ++i) {
            if (k.texts(w)[i].empty()) ++k_empty;
            char buffer[stack_buffer_size];
            const char* end = k.format(w).write(buffer, k.cal, k.parts[i], jdns()[i]);
            if (std::string_view(buffer, static_cast<std::size_t>(end - buffer)) != k.texts(w)[i]) ++k_write_differ;
        }
        if (k_empty > 0 || k_write_differ > 0) {
            warn(key + "/kalends_text", std::to_string(k_empty) + " empty texts, " + std::to_string(k_write_differ) +
                                            " where write() differs from format(), of " + std::to_string(date_count));
        }
        for (std::size_t i = 0; i < date_count; ++i) {
            const auto got = k.format(w).try_parse(k.texts(w)[i], k.cal);
            if (got && *got == k.parts[i]) continue;
            if (k_parse_fail++ == 0) {
                k_first = "\"" + k.texts(w)[i] + "\": " +
                          (got ? "another date" : std::string(got.error().message()));
            }
        }
        if (k_parse_fail > 0) {
            warn(key + "/kalends_parse", std::to_string(k_parse_fail) + " of " + std::to_string(date_count) +
                                             " kalends texts do not parse back (first: " + k_first + ")");
        }
#if KALENDS_BENCH_FORMAT_ICU
        if (!s.icu) continue;
        const auto& icu = *s.icu;
        std::size_t differ = 0;
        std::string first;
        std::size_t icu_empty = 0;
        for (std::size_t i = 0; i < date_count; ++i) {
            if (icu.texts(w)[i].empty()) ++icu_empty;
            if (k.texts(w)[i] == icu.texts(w)[i]) continue;
            if (differ++ == 0) {
                first = "JDN " + std::to_string(jdns()[i]) + ": kalends \"" + k.texts(w)[i] + "\", ICU \"" +
                        icu.texts(w)[i] + "\"";
            }
        }
        std::fprintf(stderr, "check    %-40s kalends \"%s\"  ICU \"%s\"  (%zu of %zu texts identical)\n",
                     (name + "/" + pattern_name(w)).c_str(), k.texts(w)[0].c_str(), icu.texts(w)[0].c_str(),
                     date_count - differ, date_count);
        benchmark::AddCustomContext("sample:" + name + "/" + pattern_name(w),
                                    "kalends \"" + k.texts(w)[0] + "\", ICU \"" + icu.texts(w)[0] + "\", " +
                                        std::to_string(date_count - differ) + " of " + std::to_string(date_count) +
                                        " identical");
        if (icu_empty > 0) warn(key + "/icu_text", std::to_string(icu_empty) + " empty ICU texts");
        if (differ > 0) {
            warn(key, std::to_string(differ) + " of " + std::to_string(date_count) +
                          " texts differ between kalends (CLDR " + std::string(kalends::locale_data_version()) +
                          ") and ICU (first: " + first + ")");
        }
        if (w == which::long_style) {
            // new SimpleDateFormat(pattern[, override], locale) makes the same formatter as createDateInstance.
            UErrorCode status = U_ZERO_ERROR;
            const auto sdf = icu.make_sdf(w, icu.loc, status);
            std::size_t sdf_differ = 0;
            for (std::size_t i = 0; i < date_count && U_SUCCESS(status); ++i) {
                icu::UnicodeString text;
                sdf->format(icu.udates[i], text);
                if (text != icu.long_texts_u[i]) ++sdf_differ;
            }
            if (U_FAILURE(status) || sdf_differ > 0) {
                warn(key + "/icu_sdf", "new SimpleDateFormat differs from createDateInstance in " +
                                           std::to_string(sdf_differ) + " texts (" + u_errorName(status) + ")");
            }
        }
        std::size_t icu_parse_fail = 0;
        std::string icu_first;
        for (std::size_t i = 0; i < date_count; ++i) {
            icu::ParsePosition pos(0);
            const UDate d = icu.format(w).parse(icu.texts_u(w)[i], pos);
            if (pos.getIndex() == icu.texts_u(w)[i].length() && jdn_of(d) == jdns()[i]) continue;
            if (icu_parse_fail++ == 0) icu_first = "\"" + icu.texts(w)[i] + "\"";
        }
        if (icu_parse_fail > 0) {
            warn(key + "/icu_parse", std::to_string(icu_parse_fail) + " of " + std::to_string(date_count) +
                                         " ICU texts do not parse back in ICU (first: " + icu_first + ")");
        }
#endif
    }
}

// ---------------------------------------------------------------------------
// The timed loops.
void per_item(benchmark::State& state) { state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations())); }

// Construction.
void kalends_construct(benchmark::State& state, const pair_state& s, which w, bool from_tag) {
    const kalends_side& k = *s.k;
    for (auto _ : state) {
        if (from_tag) {
            const kalends::locale loc(s.desc->tag);
            const kalends::calendar cal(loc.calendar_name());
            auto f = w == which::long_style ? kalends::date_format::from_style(kalends::date_style::long_form, loc, cal)
                                            : kalends::date_format::from_ldml(s.desc->ldml, loc);
            benchmark::DoNotOptimize(f);
        } else {
            auto f = w == which::long_style
                         ? kalends::date_format::from_style(kalends::date_style::long_form, k.loc, k.cal)
                         : kalends::date_format::from_ldml(s.desc->ldml, k.loc);
            benchmark::DoNotOptimize(f);
        }
        benchmark::ClobberMemory();
    }
    per_item(state);
}

// Format: one date per iteration, the JDN -> parts conversion included
// (ICU's format() converts its UDate too).
void kalends_write(benchmark::State& state, const pair_state& s, which w) {
    const kalends_side& k = *s.k;
    const kalends::date_format& f = k.format(w);
    const kalends::calendar& cal = k.cal;
    const std::int64_t* in = jdns().data();
    char buffer[stack_buffer_size];
    std::size_t i = 0;
    std::size_t bytes = 0;
    for (auto _ : state) {
        const std::int64_t jdn = in[i];
        const kalends::date_parts parts = cal.parts_from_date(jdn);
        char* end = f.write(buffer, cal, parts, jdn);
        benchmark::DoNotOptimize(end);
        benchmark::ClobberMemory();
        bytes += static_cast<std::size_t>(end - buffer);
        i = (i + 1) & date_mask;
    }
    benchmark::DoNotOptimize(bytes);
    per_item(state);
}

void kalends_string(benchmark::State& state, const pair_state& s, which w) {
    const kalends_side& k = *s.k;
    const kalends::date_format& f = k.format(w);
    const std::int64_t* in = jdns().data();
    std::size_t i = 0;
    for (auto _ : state) {
        std::string text = f.format(kalends::date::from_jdn(k.cal, in[i]));
        benchmark::DoNotOptimize(text);
        i = (i + 1) & date_mask;
    }
    per_item(state);
}

// Parse: each text once in turn.
void kalends_parse(benchmark::State& state, const pair_state& s, which w) {
    const kalends_side& k = *s.k;
    const kalends::date_format& f = k.format(w);
    const auto& texts = k.texts(w);
    std::size_t i = 0;
    for (auto _ : state) {
        auto got = f.try_parse(texts[i], k.cal);
        benchmark::DoNotOptimize(got);
        i = (i + 1) & date_mask;
    }
    per_item(state);
}

#if KALENDS_BENCH_FORMAT_ICU
void icu_construct(benchmark::State& state, const pair_state& s, which w, bool sdf, bool from_tag) {
    const icu_side& icu = *s.icu;
    for (auto _ : state) {
        std::unique_ptr<icu::DateFormat> f;
        UErrorCode status = U_ZERO_ERROR;
        if (from_tag) {
            const icu::Locale loc(s.desc->tag);
            if (sdf) {
                f = icu.make_sdf(w, loc, status);
            } else {
                f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, loc));
            }
        } else {
            if (sdf) {
                f = icu.make_sdf(w, icu.loc, status);
            } else {
                f.reset(icu::DateFormat::createDateInstance(icu::DateFormat::kLong, icu.loc));
            }
        }
        benchmark::DoNotOptimize(f.get());
        benchmark::ClobberMemory();
    }
    per_item(state);
}

void icu_format(benchmark::State& state, const pair_state& s, which w, bool utf8) {
    const icu::DateFormat& f = s.icu->format(w);
    const UDate* in = s.icu->udates.data();
    icu::UnicodeString text;
    std::string out;
    std::size_t i = 0;
    for (auto _ : state) {
        text.remove();
        f.format(in[i], text);
        if (utf8) {
            out.clear();
            text.toUTF8String(out);
            benchmark::DoNotOptimize(out.data());
        } else {
            benchmark::DoNotOptimize(text.getBuffer());
        }
        benchmark::ClobberMemory();
        i = (i + 1) & date_mask;
    }
    per_item(state);
}

void icu_parse(benchmark::State& state, const pair_state& s, which w, bool utf8) {
    const icu::DateFormat& f = s.icu->format(w);
    const auto& texts = s.icu->texts(w);
    const auto& texts_u = s.icu->texts_u(w);
    std::size_t i = 0;
    for (auto _ : state) {
        icu::ParsePosition pos(0);
        UDate d = 0;
        if (utf8) {
            const std::string& t = texts[i];
            const icu::UnicodeString u =
                icu::UnicodeString::fromUTF8(icu::StringPiece(t.data(), static_cast<std::int32_t>(t.size())));
            d = f.parse(u, pos);
        } else {
            d = f.parse(texts_u[i], pos);
        }
        benchmark::DoNotOptimize(d);
        i = (i + 1) & date_mask;
    }
    per_item(state);
}
#endif

template <class F>
void add(const pair_state& s, const std::string& operation, const char* impl, F body) {
    const std::string name = std::string(s.desc->name) + "/" + operation + "/" + impl;
    benchmark::RegisterBenchmark(name.c_str(), [&s, body](benchmark::State& state) { body(state, s); });
}

void register_all() {
    for (const pair_state& s : states()) {
        for (const which w : patterns) {
            const std::string construct = std::string("construct_") + pattern_name(w);
            add(s, construct, "kalends", [w](auto& st, const pair_state& p) { kalends_construct(st, p, w, false); });
            add(s, construct, "kalends_from_tag",
                [w](auto& st, const pair_state& p) { kalends_construct(st, p, w, true); });
#if KALENDS_BENCH_FORMAT_ICU
            if (s.icu) {
                if (w == which::long_style) {
                    add(s, construct, "icu_create",
                        [w](auto& st, const pair_state& p) { icu_construct(st, p, w, false, false); });
                    add(s, construct, "icu_create_from_tag",
                        [w](auto& st, const pair_state& p) { icu_construct(st, p, w, false, true); });
                }
                add(s, construct, "icu_sdf", [w](auto& st, const pair_state& p) { icu_construct(st, p, w, true, false); });
                add(s, construct, "icu_sdf_from_tag",
                    [w](auto& st, const pair_state& p) { icu_construct(st, p, w, true, true); });
            }
#endif
        }
        for (const which w : patterns) {
            const std::string format = std::string("format_") + pattern_name(w);
            add(s, format, "kalends_write", [w](auto& st, const pair_state& p) { kalends_write(st, p, w); });
            add(s, format, "kalends_string", [w](auto& st, const pair_state& p) { kalends_string(st, p, w); });
#if KALENDS_BENCH_FORMAT_ICU
            if (s.icu) {
                add(s, format, "icu_utf8", [w](auto& st, const pair_state& p) { icu_format(st, p, w, true); });
                add(s, format, "icu_utf16", [w](auto& st, const pair_state& p) { icu_format(st, p, w, false); });
            }
#endif
        }
        for (const which w : patterns) {
            const std::string parse = std::string("parse_") + pattern_name(w);
            add(s, parse, "kalends", [w](auto& st, const pair_state& p) { kalends_parse(st, p, w); });
#if KALENDS_BENCH_FORMAT_ICU
            if (s.icu) {
                add(s, parse, "icu_utf8", [w](auto& st, const pair_state& p) { icu_parse(st, p, w, true); });
                add(s, parse, "icu_utf16", [w](auto& st, const pair_state& p) { icu_parse(st, p, w, false); });
            }
#endif
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    // Defaults suited to a short run on a shared machine; flags given later win.
    std::vector<char*> args{argv[0]};
    std::string defaults[] = {"--benchmark_repetitions=3", "--benchmark_report_aggregates_only=true",
                              "--benchmark_min_time=0.05"};
    for (auto& d : defaults) args.push_back(d.data());
    for (int i = 1; i < argc; ++i) args.push_back(argv[i]);
    int count = static_cast<int>(args.size());
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 1;

#if KALENDS_BENCH_FORMAT_ICU
    icu::TimeZone::adoptDefault(icu::TimeZone::createTimeZone("Etc/UTC"));
#endif
    auto& list = states();
    list.reserve(std::size(pairs));
    for (const pair_desc& p : pairs) {
        pair_state s;
        s.desc = &p;
        s.k = std::make_unique<kalends_side>(p);
#if KALENDS_BENCH_FORMAT_ICU
        s.icu = std::make_unique<icu_side>(p);
        if (!s.icu->error.empty()) {
            warn(std::string("check:") + p.name + "/icu", s.icu->error + "; ICU not benchmarked");
            s.icu.reset();
        } else if (s.icu->calendar_type != p.calendar) {
            warn(std::string("check:") + p.name + "/icu",
                 "ICU gave calendar \"" + s.icu->calendar_type + "\" for \"" + p.tag + "\"");
        }
#endif
        list.push_back(std::move(s));
    }
    for (const pair_state& s : list) check(s);
    register_all();

    benchmark::AddCustomContext("kalends_compiler", kalends_bench::build_info::compiler);
    benchmark::AddCustomContext("kalends_cxx_flags", kalends_bench::build_info::cxx_flags);
    benchmark::AddCustomContext("kalends_build_type", kalends_bench::build_info::build_type);
    benchmark::AddCustomContext("kalends_cldr", std::string(kalends::locale_data_version()));
    benchmark::AddCustomContext("kalends_inputs", std::to_string(date_count) +
                                                      " random JDNs over Gregorian 1900-2100, one per iteration");
#if KALENDS_BENCH_FORMAT_ICU
    {
        UErrorCode status = U_ZERO_ERROR;
        UVersionInfo cldr{};
        ulocdata_getCLDRVersion(cldr, &status);
        char text[U_MAX_VERSION_STRING_LENGTH] = {};
        u_versionToString(cldr, text);
        benchmark::AddCustomContext("icu_version", U_ICU_VERSION);
        benchmark::AddCustomContext("icu_cldr", text);
    }
#endif

    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}

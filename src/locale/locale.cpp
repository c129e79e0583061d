// Locale tags to CLDR data: BCP 47 and POSIX names parsed and checked, then
// resolved as CLDR does (language aliases, likely scripts, explicit parent
// locales, truncation) to the nearest locale the generated tables have.
#include "../messages.hpp"
#include "cldr_data.hpp"
#include "locale_data.hpp"

#include <kalends/locale.hpp>
#include <kalends/text.hpp>

#include <algorithm>
#include <array>
#include <span>

namespace kalends {
namespace {

namespace cldr = detail::cldr;

constexpr std::size_t max_tag_size = 128;

error_info locale_error(std::string_view tag, const char* wording, std::string_view part = {}) noexcept {
    return error_info(errc::invalid_locale, error_field::locale, wording)
        .with_text(error_text(tag))
        .with_part(error_text(part));
}

bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool all_of(std::string_view s, bool (*test)(char)) noexcept { return std::all_of(s.begin(), s.end(), test); }
bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}
std::string upper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return out;
}
std::string title(std::string_view s) {
    std::string out = lower(s);
    if (!out.empty()) out[0] = upper(out.substr(0, 1))[0];
    return out;
}

// Binary search of a table sorted by the string `key_of` gives.
template <class Row, class Key>
const Row* find_sorted(std::span<const Row> rows, std::string_view key, Key key_of) noexcept {
    const auto it = std::lower_bound(rows.begin(), rows.end(), key,
                                     [&](const Row& row, std::string_view k) { return key_of(row) < k; });
    return it != rows.end() && key_of(*it) == key ? &*it : nullptr;
}

std::span<const cldr::locale_record> locale_table() noexcept { return {cldr::locale_records, cldr::locale_count}; }

const cldr::locale_record* find_record(std::string_view id) noexcept {
    return find_sorted(locale_table(), id, [](const cldr::locale_record& r) { return cldr::string_at(r.id); });
}

std::optional<std::string_view> find_alias(const cldr::locale_alias* table, std::size_t count, std::string_view from) noexcept {
    const auto* row = find_sorted(std::span<const cldr::locale_alias>(table, count), from,
                                  [](const cldr::locale_alias& a) { return cldr::string_at(a.from); });
    if (row == nullptr) return std::nullopt;
    return cldr::string_at(row->to);
}

// The parts of a tag, in canonical case.
struct parsed_tag {
    std::string language;
    std::string script;
    std::string region;
    std::string calendar;
    std::string numbering;
    bool english = false;  // "C" / "POSIX"
};

result<parsed_tag> parse_keywords_icu(std::string_view tag, std::string_view keywords, parsed_tag parsed) {
    // ICU's "@calendar=hebrew;numbers=arab" form, which POSIX modifiers resemble.
    while (!keywords.empty()) {
        const std::size_t end = std::min(keywords.find(';'), keywords.size());
        const std::string_view item = keywords.substr(0, end);
        const std::size_t equals = item.find('=');
        const std::string key = lower(item.substr(0, equals));
        const std::string value = lower(item.substr(equals + 1));
        if (key == "calendar") {
            parsed.calendar = value;
        } else if (key == "numbers") {
            parsed.numbering = value;
        } else {
            return locale_error(tag, detail::msg::locale_unknown_key, item);
        }
        keywords.remove_prefix(std::min(end + 1, keywords.size()));
    }
    return parsed;
}

result<parsed_tag> parse_tag(std::string_view tag) {
    parsed_tag parsed;
    if (tag.empty()) return locale_error(tag, detail::msg::locale_empty);
    if (tag.size() > max_tag_size) return locale_error(tag, detail::msg::locale_bad_subtag, tag.substr(0, 16));
    // POSIX: language[_TERRITORY][.codeset][@modifier].
    std::string_view body = tag;
    std::string_view modifier;
    if (const std::size_t at = body.find('@'); at != std::string_view::npos) {
        modifier = body.substr(at + 1);
        body = body.substr(0, at);
    }
    if (const std::size_t dot = body.find('.'); dot != std::string_view::npos) {
        const std::string_view codeset = body.substr(dot + 1);
        if (codeset.empty() || !std::all_of(codeset.begin(), codeset.end(), [](char c) {
                return is_alnum(c) || c == '-' || c == '_';
            })) {
            return locale_error(tag, detail::msg::locale_bad_subtag, body.substr(dot));
        }
        body = body.substr(0, dot);
    }
    if (equal_ignoring_ascii_case(body, "C") || equal_ignoring_ascii_case(body, "POSIX")) {
        parsed.english = true;
        parsed.language = "en";
        return parsed;
    }
    std::array<std::string_view, 32> subtags{};
    std::size_t count = 0;
    for (std::size_t start = 0; start <= body.size();) {
        const std::size_t end = std::min(body.find_first_of("-_", start), body.size());
        const std::string_view subtag = body.substr(start, end - start);
        if (subtag.empty() || subtag.size() > 8 || !all_of(subtag, is_alnum) || count == subtags.size()) {
            return locale_error(tag, detail::msg::locale_bad_subtag, subtag.empty() ? body : subtag);
        }
        subtags[count++] = subtag;
        start = end + 1;
    }
    std::size_t i = 0;
    const std::string_view language = subtags[i++];
    if (!all_of(language, is_alpha) || language.size() == 4 || language.size() == 1) {
        return locale_error(tag, detail::msg::locale_bad_subtag, language);
    }
    parsed.language = lower(language);
    if (i < count && subtags[i].size() == 4 && all_of(subtags[i], is_alpha)) parsed.script = title(subtags[i++]);
    if (i < count && ((subtags[i].size() == 2 && all_of(subtags[i], is_alpha)) ||
                      (subtags[i].size() == 3 && all_of(subtags[i], is_digit)))) {
        parsed.region = upper(subtags[i++]);
    }
    while (i < count) {
        const std::string_view subtag = subtags[i];
        if (subtag.size() != 1) {
            const bool variant = subtag.size() >= 5 || (subtag.size() == 4 && is_digit(subtag[0]));
            return locale_error(tag, variant ? detail::msg::locale_variant : detail::msg::locale_bad_subtag, subtag);
        }
        if (ascii_lower(subtag[0]) != 'u') return locale_error(tag, detail::msg::locale_extension, subtag);
        ++i;
        if (i == count) return locale_error(tag, detail::msg::locale_bad_subtag, subtag);
        while (i < count && subtags[i].size() != 1) {
            const std::string_view key = subtags[i++];
            if (key.size() != 2 || !is_alpha(key[1])) return locale_error(tag, detail::msg::locale_bad_subtag, key);
            std::string value;
            while (i < count && subtags[i].size() >= 3) {
                if (!value.empty()) value += '-';
                value += lower(subtags[i++]);
            }
            const std::string k = lower(key);
            if (value.empty()) return locale_error(tag, detail::msg::locale_bad_subtag, key);
            if (k == "ca") {
                parsed.calendar = value;
            } else if (k == "nu") {
                parsed.numbering = value;
            } else {
                return locale_error(tag, detail::msg::locale_unknown_key, key);
            }
        }
    }
    if (modifier.find('=') != std::string_view::npos) return parse_keywords_icu(tag, modifier, std::move(parsed));
    // glibc's script modifiers; the others (euro, valencia, ...) say nothing about dates.
    if (equal_ignoring_ascii_case(modifier, "latin")) parsed.script = "Latn";
    if (equal_ignoring_ascii_case(modifier, "cyrillic")) parsed.script = "Cyrl";
    if (equal_ignoring_ascii_case(modifier, "devanagari")) parsed.script = "Deva";
    return parsed;
}

// The CLDR ID's parent: explicit parentLocales first, else the ID cut at its last '_'.
std::string parent_of(const std::string& id) {
    if (const auto parent = find_alias(cldr::parent_locales, cldr::parent_locale_count, id)) return std::string(*parent);
    const std::size_t cut = id.rfind('_');
    return cut == std::string::npos ? std::string("root") : id.substr(0, cut);
}

result<const cldr::locale_record*> resolve(std::string_view tag, const parsed_tag& parsed) {
    std::string language = parsed.language;
    if (const auto alias = find_alias(cldr::language_aliases, cldr::language_alias_count, language)) {
        language = std::string(*alias);
    }
    if (language == "und" || language == "root") return find_record("root");
    std::string id = language;
    if (!parsed.script.empty()) id += "_" + parsed.script;
    if (!parsed.region.empty()) {
        const std::string with_region = id + "_" + parsed.region;
        const auto likely = parsed.script.empty()
                                ? find_alias(cldr::likely_scripts, cldr::likely_script_count, with_region)
                                : std::nullopt;
        id = likely ? std::string(*likely) : with_region;
    }
    while (id != "root") {
        if (const auto* record = find_record(id)) return record;
        id = parent_of(id);
    }
    return locale_error(tag, detail::msg::locale_unknown_language, parsed.script.empty() ? language : language + "-" + parsed.script)
        .with_value(static_cast<std::int64_t>(cldr::locale_count));
}

std::string canonical_tag(const parsed_tag& parsed) {
    std::string tag = parsed.language;
    if (!parsed.script.empty()) tag += "-" + parsed.script;
    if (!parsed.region.empty()) tag += "-" + parsed.region;
    if (!parsed.calendar.empty() || !parsed.numbering.empty()) tag += "-u";
    if (!parsed.calendar.empty()) tag += "-ca-" + parsed.calendar;
    if (!parsed.numbering.empty()) tag += "-nu-" + parsed.numbering;
    return tag;
}

}  // namespace

std::optional<std::size_t> detail::find_numbering_system(std::string_view name) noexcept {
    const std::span<const cldr::numbering_system> table(cldr::numbering_systems, cldr::numbering_system_count);
    const auto* row = find_sorted(table, name, [](const cldr::numbering_system& n) { return cldr::string_at(n.name); });
    if (row == nullptr) return std::nullopt;
    return static_cast<std::size_t>(row - table.data());
}

std::string_view detail::likely_region(const cldr::locale_record* record) noexcept {
    std::string_view id = cldr::string_at(record->id);
    if (const std::size_t cut = id.rfind('_'); cut != std::string_view::npos && id.size() - cut - 1 != 4) {
        return id.substr(cut + 1);  // the ID has a region
    }
    const auto region = find_alias(cldr::likely_regions, cldr::likely_region_count, id);
    return region ? *region : std::string_view("001");
}

result<locale> locale::try_make(std::string_view tag) {
    auto parsed = parse_tag(tag);
    if (!parsed) return parsed.error();
    const auto record = resolve(tag, *parsed);
    if (!record) return record.error();
    locale loc;
    loc.record_ = static_cast<std::uint32_t>(*record - cldr::locale_records);
    if (!parsed->calendar.empty()) {
        if (!calendar::find(parsed->calendar)) {
            return locale_error(tag, detail::msg::locale_unknown_calendar, parsed->calendar);
        }
        loc.calendar_ = parsed->calendar;
    }
    const std::string_view numbering =
        parsed->numbering.empty() ? cldr::string_at((*record)->numbering_system) : std::string_view(parsed->numbering);
    if (numbering == "hebr") {
        loc.numbering_ = static_cast<std::uint32_t>(cldr::numbering_system_count);
    } else if (const auto index = detail::find_numbering_system(numbering)) {
        loc.numbering_ = static_cast<std::uint32_t>(*index);
    } else {
        return locale_error(tag, detail::msg::locale_unknown_numbering, parsed->numbering);
    }
    loc.region_ = parsed->region;
    if (const auto rule = try_week_rule_for_region(loc.region_.empty() ? detail::likely_region(*record) : loc.region_)) {
        loc.week_rule_ = *rule;
    }
    loc.tag_ = parsed->english ? std::string("en") : canonical_tag(*parsed);
    return loc;
}

locale::locale(std::string_view tag) : locale(try_make(tag).value()) {}

const locale& locale::english() {
    static const locale en = try_make("en").value();
    return en;
}

std::string_view locale::data_locale() const noexcept { return cldr::string_at(cldr::locale_records[record_].id); }

std::string_view locale::numbering_system() const noexcept {
    if (numbering_ >= cldr::numbering_system_count) return "hebr";
    return cldr::string_at(cldr::numbering_systems[numbering_].name);
}

bool locale::is_right_to_left() const noexcept { return cldr::locale_records[record_].right_to_left; }

week_rule locale::week_rules() const noexcept { return week_rule_; }

std::string_view locale_data_version() noexcept { return cldr::data_version; }
std::size_t available_locale_count() noexcept { return cldr::locale_count; }
std::string_view available_locale(std::size_t index) noexcept {
    return index < cldr::locale_count ? cldr::string_at(cldr::locale_records[index].id) : std::string_view{};
}

}  // namespace kalends

// The shape of the CLDR tables that scripts/generate_locale_data.py writes
// (src/locale/cldr_modern.cpp, or all locales with KALENDS_ALL_LOCALES). The
// generator resolves inheritance, aliases and drafts, so that a lookup here
// is a few indexed loads into constant data: nothing is parsed at run time.
//
// Strings are UTF-8 pieces of one pool; lists are runs of string IDs. An
// empty list (ID 0, length 0) or an empty string means CLDR has no value.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace kalends::detail::cldr {

// String and list IDs. The modern locales need fewer than 65536 of each; all
// of CLDR's locales (the CMake option KALENDS_ALL_LOCALES) need more.
#ifdef KALENDS_ALL_LOCALES
using id_type = std::uint32_t;
#else
using id_type = std::uint16_t;
#endif

// The CLDR calendars kalends maps its calendars to (CLDR's islamic-* and
// generic are resolved into these by the generator).
enum class calendar_type : std::uint8_t {
    gregorian,
    buddhist,
    japanese,
    roc,
    persian,
    islamic,
    hebrew,
    coptic,
    ethiopic,
    ethiopic_amete_alem,
    indian,
    chinese,
    dangi,
};
inline constexpr std::size_t calendar_type_count = 13;

// A calendar's names and patterns in one locale. Names come in groups of
// lists (a list whose items are list IDs), indexed [context * widths + width]
// with context 0 format, 1 stand-alone, and width 0 wide, 1 abbreviated,
// 2 narrow, 3 short (days only): calendars and locales share whole groups.
struct calendar_record {
    // 6 lists by CLDR month type - 1 (13 entries; Hebrew has a 14th: month
    // type 7 in leap years, "Adar II").
    id_type months;
    // 8 lists, Sunday first, 7 entries.
    id_type days;
    // 6 lists of 4 entries.
    id_type quarters;
    // 3 lists: wide (eraNames), abbreviated (eraAbbr), narrow (eraNarrow);
    // by CLDR era type (Japanese: from Meiji, type 232, as entry 0).
    id_type eras;
    // dateFormats full, long, medium, short: 4 patterns.
    id_type date_formats;
    // The numbers= attribute of each of the 4 patterns ("" if none): "hebr", "y=jpanyear", ...
    id_type date_format_numbers;
    // availableFormats without time fields: skeleton, pattern, skeleton, pattern, ...
    // sorted by skeleton (bytewise).
    id_type available_formats;
    // monthPatterns "leap": format wide, abbreviated, narrow; stand-alone wide,
    // abbreviated, narrow; numeric all. 7 entries ("閏{0}", "{0}bis"), or the empty list.
    id_type leap_month_patterns;
    // cyclicNameSet "years", format context: 3 lists (wide, abbreviated,
    // narrow) of the 60 years of the cycle, 甲子 first; empty where CLDR has none.
    id_type cyclic_years;
    // cyclicNameSet "zodiacs", format, abbreviated: the 12 animals, Rat first.
    id_type zodiacs;
};

struct locale_record {
    id_type id;                    // string ID of the CLDR locale ID: "fa", "zh_Hant", "sr_Latn"
    id_type numbering_system;      // string ID of <defaultNumberingSystem>: "latn", "arab", ...
    bool right_to_left;                  // <layout><orientation><characterOrder> is right-to-left
    id_type calendars[calendar_type_count];  // index into calendar_records, by calendar_type
};

// A numeric numbering system of numberingSystems.xml: its ten digits.
struct numbering_system {
    id_type name;    // string ID: "arab"
    id_type digits;  // list ID: 10 strings, '0' .. '9'
};

// An ID that CLDR resolves to another before inheritance: parentLocales
// ("en_IN" -> "en_001"), likely scripts ("zh_TW" -> "zh_Hant_TW"), and
// language aliases ("iw" -> "he"). Both sides are underscore-separated.
struct locale_alias {
    id_type from;
    id_type to;
};

// Offsets into a pool, kept as their low 16 bits (half the size): the
// offsets only grow, and pass each multiple of 65536 at an index of `wraps`.
struct offset_table {
    const std::uint16_t* low;
    const std::uint32_t* wraps;
    std::size_t wrap_count;

    [[nodiscard]] std::uint32_t operator[](std::size_t i) const noexcept {
        std::uint32_t high = 0;
        for (std::size_t k = 0; k < wrap_count; ++k) high += i >= wraps[k] ? 65536U : 0U;
        return low[i] + high;
    }
};

// Defined in the generated file.
extern const std::string_view data_version;  // "41"
extern const char string_pool[];
extern const std::uint32_t string_offsets[];  // string i is string_pool[offsets[i] .. offsets[i + 1])
extern const std::size_t string_count;
extern const offset_table list_offsets;  // list i is list_items[offsets[i] .. offsets[i + 1])
extern const id_type list_items[];  // string IDs
extern const std::size_t list_count;
extern const calendar_record calendar_records[];
extern const std::size_t calendar_record_count;
extern const locale_record locale_records[];  // sorted by ID (bytewise); "root" is among them
extern const std::size_t locale_count;
extern const numbering_system numbering_systems[];  // sorted by name
extern const std::size_t numbering_system_count;
extern const locale_alias parent_locales[];  // explicit parentLocales, sorted by `from`
extern const std::size_t parent_locale_count;
extern const locale_alias likely_scripts[];  // language_REGION -> language_Script_REGION, sorted by `from`
extern const std::size_t likely_script_count;
extern const locale_alias language_aliases[];  // sorted by `from`
extern const std::size_t language_alias_count;
// likelySubtags' region of each locale of the tables ("en" -> "US", "zh_Hant" -> "TW"), sorted by `from`.
extern const locale_alias likely_regions[];
extern const std::size_t likely_region_count;

inline std::string_view string_at(id_type id) noexcept {
    return {string_pool + string_offsets[id], string_offsets[id + 1] - string_offsets[id]};
}

inline std::span<const id_type> list_at(id_type id) noexcept {
    return {list_items + list_offsets[id], list_offsets[id + 1] - list_offsets[id]};
}

// List `index` of the group of lists `group`, or the empty list past its end.
inline id_type group_entry(id_type group, std::size_t index) noexcept {
    const auto items = list_at(group);
    return index < items.size() ? items[index] : id_type{0};
}

// Entry `index` of list `list`, or "" past its end.
inline std::string_view list_entry(id_type list, std::size_t index) noexcept {
    const auto items = list_at(list);
    return index < items.size() ? string_at(items[index]) : std::string_view{};
}

}  // namespace kalends::detail::cldr

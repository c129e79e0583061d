// Hebrew numerals (gematria), written as CLDR's numbering system "hebr" and
// ICU's RBNF rule set "%hebrew" (CLDR root, NumberingSystemRules) write them,
// and the year rule of ICU's SimpleDateFormat for Hebrew-calendar patterns
// that carry the number override "hebr".
//
// One group (1..999) is written with letters, largest first:
//   hundreds ק ר ש ת = 100..400; 500..900 are ת plus the rest (תק, תר, תש,
//   תת, תתק); tens י כ ל מ נ ס ע פ צ; units א..ט;
//   15 = טו and 16 = טז (not יה, יו: those spell a name of God);
//   298, 304, 344, 698, 744 are reordered to רחצ, דש, שדמ, תרחצ, תשדמ (the
//   plain orders spell "murder", "demon", "destruction");
//   one letter takes a geresh after it (א׳), several take gershayim before the
//   last (תשפ״ו); 80 as the last of several letters is the final form ף
//   (ק״ף, תש״ף), alone it is פ׳.
// Whole numbers 1..999999, as ICU:
//   1000 = אלף, 2000 = אלפיים;
//   k * 1000 for k >= 3 = the group k, a space and אלפים (ה׳ אלפים);
//   otherwise the group of the thousands, then the group of the rest; the
//   thousands group takes one more geresh unless it is 1..10 or 100
//   (5786 = ה׳תשפ״ו, 11001 = י״א׳א׳, 20001 = כ׳׳א׳, 100001 = ק׳א׳).
//
// Cost: a few table look-ups per letter; no allocation, no I/O, no throwing.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace kalends::detail {

inline constexpr std::int64_t min_hebrew_numeral = 1;
inline constexpr std::int64_t max_hebrew_numeral = 999999;

// The most bytes write_hebrew_numeral writes: 999999 = תתקצ״ט׳תתקצ״ט, 13
// characters of 2 bytes each.
inline constexpr std::size_t max_hebrew_numeral_size = 26;

// Writes `value` as a Hebrew numeral in UTF-8 at `out` (which has room for
// max_hebrew_numeral_size bytes) and returns the end. Outside
// [min_hebrew_numeral, max_hebrew_numeral] it writes nothing and returns
// `out`, so the caller sees an empty result and chooses a fallback (ICU
// writes decimal digits from 1000001 on, and "״׳" for 0).
char* write_hebrew_numeral(char* out, std::int64_t value) noexcept;

// Reads a Hebrew numeral at the start of `text`: returns its value and sets
// `consumed` to the bytes it spans, or returns std::nullopt (and sets
// `consumed` to 0) if no numeral starts there. The inverse of
// write_hebrew_numeral for every value in range.
//
// Leniency: geresh ׳ and gershayim ״ may be typed as ' and ", or left out;
// ף and פ both read as 80; "k אלפים" is read for every group k.
// Strictness: the letters of each group must be those write_hebrew_numeral
// uses (יה, תתת or a misordered רצח are no numerals); the numeral must not
// run on into a Hebrew letter (אלפים, שלום are words, not numerals); a
// gershayim may stand only before the last letter of a group; a trailing ״
// is not consumed, nor is אלף אלפים (a million, out of range) read at all.
// Thousands: a geresh after a letter other than the last marks the end of
// the thousands group (ה׳תשפ״ו). Without marks the letters are read as one
// group if they form one (יא = 11, never 10001); otherwise the thousands end
// where the letter values rise, which no group does (התשפו = 5786), and the
// longest thousands group that leaves a valid rest wins. Unmarked text is
// thus ambiguous (אב reads as 1002); parse it only where a number is due.
std::optional<std::int64_t> parse_hebrew_numeral(std::string_view text, std::size_t& consumed) noexcept;

// ICU's SimpleDateFormat, for a Hebrew-calendar pattern whose number override
// is "hebr" (the CLDR patterns of "he" for the Hebrew calendar carry it),
// drops the thousands of years strictly between 5000 and 6000: 5786 prints as
// תשפ״ו, but 5000 as ה׳ אלפים, 6001 as ו׳א׳ and 4999 as ד׳תתקצ״ט. (With the
// locale keyword numbers=hebr instead, ICU prints every year in full.)
constexpr std::int64_t hebrew_year_for_numeral(std::int64_t year) noexcept {
    return year > 5000 && year < 6000 ? year - 5000 : year;
}

// The year a numeral of hebrew_year_for_numeral stands for, as ICU's parser
// reads it: values below 1000 are years of the sixth millennium (תשפ״ו =
// 5786). So the year 786 itself, which ICU also writes תשפ״ו, reads back as
// 5786: years 1..999 do not round-trip; every year from 1000 on does.
constexpr std::int64_t hebrew_year_from_numeral(std::int64_t value) noexcept {
    return value < 1000 ? value + 5000 : value;
}

}  // namespace kalends::detail

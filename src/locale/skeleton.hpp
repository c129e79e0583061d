// Date skeletons to patterns: UTS #35 Part 4 §2.6.2 (matching a skeleton to
// availableFormats) and §2.6.2.1 (adjusting the chosen pattern's field
// widths), for the date fields G y Y u U r Q q M L l w W d D F g E c e.
//
// The rules are those of ICU's DateTimePatternGenerator::getBestPattern, so
// that kalends and ICU give the same pattern for the same data:
// - every field has a kind: its field type, its width class (numeric, or
//   short/long/narrow/shorter text) and, for numeric fields, its length;
//   letters of one field type are close (L near M, c and e near E, q near Q);
// - the entry at the smallest distance wins (a missing field costs 0x1000,
//   an extra one 0x10000, a different kind the difference of the kinds);
//   among equals, the earlier entry;
// - as in ICU, each of G y Q M w W E D F d is also available alone as its
//   letter, unless the locale has an entry of that one field and width;
// - the winner's fields then take the requested lengths, except where the
//   entry's own skeleton already has the requested length, or where one side
//   is numeric and the other text (a numeric month never becomes a name);
//   a lone letter, which has no skeleton of its own, always widens.
//   Month, weekday and year (unless Y is asked for) keep the pattern's letter.
// Quoted literals ('de', '' for a quote) are copied untouched.
//
// Not done: when no entry has exactly the requested fields, ICU glues pieces
// together with the locale's appendItems ("{0} ├{2}: {1}┤"); this returns
// std::nullopt then.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace kalends::detail {

// The pattern for `skeleton` ("yMMMd", "GyMMMEd") from a locale's availableFormats, given as
// alternating skeleton, pattern entries; std::nullopt if the skeleton is malformed (a letter that is
// no date field) or no entry has all of its fields.
//
// Malformed also covers an empty skeleton, a field given twice ("yMy", "ML") and a field longer
// than 127 letters (ICU's limit). Entries whose skeleton is not made of date fields (time
// skeletons, "yw-count-one") are skipped; an odd last item is ignored.
std::optional<std::string> pattern_for_skeleton(std::string_view skeleton, std::span<const std::string_view> available);

}  // namespace kalends::detail

// pattern_for_skeleton (src/locale/skeleton.hpp) against ICU 72's
// DateTimePatternGenerator as the oracle. For 19 locales, ICU's own date-only
// skeletons and patterns are the input and getBestPattern the expected answer,
// for 20 common requests, 42 harder ones and every date skeleton ICU has: kalends must
// choose the same entry and adjust its field widths the same way. Three kinds of
// disagreement are allowed, each checked on its own, not just tolerated:
// - kalends says "none" where no entry has exactly the requested fields (ICU
//   then glues pieces with appendItems, which kalends does not do);
// - ICU answers "" where its own entry is empty ("yw" and "MMMMW" are plural
//   tables in ICU's data, which its generator loads as empty patterns);
// - kalends refuses a skeleton that names a field twice ("Ecd"), where ICU
//   lets the last letter win.
// Hand-made tables then pin the rules of UTS #35 Part 4 §2.6.2 one by one.
#include "locale/skeleton.hpp"

#include <gtest/gtest.h>

#include <unicode/calendar.h>
#include <unicode/dtptngen.h>
#include <unicode/locid.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>
#include <unicode/ures.h>

#include <algorithm>
#include <cstddef>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// ICU's lookup with inheritance and aliases, exported but declared only in its
// internal uresimp.h; the public ures_getByKey does not inherit inside tables.
U_CAPI UResourceBundle* U_EXPORT2 ures_getByKeyWithFallback(const UResourceBundle* bundle, const char* path,
                                                           UResourceBundle* fill, UErrorCode* status);

namespace {

using kalends::detail::pattern_for_skeleton;

constexpr std::string_view date_letters = "GyYuUrQqMLlwWdDFgEce";

bool is_date_skeleton(std::string_view skeleton) {
    return !skeleton.empty() && skeleton.find_first_not_of(date_letters) == std::string_view::npos;
}

// The field types a skeleton names, from UTS #35's field table: letters of
// one group are one field. Kept apart from the code under test on purpose.
std::set<char> field_types(std::string_view skeleton) {
    static const std::map<char, char> group = {
        {'G', 'G'}, {'y', 'y'}, {'Y', 'y'}, {'u', 'y'}, {'U', 'y'}, {'r', 'y'}, {'Q', 'Q'},
        {'q', 'Q'}, {'M', 'M'}, {'L', 'M'}, {'l', 'M'}, {'w', 'w'}, {'W', 'W'}, {'E', 'E'},
        {'c', 'E'}, {'e', 'E'}, {'D', 'D'}, {'F', 'F'}, {'d', 'd'}, {'g', 'd'},
    };
    std::set<char> types;
    for (const char c : skeleton) {
        types.insert(group.at(c));
    }
    return types;
}

std::size_t letter_runs(std::string_view skeleton) {
    std::size_t runs = 0;
    for (std::size_t i = 0; i < skeleton.size(); ++i) {
        runs += (i == 0 || skeleton[i] != skeleton[i - 1]) ? 1u : 0u;
    }
    return runs;
}

std::string utf8(const icu::UnicodeString& s) {
    std::string out;
    s.toUTF8String(out);
    return out;
}

struct icu_data {
    std::unique_ptr<icu::DateTimePatternGenerator> generator;
    std::vector<std::pair<std::string, std::string>> entries;  // date-only, non-empty, in ICU's search order
    std::vector<std::string> empty_skeletons;                  // date-only entries ICU holds as ""
};

// Whether `key` is one of the locale's availableFormats (its own or
// inherited), in the calendar ICU's generator uses for it.
bool in_available_formats(const char* locale, const char* key) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Calendar> calendar(icu::Calendar::createInstance(icu::Locale(locale), status));
    if (U_FAILURE(status)) {
        return false;
    }
    const std::string path = std::string("calendar/") + calendar->getType() + "/availableFormats/" + key;
    UResourceBundle* bundle = ures_open(nullptr, locale, &status);
    UResourceBundle* item = ures_getByKeyWithFallback(bundle, path.c_str(), nullptr, &status);
    ures_close(item);
    ures_close(bundle);
    return U_SUCCESS(status);
}

// ICU searches its entries bucket by bucket (by first letter, A..Z then
// a..z) and, within a bucket, in the order they were added. getSkeletons()
// lists them in that order, but leaves out the one-letter skeletons: those
// ICU adds itself for every field (G y Q M w W E D F d), which kalends adds
// too, unless availableFormats replaces them ("E" = "ccc"). So the one-letter
// skeletons that availableFormats has are fetched one by one.
icu_data load(const char* locale) {
    icu_data data;
    UErrorCode status = U_ZERO_ERROR;
    data.generator.reset(icu::DateTimePatternGenerator::createInstance(icu::Locale(locale), status));
    if (U_FAILURE(status)) {
        ADD_FAILURE() << locale << ": " << u_errorName(status);
        return data;
    }
    std::vector<std::pair<std::string, std::string>> all;
    for (const char letter : std::string_view("GyQMwWEDFd")) {
        const std::string key(1, letter);
        if (in_available_formats(locale, key.c_str())) {
            const icu::UnicodeString skeleton(static_cast<char16_t>(letter));
            all.emplace_back(key, utf8(data.generator->getPatternForSkeleton(skeleton)));
        }
    }
    std::unique_ptr<icu::StringEnumeration> skeletons(data.generator->getSkeletons(status));
    for (const icu::UnicodeString* s = skeletons->snext(status); s != nullptr; s = skeletons->snext(status)) {
        all.emplace_back(utf8(*s), utf8(data.generator->getPatternForSkeleton(*s)));
    }
    std::stable_sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first[0] < b.first[0]; });
    for (auto& [skeleton, pattern] : all) {
        if (!is_date_skeleton(skeleton)) {
            continue;
        }
        if (pattern.empty()) {
            data.empty_skeletons.push_back(skeleton);
        } else {
            data.entries.emplace_back(skeleton, pattern);
        }
    }
    return data;
}

const char* const locales[] = {"en", "fr", "de", "ru", "ar", "fa", "he", "am", "hi", "bn",
                               "th", "ja", "zh", "zh_Hant", "ko", "tr", "id", "ur", "ps"};

const char* const common_requests[] = {
    "yMMMd", "yMMMMd", "yMd", "yMMdd", "yMMMEd", "GyMMMd", "GyMMMEd", "MMMd", "MMMMd", "Md",
    "yM", "yMMM", "yMMMM", "yQQQ", "y", "d", "Ed", "MEd", "MMMEd", "yMMMMEEEEd",
};

// Beyond the brief's list: ties (yMMMMEd is as near to yMMMEd as to
// yMMMMEEEEd), the other widths and letters, and fields no entry has.
const char* const harder_requests[] = {
    "yMMMMEd", "GyMMMMd", "GyMMMMEEEEd", "yMMMMMd", "MMMMMd", "yMMMMEEEEEd", "MEEEEEEd", "yyyy",
    "yyMMdd", "yyyyMMMMd", "YMMMd", "uMMMd", "rMMMd", "UMMMd", "GGGGGy", "GGGGyMMMMd", "yQQQQ",
    "yqqq", "QQQQ", "yLLL", "LLLL", "LLLLd", "MMMMMd", "ccc", "cccc", "c", "e", "ee", "eeee",
    "Ecd", "MMMEEEEd", "Mccccd", "yMMMMccccd", "dd", "MMdd", "gMMMd", "yD", "Fd", "yMMMMW", "yE",
    "Gd", "yMMMEdw",
};

// How the answers for one group of requests came out.
struct tally {
    std::size_t compared = 0;
    std::size_t agreed = 0;
    std::size_t composed_by_icu = 0;
    std::size_t empty_in_icu = 0;
    std::size_t field_twice = 0;

    void print(const char* name) const {
        std::cout << name << ": " << agreed << " of " << compared << " agree; " << composed_by_icu
                  << " composed by ICU with appendItems; " << empty_in_icu << " empty in ICU; " << field_twice
                  << " refused (a field named twice)\n";
    }
};

TEST(SkeletonAgainstIcu, SameBestPatternOrAnExplainedDifference) {
    tally briefed;  // the 20 common requests and every skeleton ICU has
    tally harder;
    for (const char* locale : locales) {
        const icu_data data = load(locale);
        ASSERT_NE(data.generator, nullptr);
        // Every locale has at least yMd, yMMMd, MMMd, Md and a dozen more.
        ASSERT_GE(data.entries.size(), 14U) << locale;

        std::vector<std::string_view> available;
        for (const auto& [skeleton, pattern] : data.entries) {
            available.push_back(skeleton);
            available.push_back(pattern);
        }
        std::vector<std::pair<std::string, tally*>> requests;
        for (const char* r : common_requests) {
            requests.emplace_back(r, &briefed);
        }
        for (const auto& entry : data.entries) {
            requests.emplace_back(entry.first, &briefed);
        }
        for (const char letter : std::string_view("GyQMwWEDFd")) {
            requests.emplace_back(std::string(1, letter), &briefed);  // ICU's own one-letter entries
        }
        for (const auto& skeleton : data.empty_skeletons) {
            requests.emplace_back(skeleton, &briefed);
        }
        for (const char* r : harder_requests) {
            requests.emplace_back(r, &harder);
        }
        std::set<std::string> seen;

        std::size_t locale_agreed = 0;
        std::size_t locale_compared = 0;
        for (const auto& [request, counts] : requests) {
            if (!seen.insert(request).second) {
                continue;
            }
            UErrorCode status = U_ZERO_ERROR;
            const std::string expected =
                utf8(data.generator->getBestPattern(icu::UnicodeString::fromUTF8(request), status));
            ASSERT_TRUE(U_SUCCESS(status)) << locale << " " << request;
            const std::optional<std::string> actual = pattern_for_skeleton(request, available);
            ++counts->compared;
            ++locale_compared;
            if (actual == expected) {
                ++counts->agreed;
                ++locale_agreed;
                continue;
            }
            const bool icu_entry_is_empty = expected.empty() &&
                std::find(data.empty_skeletons.begin(), data.empty_skeletons.end(), request) !=
                    data.empty_skeletons.end();
            if (icu_entry_is_empty) {
                ++counts->empty_in_icu;
                std::cout << "  " << locale << " " << request << ": ICU \"\" (its entry is empty), kalends "
                          << actual.value_or("none") << "\n";
                continue;
            }
            if (!actual && field_types(request).size() < letter_runs(request)) {
                ++counts->field_twice;
                std::cout << "  " << locale << " " << request << ": ICU \"" << expected
                          << "\" (the last wins), kalends refuses a field named twice\n";
                continue;
            }
            if (!actual) {
                // One field alone always fits: every field has its lone letter.
                const auto wanted = field_types(request);
                const bool some_entry_fits = wanted.size() == 1 ||
                    std::any_of(data.entries.begin(), data.entries.end(),
                                [&](const auto& entry) { return field_types(entry.first) == wanted; });
                EXPECT_FALSE(some_entry_fits) << locale << " " << request << ": none, though an entry has its fields";
                ++counts->composed_by_icu;
                std::cout << "  " << locale << " " << request << ": ICU composes \"" << expected
                          << "\", kalends none\n";
                continue;
            }
            ADD_FAILURE() << locale << " " << request << ": ICU \"" << expected << "\", kalends \"" << *actual
                          << "\"";
        }
        std::cout << locale << ": " << locale_agreed << " of " << locale_compared << " agree\n";
    }
    briefed.print("common requests and every ICU skeleton");
    harder.print("harder requests");
    for (const tally* t : {&briefed, &harder}) {
        EXPECT_EQ(t->agreed + t->composed_by_icu + t->empty_in_icu + t->field_twice, t->compared);
    }
    // A run that compares nothing proves nothing.
    EXPECT_GE(briefed.compared, 19U * 35U);
}

// Builds the alternating skeleton, pattern list from pairs.
std::vector<std::string_view> flat(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs) {
    std::vector<std::string_view> out;
    for (const auto& [skeleton, pattern] : pairs) {
        out.push_back(skeleton);
        out.push_back(pattern);
    }
    return out;
}

TEST(Skeleton, RefusesWhatIsNoDateSkeleton) {
    const auto en = flat({{"yMMMd", "MMM d, y"}, {"yMd", "M/d/y"}});
    for (const std::string_view bad : {"", "yMMMdh", "Hm", "y-M-d", "y'M'd", "yMy", "yML", "ydg", "yMMMd "}) {
        EXPECT_EQ(pattern_for_skeleton(bad, en), std::nullopt) << '"' << bad << '"';
    }
    EXPECT_EQ(pattern_for_skeleton(std::string(128, 'y'), flat({{"y", "y"}})), std::nullopt);
    EXPECT_EQ(pattern_for_skeleton(std::string(127, 'y'), flat({{"y", "y"}})), std::string(127, 'y'));
}

TEST(Skeleton, NoneWithoutAnEntryOfExactlyTheseFields) {
    const auto some = flat({{"yMMMd", "MMM d, y"}, {"E", "ccc"}, {"d", "d"}});
    EXPECT_EQ(pattern_for_skeleton("yMMMEd", some), std::nullopt);  // ICU would append E
    EXPECT_EQ(pattern_for_skeleton("MMMd", some), std::nullopt);    // an extra year is no match either
    EXPECT_EQ(pattern_for_skeleton("yMMMd", {}), std::nullopt);
}

TEST(Skeleton, SkipsTimeEntriesAndAnOddLastItem) {
    const auto mixed = std::vector<std::string_view>{"yMMMdHm", "wrong", "yw-count-one", "wrong",
                                                     "yMMMd", "d MMM y", "yMd"};
    EXPECT_EQ(pattern_for_skeleton("yMMMd", mixed), "d MMM y");
    EXPECT_EQ(pattern_for_skeleton("yMd", mixed), "d MMM y");  // the odd "yMd" has no pattern; numeric asks keep text
}

TEST(Skeleton, ChoosesTheNearestWidthClass) {
    const auto en = flat({{"yMd", "M/d/y"}, {"yMMMd", "MMM d, y"}, {"yMMMMd", "MMMM d, y"}});
    EXPECT_EQ(pattern_for_skeleton("yMd", en), "M/d/y");
    EXPECT_EQ(pattern_for_skeleton("yMMMd", en), "MMM d, y");
    EXPECT_EQ(pattern_for_skeleton("yMMMMd", en), "MMMM d, y");
    EXPECT_EQ(pattern_for_skeleton("yMMMMMd", en), "MMMMM d, y");  // narrow: nearest text is abbreviated
    EXPECT_EQ(pattern_for_skeleton("yLLLd", en), "MMM d, y");      // L matches M, the pattern keeps its letter
    const auto numeric_only = flat({{"yMd", "M/d/y"}});
    EXPECT_EQ(pattern_for_skeleton("yMMMMd", numeric_only), "M/d/y");  // never a name for a number
    const auto text_only = flat({{"yMMMd", "d MMM y"}});
    EXPECT_EQ(pattern_for_skeleton("yMd", text_only), "d MMM y");  // nor a number for a name
}

TEST(Skeleton, AdjustsLengthsToTheRequest) {
    const auto en = flat({{"yMd", "M/d/y"}, {"yMMMd", "MMM d, y"}, {"MEd", "E, M/d"}, {"Ed", "d E"}});
    EXPECT_EQ(pattern_for_skeleton("yMMMMd", en), "MMMM d, y");
    EXPECT_EQ(pattern_for_skeleton("yyyyMMdd", en), "MM/dd/yyyy");
    EXPECT_EQ(pattern_for_skeleton("MEd", en), "EEE, M/d");  // E means EEE
    EXPECT_EQ(pattern_for_skeleton("MEEEEd", en), "EEEE, M/d");
    EXPECT_EQ(pattern_for_skeleton("ccccd", en), "d EEEE");  // weekday keeps the pattern's letter
    EXPECT_EQ(pattern_for_skeleton("ed", en), "d e");        // ... and E has no numeric form
    // The entry's skeleton already asks for the requested length: the pattern's choice stands.
    const auto fa = flat({{"yyyyMMMd", "d MMM y"}});
    EXPECT_EQ(pattern_for_skeleton("yyyyMMMd", fa), "d MMM y");
    EXPECT_EQ(pattern_for_skeleton("yMMMd", fa), "d MMM y");  // y: the pattern's own length is y too
    EXPECT_EQ(pattern_for_skeleton("yyMMMd", fa), "d MMM yy");
}

TEST(Skeleton, TakesTheRequestedLetterWhereTheLocaleHasNoChoice) {
    const auto en = flat({{"yQQQ", "QQQ y"}, {"yMMMd", "MMM d, y"}, {"Gy", "y G"}});
    EXPECT_EQ(pattern_for_skeleton("yqqq", en), "qqq y");       // quarter: requested letter
    EXPECT_EQ(pattern_for_skeleton("YMMMd", en), "MMM d, Y");   // week year Y replaces y
    EXPECT_EQ(pattern_for_skeleton("uMMMd", en), "MMM d, y");   // other year letters do not
    EXPECT_EQ(pattern_for_skeleton("yMMMg", en), "MMM g, y");   // day: requested letter
    EXPECT_EQ(pattern_for_skeleton("GGGGy", en), "y GGGG");
}

TEST(Skeleton, LeavesQuotedLiteralsAlone) {
    const auto es = flat({{"yMMMd", "d 'de' MMM 'de' y"}, {"Md", "'d''M' d/M"}, {"MMMd", "d''MMM"}});
    EXPECT_EQ(pattern_for_skeleton("yMMMMd", es), "d 'de' MMMM 'de' y");
    EXPECT_EQ(pattern_for_skeleton("MMdd", es), "'d''M' dd/MM");
    EXPECT_EQ(pattern_for_skeleton("MMMMd", es), "d''MMMM");  // '' alone is a quote, not an opening
    const auto unclosed = flat({{"yMd", "y/M/d 'd M"}});
    EXPECT_EQ(pattern_for_skeleton("yyyyMMdd", unclosed), "yyyy/MM/dd 'd M");
}

TEST(Skeleton, KeepsNonAsciiTextAndUnknownLetters) {
    const auto zh = flat({{"yMd", "y年M月d日"}, {"MEd", "M/dE"}, {"yMMMd", "y年M月d日 at HH"}});
    EXPECT_EQ(pattern_for_skeleton("yMMdd", zh), "y年MM月dd日");
    EXPECT_EQ(pattern_for_skeleton("MEEEEd", zh), "M/dEEEE");
    EXPECT_EQ(pattern_for_skeleton("yMMMd", zh), "y年M月d日 at HH");  // 'at' and HH are not ours to touch
}

TEST(Skeleton, EveryFieldIsAvailableAlone) {
    EXPECT_EQ(pattern_for_skeleton("QQQQ", {}), "QQQQ");  // a lone letter widens, numeric or not
    EXPECT_EQ(pattern_for_skeleton("GGGG", {}), "GGGG");
    EXPECT_EQ(pattern_for_skeleton("E", {}), "EEE");
    EXPECT_EQ(pattern_for_skeleton("LLLL", {}), "MMMM");  // the lone M keeps its letter
    EXPECT_EQ(pattern_for_skeleton("w", {}), "w");
    // A locale entry of that field and width replaces it, and is adjusted as locale entries are.
    const auto root = flat({{"M", "L"}, {"E", "ccc"}});
    EXPECT_EQ(pattern_for_skeleton("M", root), "L");
    EXPECT_EQ(pattern_for_skeleton("MMMM", root), "L");
    EXPECT_EQ(pattern_for_skeleton("EEEE", root), "cccc");
    EXPECT_EQ(pattern_for_skeleton("yMMMd", {}), std::nullopt);  // lone letters are not combined
}

TEST(Skeleton, EarlierEntryWinsATie) {
    const auto tied = flat({{"yyMd", "(1) yy/M/d"}, {"yyyyMd", "(2) yyyy/M/d"}});
    EXPECT_EQ(pattern_for_skeleton("yyyMd", tied), "(1) yyy/M/d");
}

}  // namespace

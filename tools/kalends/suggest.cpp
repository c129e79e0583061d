#include "suggest.hpp"

#include "text.hpp"

#include <algorithm>

namespace kalends::cli {

std::size_t edit_distance(std::string_view a, std::string_view b) {
    // Optimal string alignment distance, three rolling rows.
    const std::size_t n = b.size();
    std::vector<std::size_t> before(n + 1), previous(n + 1), current(n + 1);
    for (std::size_t j = 0; j <= n; ++j) previous[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= n; ++j) {
            const bool same = ascii_lower(a[i - 1]) == ascii_lower(b[j - 1]);
            std::size_t best = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (same ? 0U : 1U)});
            if (i > 1 && j > 1 && ascii_lower(a[i - 1]) == ascii_lower(b[j - 2]) &&
                ascii_lower(a[i - 2]) == ascii_lower(b[j - 1])) {
                best = std::min(best, before[j - 2] + 1);
            }
            current[j] = best;
        }
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[n];
}

namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && equal_ignoring_ascii_case(text.substr(0, prefix.size()), prefix);
}

}  // namespace

std::vector<std::string> closest_names(std::string_view wrong, const std::vector<std::string>& candidates,
                                       std::size_t limit) {
    struct scored {
        std::size_t score;
        std::size_t order;
        const std::string* name;
    };
    std::vector<scored> found;
    const std::size_t allowed = std::max<std::size_t>(1, (wrong.size() + 2) / 3);
    // Very long inputs are not typos of a short name: skip the quadratic work.
    if (wrong.empty() || wrong.size() > 256) return {};
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const std::string& name = candidates[i];
        const std::size_t distance = edit_distance(wrong, name);
        const bool prefix = wrong.size() >= 2 &&
                            (starts_with_ignoring_case(name, wrong) || starts_with_ignoring_case(wrong, name));
        if (distance <= allowed || prefix) found.push_back({prefix ? std::min(distance, allowed) : distance, i, &name});
    }
    std::stable_sort(found.begin(), found.end(), [](const scored& a, const scored& b) {
        return a.score != b.score ? a.score < b.score : a.order < b.order;
    });
    std::vector<std::string> names;
    for (const scored& entry : found) {
        if (names.size() == limit) break;
        if (std::find(names.begin(), names.end(), *entry.name) == names.end()) names.push_back(*entry.name);
    }
    return names;
}

std::string did_you_mean(std::string_view wrong, const std::vector<std::string>& candidates) {
    const auto names = closest_names(wrong, candidates);
    if (names.empty()) return {};
    std::string out = " (did you mean ";
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i != 0) out += i + 1 == names.size() ? " or " : ", ";
        out += "'" + names[i] + "'";
    }
    return out + "?)";
}

}  // namespace kalends::cli

// Collects every disagreement of a differential sweep so that the failure
// message lists all of them, not just a count. Disagreements at consecutive
// keys (JDNs or years) merge into one run, printed with its first and last
// entries, so that a systematic error of a whole span stays readable.
// Nothing is allocated while the sweep agrees.
#pragma once

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace kalends_differential {

class mismatch_log {
public:
    explicit mismatch_log(std::string key_name) : key_name_(std::move(key_name)) {}

    void add(std::int64_t key, std::string detail) {
        ++count_;
        if (!runs_.empty() && runs_.back().last_key + 1 == key) {
            run& current = runs_.back();
            current.last_key = key;
            current.last_detail = std::move(detail);
            ++current.size;
            return;
        }
        runs_.push_back(run{key, key, detail, {}, 1});
    }

    [[nodiscard]] std::size_t count() const noexcept { return count_; }
    [[nodiscard]] bool empty() const noexcept { return count_ == 0; }

    // Every run of disagreements, one per line.
    [[nodiscard]] std::string report() const {
        std::ostringstream out;
        out << count_ << " disagreement(s) in " << runs_.size() << " run(s) of consecutive " << key_name_ << "s:\n";
        for (const run& r : runs_) {
            if (r.size == 1) {
                out << "  " << key_name_ << " " << r.first_key << ": " << r.first_detail << "\n";
            } else {
                out << "  " << key_name_ << "s " << r.first_key << ".." << r.last_key << " (" << r.size
                    << "): first " << r.first_detail << "; last " << r.last_detail << "\n";
            }
        }
        return out.str();
    }

private:
    struct run {
        std::int64_t first_key;
        std::int64_t last_key;
        std::string first_detail;
        std::string last_detail;
        std::int64_t size;
    };

    std::string key_name_;
    std::vector<run> runs_;
    std::size_t count_ = 0;
};

}  // namespace kalends_differential

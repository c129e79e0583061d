#include "help_layout.hpp"

#include <algorithm>
#include <cstddef>
#include <optional>

namespace kalends::cli {
namespace {

constexpr std::size_t npos = std::string_view::npos;
constexpr std::size_t item_indent = 2;  // definitions and examples are indented by two spaces

std::vector<std::string_view> lines_of(std::string_view text) {
    std::vector<std::string_view> lines;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        lines.push_back(text.substr(0, end));
        text = end == npos ? std::string_view() : text.substr(end + 1);
    }
    return lines;
}

std::size_t indent_of(std::string_view line) noexcept { return line.find_first_not_of(' '); }

// "Options:", "Examples:": one word and a colon on a line of its own.
bool is_heading(std::string_view line) noexcept {
    return line.size() > 1 && line.back() == ':' && line.find(' ') == npos;
}

struct term_split {
    // cppcheck-suppress unusedStructMember
    std::size_t term_end;  // in the line after its indentation
    // cppcheck-suppress unusedStructMember
    std::size_t text_start;  // npos: the description starts on the next line
};

// The term ends at a run of two spaces; a run followed by another option
// ("--to CAL,...,  -t   the ...") still belongs to the term.
std::optional<term_split> split_term(std::string_view item) noexcept {
    std::size_t from = 0;
    for (;;) {
        const std::size_t gap = item.find("  ", from);
        if (gap == npos) return std::nullopt;
        const std::size_t next = item.find_first_not_of(' ', gap);
        if (next == npos) return term_split{gap, npos};
        if (item[next] == '-' && item.find("  ", next) != npos) {
            from = next;
            continue;
        }
        return term_split{gap, next};
    }
}

class help_parser {
public:
    std::vector<help_part> parse(std::string_view text) {
        lines_ = lines_of(text);
        for (index_ = 0; index_ < lines_.size(); ++index_) take(lines_[index_]);
        return std::move(parts_);
    }

private:
    std::vector<std::string_view> lines_;
    std::size_t index_ = 0;
    std::vector<help_part> parts_;
    bool after_blank_ = true;
    bool in_usage_ = false;
    bool in_examples_ = false;
    std::size_t text_column_ = 0;  // of the current definition's description; 0 until known

    help_part& start(help_part_kind kind) {
        parts_.push_back(help_part{kind, {}, {}});
        after_blank_ = false;
        return parts_.back();
    }

    // The part the line continues, if it is of `kind` and no blank line came between.
    help_part* continued(help_part_kind kind) noexcept {
        if (after_blank_ || parts_.empty() || parts_.back().kind != kind) return nullptr;
        return &parts_.back();
    }

    [[nodiscard]] bool next_line_is_deeper() const noexcept {
        if (index_ + 1 >= lines_.size()) return false;
        const std::size_t next = indent_of(lines_[index_ + 1]);
        return next != npos && next > item_indent;
    }

    void take(std::string_view line) {
        const std::size_t indent = indent_of(line);
        if (indent == npos) {
            after_blank_ = true;
            in_usage_ = false;
            in_examples_ = false;
            return;
        }
        const std::string_view body = line.substr(indent);
        if (indent == 0 && body.starts_with("Usage: ")) {
            in_usage_ = true;
            start(help_part_kind::usage).lines.push_back({std::string(body.substr(7))});
        } else if (in_usage_) {
            take_usage(body);
        } else if (indent == 0) {
            take_unindented(body);
        } else if (in_examples_ || !take_indented(line, indent)) {
            keep_layout(line);
        }
    }

    // A definition's next line, or a new definition; false for anything else.
    bool take_indented(std::string_view line, std::size_t indent) {
        help_part* definition = continued(help_part_kind::definition);
        if (definition == nullptr || indent <= item_indent) return take_definition(line, indent);
        if (text_column_ == 0) text_column_ = indent;
        const bool verbatim = indent > text_column_;
        definition->lines.push_back({std::string(line.substr(verbatim ? text_column_ : indent)), verbatim});
        return true;
    }

    void take_usage(std::string_view body) {
        std::vector<help_line>& usages = parts_.back().lines;
        if (body.starts_with("kalends ")) {
            usages.push_back({std::string(body)});
        } else {
            usages.back().text += ' ';
            usages.back().text += body;
        }
    }

    void take_unindented(std::string_view body) {
        if (is_heading(body)) {
            start(help_part_kind::heading).lines.push_back({std::string(body)});
            in_examples_ = body == "Examples:";
        } else if (help_part* paragraph = continued(help_part_kind::paragraph)) {
            paragraph->lines.push_back({std::string(body)});
        } else {
            start(help_part_kind::paragraph).lines.push_back({std::string(body)});
        }
    }

    bool take_definition(std::string_view line, std::size_t indent) {
        if (indent != item_indent) return false;
        const std::string_view item = line.substr(indent);
        const std::optional<term_split> split = split_term(item);
        // A term alone on its line is a definition only if its description follows, indented.
        if (!split && !next_line_is_deeper()) return false;
        help_part& definition = start(help_part_kind::definition);
        definition.term = std::string(item.substr(0, split ? split->term_end : npos));
        text_column_ = 0;
        if (split && split->text_start != npos) {
            definition.lines.push_back({std::string(item.substr(split->text_start))});
            text_column_ = item_indent + split->text_start;
        }
        return true;
    }

    void keep_layout(std::string_view line) {
        help_part* part = continued(help_part_kind::verbatim);
        if (part == nullptr) part = &start(help_part_kind::verbatim);
        part->lines.push_back({std::string(line.substr(std::min(indent_of(line), item_indent))), true});
    }
};

}  // namespace

std::vector<help_part> parse_help(std::string_view text) { return help_parser().parse(text); }

std::string summary_of(const help_part& definition) {
    std::string text;
    for (const help_line& line : definition.lines) {
        if (line.verbatim) break;
        if (!text.empty()) text += ' ';
        text += line.text;
    }
    for (const std::string_view stop : {" (", "; ", ": ", ":"}) {
        if (const std::size_t at = text.find(stop); at != npos) text.resize(at);
    }
    return text;
}

}  // namespace kalends::cli

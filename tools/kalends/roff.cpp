#include "roff.hpp"

#include "help_layout.hpp"

#include <cstddef>

namespace kalends::cli {
namespace {

bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
bool is_alnum(char c) noexcept { return is_lower(c) || is_upper(c) || is_digit(c); }

// The length of the word at `from` whose characters satisfy `in_word`.
template <class Predicate>
std::size_t word_length(std::string_view text, std::size_t from, Predicate in_word) {
    std::size_t end = from;
    while (end < text.size() && in_word(text[end])) ++end;
    return end - from;
}

// Escapes for characters anywhere on a line (a leading '.' is the line's business).
std::string escape_characters(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        switch (c) {
            case '\\': out += "\\e"; break;
            case '-': out += "\\-"; break;
            case '\'': out += "\\(aq"; break;
            case '`': out += "\\(ga"; break;
            default: out += c;
        }
    }
    return out;
}

std::string in_font(char font, std::string_view word) {
    return std::string("\\f") + font + escape_characters(word) + "\\fR";
}

void append_lines(std::string& out, const help_part& part) {
    bool no_fill = false;
    for (const help_line& line : part.lines) {
        if (line.verbatim != no_fill) {
            out += line.verbatim ? ".nf\n" : ".fi\n";
            no_fill = line.verbatim;
        }
        out += roff_escape(line.text);
        out += '\n';
    }
    if (no_fill) out += ".fi\n";
}

}  // namespace

std::string roff_escape(std::string_view text) {
    // A line that starts with '.' would be a request; \& in front makes it text.
    return (text.starts_with('.') ? "\\&" : "") + escape_characters(text);
}

std::string roff_emphasized(std::string_view text) {
    std::string out = text.starts_with('.') ? "\\&" : "";
    bool first_word_pending = !text.empty() && text.front() != '-';
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool word_start = i == 0 || !is_alnum(text[i - 1]);
        const bool option_start = i == 0 || text[i - 1] == ' ' || text[i - 1] == '[' || text[i - 1] == '|';
        if (c == '-' && option_start && i + 1 < text.size() && (is_alnum(text[i + 1]) || text[i + 1] == '-')) {
            const std::size_t n = word_length(text, i, [](char x) { return is_alnum(x) || x == '-'; });
            out += in_font('B', text.substr(i, n));
            i += n;
        } else if (is_upper(c) && word_start) {
            const std::size_t n = word_length(text, i, [](char x) { return is_upper(x) || is_digit(x) || x == '_'; });
            const bool placeholder = i + n >= text.size() || !is_lower(text[i + n]);
            out += placeholder ? in_font('I', text.substr(i, n)) : escape_characters(text.substr(i, n));
            i += n;
        } else if (is_lower(c) && word_start && first_word_pending) {
            const std::size_t n = word_length(text, i, [](char x) { return is_alnum(x) || x == '-'; });
            out += in_font('B', text.substr(i, n));
            first_word_pending = false;
            i += n;
        } else {
            out += escape_characters(text.substr(i, 1));
            ++i;
        }
    }
    return out;
}

std::string roff_synopsis(std::string_view usage) {
    constexpr std::string_view tool = "kalends";
    std::string_view rest = usage;
    if (rest.starts_with(tool)) rest.remove_prefix(tool.size());
    while (rest.starts_with(' ')) rest.remove_prefix(1);
    return ".SY " + std::string(tool) + "\n" + roff_emphasized(rest) + "\n.YS\n";
}

std::string roff_from_help(std::string_view help, usage_lines usage) {
    std::string out;
    for (const help_part& part : parse_help(help)) {
        switch (part.kind) {
            case help_part_kind::usage:
                if (usage == usage_lines::drop) break;
                out += ".PP\nUsage:\n";
                for (const help_line& line : part.lines) out += roff_synopsis(line.text);
                break;
            case help_part_kind::heading:
                out += ".PP\n" + in_font('B', part.lines.front().text) + "\n";
                break;
            case help_part_kind::paragraph:
                out += ".PP\n";
                append_lines(out, part);
                break;
            case help_part_kind::definition:
                out += ".TP\n" + roff_emphasized(part.term) + "\n";
                append_lines(out, part);
                break;
            case help_part_kind::verbatim:
                out += ".RS\n";
                append_lines(out, part);
                out += ".RE\n";
                break;
        }
    }
    return out;
}

}  // namespace kalends::cli

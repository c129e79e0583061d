#include "month_grid.hpp"

#include <kalends/names.hpp>
#include <kalends/text.hpp>
#include <kalends/week.hpp>

#include <algorithm>
#include <limits>

namespace kalends::cli {
namespace {

constexpr std::string_view highlight_on = "\x1b[7m";
constexpr std::string_view highlight_off = "\x1b[0m";

std::string number(int value, const kalends::locale* loc) {
    return loc ? format_number(*loc, value) : std::to_string(value);
}

std::string right(int value, std::size_t width, const kalends::locale* loc = nullptr) {
    std::string text = number(value, loc);
    const std::size_t shown = display_width(text);
    if (shown < width) text.insert(0, width - shown, ' ');
    return text;
}

std::string left(int value, std::size_t width, const kalends::locale* loc = nullptr) {
    std::string text = number(value, loc);
    const std::size_t shown = display_width(text);
    if (shown < width) text.append(width - shown, ' ');
    return text;
}

std::string month_label(const kalends::calendar& cal, int year, int month, const kalends::locale* loc) {
    if (loc == nullptr) return month_name(cal, year, month);
    return month_name(*loc, cal, year, month, name_width::wide, name_context::stand_alone);
}

// A weekday header cell: the short name, or the narrow one where the short is wider than the cell.
std::string weekday_label(int weekday, std::size_t cell, const kalends::locale* loc) {
    if (loc == nullptr) return std::string(weekday_name(weekday, name_width::short_form));
    std::string name(weekday_name(*loc, weekday, name_width::short_form, name_context::stand_alone));
    if (display_width(name) > cell) name = weekday_name(*loc, weekday, name_width::narrow, name_context::stand_alone);
    const std::size_t shown = display_width(name);
    if (shown < cell) name.append(cell - shown, ' ');
    return name;
}

void rstrip(std::string& line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
}

std::string month_title(const kalends::calendar& cal, int year, int month, bool with_year, const kalends::locale* loc) {
    std::string title = month_label(cal, year, month, loc);
    if (with_year) title += " " + number(year, loc);
    return title;
}

}  // namespace

std::size_t visible_width(std::string_view line) noexcept { return display_width(line); }

std::string centre(std::string_view text, std::size_t width) {
    const std::size_t shown = display_width(text);
    const std::size_t pad = shown < width ? (width - shown) / 2 : 0;
    std::string line(pad, ' ');
    line += text;
    rstrip(line);
    return line;
}

int week_min_days_for(int first_weekday) noexcept { return first_weekday == 1 ? 4 : 1; }

month_block render_month(const kalends::calendar& cal, int year, int month, const grid_options& options) {
    const int days = cal.days_in_month(month, year);  // throws for a bad year or month
    // Cells are placed by JDN relative to the first day that exists, so the
    // first row holds it and a gap left by a reform stays visible.
    const std::int64_t first = cal.date_from_parts(year, month, cal.first_day_of_month(month, year));
    const bool dual = options.dual.has_value();
    const std::size_t cell = dual ? 5 : 2;
    const std::size_t days_width = 7 * cell + 6;
    const std::size_t prefix = options.week_numbers ? 3 : 0;

    month_block block;
    block.width = prefix + days_width;
    const std::string indent(prefix, ' ');

    block.lines.push_back(indent + centre(month_title(cal, year, month, options.year_in_title, options.locale), days_width));
    if (dual) {
        const kalends::calendar& other = *options.dual;
        const date_parts from = other.parts_from_date(first);
        const date_parts to = other.parts_from_date(cal.date_from_parts(year, month, days));
        const kalends::locale* loc = options.locale;
        std::string span = month_label(other, from.year, from.month, loc);
        if (from.year != to.year) span += " " + number(from.year, loc);
        if (from.year != to.year || from.month != to.month) span += " - " + month_label(other, to.year, to.month, loc);
        span += " " + number(to.year, loc);
        block.lines.push_back(indent + centre(span, days_width));
    }

    std::string header = indent;
    for (int i = 0; i < 7; ++i) {
        const int weekday = (options.first_weekday - 1 + i) % 7 + 1;
        if (i != 0) header += ' ';
        header += weekday_label(weekday, 2, options.locale);
        if (dual) header += "   ";
    }
    rstrip(header);
    block.lines.push_back(header);

    // Each day goes to the cell of its JDN, so that a month with days left
    // out (a calendar reform) shows its gap as cal does: 1 2 3 4 15 16 ...
    const int offset = (cal.day_of_week(first) - options.first_weekday + 7) % 7;
    std::vector<int> cells;  // day number per cell, 0 for none
    for (int day = 1; day <= days; ++day) {
        const auto jdn = cal.try_date_from_parts(year, month, day);
        if (!jdn) continue;  // a day this month does not have
        const auto cell_index = static_cast<std::size_t>(offset + (*jdn - first));
        if (cells.size() <= cell_index) cells.resize(cell_index + 1, 0);
        cells[cell_index] = day;
    }
    const int rows = std::max(6, static_cast<int>((cells.size() + 6) / 7));
    const week_rule rule{options.first_weekday, week_min_days_for(options.first_weekday)};
    for (int row = 0; row < rows; ++row) {
        std::string line;
        if (options.week_numbers) {
            std::optional<std::int64_t> row_day;  // a day of this month in the row, if any
            for (int column = 0; column < 7 && !row_day; ++column) {
                const std::size_t index = static_cast<std::size_t>(row) * 7 + static_cast<std::size_t>(column);
                if (index < cells.size() && cells[index] != 0) row_day = first + static_cast<std::int64_t>(index) - offset;
            }
            // Blank where the row has no day of this month, or its week belongs to a
            // year outside the calendar's range (the last days of its last year).
            const auto week = row_day ? std::optional(try_week_of_year(cal, *row_day, rule)) : std::nullopt;
            line += week && *week ? right((*week)->week, 2, options.locale) + " " : std::string("   ");
        }
        for (int column = 0; column < 7; ++column) {
            if (column != 0) line += ' ';
            const std::size_t index = static_cast<std::size_t>(row) * 7 + static_cast<std::size_t>(column);
            const int day = index < cells.size() ? cells[index] : 0;
            if (day == 0) {
                line.append(cell, ' ');
                continue;
            }
            const std::int64_t jdn = first + static_cast<std::int64_t>(index) - offset;
            std::string text = right(day, 2, options.locale);
            if (dual) text += "/" + left(options.dual->parts_from_date(jdn).day, 2, options.locale);
            if (options.today && *options.today == jdn) {
                line += highlight_on;
                line += text;
                line += highlight_off;
            } else {
                line += text;
            }
        }
        rstrip(line);
        block.lines.push_back(line);
    }
    return block;
}

std::vector<std::string> lay_out(const std::vector<month_block>& blocks, std::size_t per_row) {
    std::vector<std::string> lines;
    if (per_row == 0) per_row = 1;
    for (std::size_t start = 0; start < blocks.size(); start += per_row) {
        const std::size_t end = std::min(blocks.size(), start + per_row);
        std::size_t height = 0;
        for (std::size_t b = start; b < end; ++b) height = std::max(height, blocks[b].lines.size());
        if (start != 0) lines.emplace_back();
        for (std::size_t row = 0; row < height; ++row) {
            std::string line;
            for (std::size_t b = start; b < end; ++b) {
                const month_block& block = blocks[b];
                const std::string_view text = row < block.lines.size() ? std::string_view(block.lines[row]) : "";
                if (b != start) line += "  ";
                line += text;
                const std::size_t shown = visible_width(text);
                if (b + 1 < end && shown < block.width) line.append(block.width - shown, ' ');
            }
            rstrip(line);
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

}  // namespace kalends::cli

#include "month_grid.hpp"

#include "grid_text.hpp"

#include <kalends/text.hpp>
#include <kalends/week.hpp>

#include <algorithm>
#include <limits>

namespace kalends::cli {

std::size_t visible_width(std::string_view line) noexcept { return display_width(line); }

std::string centre(std::string_view text, std::size_t width) {
    const std::size_t shown = display_width(text);
    const std::size_t pad = shown < width ? (width - shown) / 2 : 0;
    std::string line(pad, ' ');
    line += text;
    strip_trailing_spaces(line);
    return line;
}

int week_min_days_for(int first_weekday) noexcept { return first_weekday == 1 ? 4 : 1; }

month_block render_month(const kalends::calendar& cal, int year, int month, const grid_options& options) {
    const month_cells cells = cells_of_month(cal, year, month, options.first_weekday);
    const std::int64_t first = cells.first_jdn;
    const bool dual = options.dual.has_value();
    const std::size_t cell = dual ? 5 : options.day_of_year ? 3 : 2;
    const std::size_t days_width = 7 * cell + 6;
    const std::size_t prefix = options.week_numbers ? 3 : 0;
    const kalends::locale* loc = options.locale;

    month_block block;
    block.width = prefix + days_width;
    const std::string indent(prefix, ' ');

    block.lines.push_back(indent + centre(month_title(cal, year, month, options.year_in_title, loc), days_width));
    if (dual) {
        const kalends::calendar& other = *options.dual;
        const date_parts from = other.parts_from_date(first);
        const date_parts to = other.parts_from_date(cal.date_from_parts(year, month, cal.days_in_month(month, year)));
        std::string span = month_label(other, from.year, from.month, loc);
        if (from.year != to.year) span += " " + number_text(from.year, loc);
        if (from.year != to.year || from.month != to.month) span += " - " + month_label(other, to.year, to.month, loc);
        span += " " + number_text(to.year, loc);
        block.lines.push_back(indent + centre(span, days_width));
    }

    std::string header = indent;
    for (int i = 0; i < 7; ++i) {
        const int weekday = (options.first_weekday - 1 + i) % 7 + 1;
        if (i != 0) header += ' ';
        if (options.day_of_year) header += ' ';  // -j: labels over the last two of three columns, as cal -j
        header += weekday_label(weekday, 2, loc);
        if (dual) header += "   ";
    }
    strip_trailing_spaces(header);
    block.lines.push_back(header);

    const int rows = std::max(6, static_cast<int>((cells.days.size() + 6) / 7));
    const week_rule rule{options.first_weekday, week_min_days_for(options.first_weekday)};
    for (int row = 0; row < rows; ++row) {
        const std::size_t row_start = static_cast<std::size_t>(row) * 7;
        std::string line;
        if (options.week_numbers) {
            const auto week = week_of_cells(cal, cells, row_start, rule);
            line += week ? right_aligned(*week, 2, loc) + " " : std::string("   ");
        }
        for (std::size_t column = 0; column < 7; ++column) {
            if (column != 0) line += ' ';
            const std::size_t index = row_start + column;
            const int day = cells.day_at(index);
            if (day == 0) {
                line.append(cell, ' ');
                continue;
            }
            const std::int64_t jdn = cells.jdn_of(index);
            std::string text = right_aligned(shown_day_number(cal, year, month, day, options.day_of_year),
                                             options.day_of_year ? cell : 2, loc);
            if (dual) text += "/" + left_aligned(options.dual->parts_from_date(jdn).day, 2, loc);
            line += options.today && *options.today == jdn ? highlighted(text) : text;
        }
        strip_trailing_spaces(line);
        block.lines.push_back(line);
    }
    return block;
}

std::optional<int> week_of_cells(const kalends::calendar& cal, const month_cells& cells, std::size_t week_start,
                                 const week_rule& rule) {
    std::optional<std::int64_t> day;  // a day of this month in the week, if any
    for (std::size_t i = week_start; i < week_start + 7 && !day; ++i) {
        if (cells.day_at(i) != 0) day = cells.jdn_of(i);
    }
    if (!day) return std::nullopt;
    // None where the week belongs to a year outside the calendar's range (the last days of its last year).
    const auto week = try_week_of_year(cal, *day, rule);
    if (!week) return std::nullopt;
    return week->week;
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
            strip_trailing_spaces(line);
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

}  // namespace kalends::cli

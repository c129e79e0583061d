#include "vertical_grid.hpp"

#include "grid_text.hpp"

#include <kalends/text.hpp>

#include <algorithm>

namespace kalends::cli {
namespace {

constexpr std::size_t label_width = 2;  // the weekday labels ("Su")
constexpr std::size_t min_columns = 6;  // ncal gives every month six weeks

std::size_t cell_width(const grid_options& options) noexcept { return options.day_of_year ? 4 : 3; }

struct vertical_month {
    std::string title;
    month_cells cells;
    kalends::year_month at{};
    std::size_t columns = min_columns;
};

// `text` padded with spaces to `width` display columns (at least one space after it when it is wider).
void append_padded(std::string& line, std::string_view text, std::size_t width) {
    line += text;
    const std::size_t shown = display_width(text);
    line.append(shown < width ? width - shown : 1, ' ');
}

}  // namespace

std::size_t vertical_band_width(std::size_t months_in_band, const grid_options& options) noexcept {
    return months_in_band * min_columns * cell_width(options);
}

std::vector<std::string> lay_out_vertical(const kalends::calendar& cal, std::span<const kalends::year_month> months,
                                          const grid_options& options, std::size_t per_row) {
    const kalends::locale* loc = options.locale;
    const std::size_t cell = cell_width(options);
    std::vector<vertical_month> blocks;
    blocks.reserve(months.size());
    for (const kalends::year_month& at : months) {
        vertical_month block;
        block.cells = cells_of_month(cal, at.year, at.month, options.first_weekday);
        block.title = month_title(cal, at.year, at.month, options.year_in_title, loc);
        block.at = at;
        block.columns = std::max(min_columns, (block.cells.days.size() + 6) / 7);
        blocks.push_back(std::move(block));
    }
    const week_rule rule{options.first_weekday, week_min_days_for(options.first_weekday)};
    std::vector<std::string> lines;
    if (per_row == 0) per_row = 1;
    for (std::size_t start = 0; start < blocks.size(); start += per_row) {
        const std::size_t end = std::min(blocks.size(), start + per_row);
        if (start != 0) lines.emplace_back();
        // The title over the month's columns, two columns in, as ncal puts it.
        std::string title(label_width, ' ');
        for (std::size_t b = start; b < end; ++b) {
            title.append(2, ' ');
            append_padded(title, blocks[b].title, blocks[b].columns * cell - 2);
        }
        strip_trailing_spaces(title);
        lines.push_back(std::move(title));
        for (std::size_t row = 0; row < 7; ++row) {
            const int weekday = (options.first_weekday - 1 + static_cast<int>(row)) % 7 + 1;
            std::string line = weekday_label(weekday, label_width, loc);
            for (std::size_t b = start; b < end; ++b) {
                const vertical_month& block = blocks[b];
                for (std::size_t column = 0; column < block.columns; ++column) {
                    const std::size_t index = column * 7 + row;
                    const int day = block.cells.day_at(index);
                    if (day == 0) {
                        line.append(cell, ' ');
                        continue;
                    }
                    const std::int64_t jdn = block.cells.jdn_of(index);
                    const int shown = shown_day_number(cal, block.at.year, block.at.month, day, options.day_of_year);
                    const std::string text = right_aligned(shown, cell - 1, loc);
                    line += ' ';
                    line += options.today && *options.today == jdn ? highlighted(text) : text;
                }
            }
            strip_trailing_spaces(line);
            lines.push_back(std::move(line));
        }
        if (options.week_numbers) {
            std::string line(label_width, ' ');
            for (std::size_t b = start; b < end; ++b) {
                for (std::size_t column = 0; column < blocks[b].columns; ++column) {
                    const auto week = week_of_cells(cal, blocks[b].cells, column * 7, rule);
                    line += week ? right_aligned(*week, cell, loc) : std::string(cell, ' ');
                }
            }
            strip_trailing_spaces(line);
            lines.push_back(std::move(line));
        }
    }
    return lines;
}

}  // namespace kalends::cli

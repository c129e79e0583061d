#include "grid_text.hpp"

#include <kalends/names.hpp>
#include <kalends/text.hpp>

namespace kalends::cli {

std::string number_text(int value, const kalends::locale* loc) {
    return loc ? format_number(*loc, value) : std::to_string(value);
}

std::string right_aligned(int value, std::size_t width, const kalends::locale* loc) {
    std::string text = number_text(value, loc);
    const std::size_t shown = display_width(text);
    if (shown < width) text.insert(0, width - shown, ' ');
    return text;
}

std::string left_aligned(int value, std::size_t width, const kalends::locale* loc) {
    std::string text = number_text(value, loc);
    const std::size_t shown = display_width(text);
    if (shown < width) text.append(width - shown, ' ');
    return text;
}

std::string month_label(const kalends::calendar& cal, int year, int month, const kalends::locale* loc) {
    if (loc == nullptr) return month_name(cal, year, month);
    return month_name(*loc, cal, year, month, name_width::wide, name_context::stand_alone);
}

std::string month_title(const kalends::calendar& cal, int year, int month, bool with_year, const kalends::locale* loc) {
    std::string title = month_label(cal, year, month, loc);
    if (with_year) title += " " + number_text(year, loc);
    return title;
}

std::string weekday_label(int weekday, std::size_t cell, const kalends::locale* loc) {
    if (loc == nullptr) return std::string(weekday_name(weekday, name_width::short_form));
    std::string name(weekday_name(*loc, weekday, name_width::short_form, name_context::stand_alone));
    if (display_width(name) > cell) name = weekday_name(*loc, weekday, name_width::narrow, name_context::stand_alone);
    const std::size_t shown = display_width(name);
    if (shown < cell) name.append(cell - shown, ' ');
    return name;
}

std::string highlighted(std::string_view text) {
    std::string out = "\x1b[7m";
    out += text;
    out += "\x1b[0m";
    return out;
}

void strip_trailing_spaces(std::string& line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
}

int shown_day_number(const kalends::calendar& cal, int year, int month, int day, bool day_of_year) {
    return day_of_year ? cal.day_of_year({year, month, day}) : day;
}

month_cells cells_of_month(const kalends::calendar& cal, int year, int month, int first_weekday) {
    const int days = cal.days_in_month(month, year);  // throws for a bad year or month
    month_cells cells;
    cells.first_jdn = cal.date_from_parts(year, month, cal.first_day_of_month(month, year));
    cells.offset = (cal.day_of_week(cells.first_jdn) - first_weekday + 7) % 7;
    for (int day = 1; day <= days; ++day) {
        const auto jdn = cal.try_date_from_parts(year, month, day);
        if (!jdn) continue;  // a day this month does not have
        const auto index = static_cast<std::size_t>(cells.offset + (*jdn - cells.first_jdn));
        if (cells.days.size() <= index) cells.days.resize(index + 1, 0);
        cells.days[index] = day;
    }
    return cells;
}

}  // namespace kalends::cli

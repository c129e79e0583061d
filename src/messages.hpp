// Every message kalends reports, in one list: the wording an error_info
// carries, with placeholders in braces that error_info::message() fills in:
//   {value} {min} {max}   the value refused and the range allowed
//   {0} {1} {2} {3}       the context numbers; {ymd} is {0}-{1}-{2} as YYYY-MM-DD
//   {text} {part}         the texts, quoted; {text!} {part!} as they are
//   {calendar} {id}       the calendar's quoted name and its ID
//   {eras}                the calendar's era codes; {choices} the enumerators
//   {systems} {ids}       the built-in calendars; the ID ranges
// Keeping them here keeps one wording per problem, and gives a later
// translation one place to look.
#pragma once

namespace kalends::detail::msg {

// --- Finding calendars ---
inline constexpr const char* invalid_system = "calendar system {value} names no built-in calendar (allowed: {systems})";
inline constexpr const char* unknown_name = "unknown calendar name {text} (no calendar has this name or alias)";
inline constexpr const char* backend_not_registered = "this calendar backend object is not registered";
inline constexpr const char* unknown_id = "no calendar is registered with ID {value}{ids}";

// --- Years, months, days ---
inline constexpr const char* no_year_zero =
    "year 0 does not exist in calendar {calendar} (it has no year 0: year -1 precedes year 1)";
inline constexpr const char* year_out_of_range = "year {value} is out of range of calendar {calendar} (allowed {min}..{max})";
inline constexpr const char* year_out_of_range_no_zero =
    "year {value} is out of range of calendar {calendar} (allowed {min}..{max}, except 0)";
inline constexpr const char* month_out_of_range =
    "month {value} is out of range for year {0} of calendar {calendar} (allowed 1..{max})";
inline constexpr const char* month_out_of_range_any_year =
    "month {value} is out of range of calendar {calendar} (allowed 1..{max})";
inline constexpr const char* day_out_of_range =
    "day {value} is out of range for month {1} of year {0} of calendar {calendar} (allowed 1..{max})";
inline constexpr const char* day_out_of_range_reject =
    "day {value} is out of range for month {1} of year {0} of calendar {calendar} (allowed 1..{max}); "
    "overflow 'reject' does not move it to the last day";
inline constexpr const char* date_skipped = "date {ymd} does not exist in calendar {calendar} (the calendar skips it)";
inline constexpr const char* day_skipped =
    "day {value} of month {1} of year {0} does not exist in calendar {calendar} (the calendar skips it)";
inline constexpr const char* day_skipped_reject =
    "day {value} of month {1} of year {0} does not exist in calendar {calendar} (the calendar skips it; "
    "overflow 'reject' does not move it to the next day that exists)";
inline constexpr const char* date_refused = "date {0}-{1}-{2} is not valid in calendar {calendar} (ID {id})";
inline constexpr const char* too_many_days =
    "year {value} of calendar {calendar} (ID {id}) has more days than an int holds ({max})";
// From calendar_backend::days_in_year, which knows no calendar's name.
inline constexpr const char* backend_too_many_days =
    "year {value} of a calendar backend has more days than an int holds ({max}): it must override days_in_year";
inline constexpr const char* months_leave_range =
    "{value} months from month {1} of year {0} of calendar {calendar} (ID {id}) reach a year outside its range "
    "(years {min}..{max})";

// --- Month codes, eras, extended years ---
inline constexpr const char* no_year_cycle =
    "calendar {calendar} does not name its years in a 60-year cycle";
inline constexpr const char* backend_cycle_year =
    "the backend of calendar {calendar} gives cycle year {value} (allowed 1..60)";
inline constexpr const char* month_code_number =
    "month code number {value} is out of range (allowed 1..99: M01..M99, with L for a leap month)";
inline constexpr const char* leap_month_code_number =
    "month code number {value} (leap) is out of range (allowed 1..99: M01..M99, with L for a leap month)";
inline constexpr const char* no_month_with_code =
    "year {0} of calendar {calendar} (ID {id}) has no month with code {text!}";
inline constexpr const char* month_code_missing =
    "month code {text!} does not exist in year {0} of calendar {calendar} (overflow 'reject' does not replace it by "
    "another month)";
inline constexpr const char* unknown_era = "calendar {calendar} has no era {text} (eras: {eras})";
inline constexpr const char* no_era_year = "era {text} has no year {value} in calendar {calendar} (ID {id}) (eras: {eras})";
inline constexpr const char* era_year_missing =
    "era {text} year {value} does not exist in calendar {calendar} (eras: {eras})";
inline constexpr const char* era_without_year = "an era and an era year must be given together in calendar {calendar}";
inline constexpr const char* extended_year_out_of_range =
    "extended year {value} is out of range in calendar {calendar} (calendar years {min}..{max})";
inline constexpr const char* no_year_given = "a date needs a year (a year, an extended year, or an era and era year)";
inline constexpr const char* no_month_given = "a date needs a month (an ordinal month or a month code)";
// {0} the year the second form names, {1} the one the first form names; the
// forms are "era 'x' year {2}" (text), "extended year {2}" or "year {2}".
inline constexpr const char* era_year_disagrees_with_extended_year =
    "extended year {3} names year {0} but era {text} year {2} names year {1} in calendar {calendar}";
inline constexpr const char* era_year_disagrees_with_year =
    "year {3} names year {0} but era {text} year {2} names year {1} in calendar {calendar}";
inline constexpr const char* extended_year_disagrees_with_year =
    "year {3} names year {0} but extended year {2} names year {1} in calendar {calendar}";
inline constexpr const char* month_disagrees_with_code =
    "month {value} and month code {text!} name different months of year {0} in calendar {calendar}";

// --- Days as numbers ---
inline constexpr const char* jdn_out_of_range =
    "Julian Day Number {value} is out of range of calendar {calendar} (allowed {min}..{max}{span})";
inline constexpr const char* sys_days_out_of_range =
    "std::chrono::sys_days {value} (days since 1970-01-01) is out of range of calendar {calendar} "
    "(allowed {min}..{max})";
inline constexpr const char* beyond_year_month_day =
    "Julian Day Number {value} is outside std::chrono::year_month_day's range (JDN {min}..{max}, years "
    "-32767..32767)";
inline constexpr const char* invalid_year_month_day = "std::chrono::year_month_day {0}-{1}-{2} is not a valid date";
inline constexpr const char* beyond_sys_days = "Julian Day Number {value} does not fit std::chrono::sys_days";

// --- Weekdays and weeks ---
inline constexpr const char* weekday_out_of_range = "weekday {value} is out of range (allowed 1..7, 1 = Monday)";
inline constexpr const char* weekday_name_out_of_range =
    "weekday {value} is out of range (allowed 1..7, 1 = Monday, 7 = Sunday)";
inline constexpr const char* no_century_on_weekday =
    "no year {0} + 100k (|k| <= {max}) has month {1} day {2} on weekday {value} in calendar {calendar} (ID {id})";
inline constexpr const char* week_rule_first_weekday =
    "week rule: first weekday {value} is out of range (allowed 1..7, 1 = Monday, 7 = Sunday)";
inline constexpr const char* week_rule_min_days =
    "week rule: minimal days in the first week {value} is out of range (allowed 1..7)";
inline constexpr const char* week_beyond_range =
    "the week of Julian Day Number {value} in calendar {calendar} depends on a year outside the calendar's range";
inline constexpr const char* backend_threw =
    "calendar {calendar} (ID {id}) threw an exception (the non-throwing form reports it as this error)";
inline constexpr const char* unknown_region =
    "region {text} is not a region code (expected two letters as in ISO 3166, e.g. 'US', or three digits as in UN "
    "M.49, e.g. '001')";
inline constexpr const char* locale_without_region =
    "locale {text} has no region subtag (expected e.g. 'en_US', 'de-DE' or 'fa_IR'); week rules are defined per "
    "region";

// --- Date arithmetic ---
inline constexpr const char* adding_reaches_extended_year =
    "adding {text!} to {ymd} in calendar {calendar} reaches extended year {value}, outside the calendar's range "
    "(years {min}..{max})";
inline constexpr const char* adding_reaches_year =
    "adding {text!} to {ymd} in calendar {calendar} reaches a year outside the calendar's range (years {min}..{max})";
inline constexpr const char* adding_reaches_jdn =
    "adding {text!} to {ymd} in calendar {calendar} reaches Julian Day Number {value}, outside the calendar's range "
    "({min}..{max})";
inline constexpr const char* month_count_disagrees =
    "the month count of calendar {calendar} (ID {id}) (months_before_year) disagrees with its months_in_year";

// --- Durations ---
inline constexpr const char* duration_field_out_of_range =
    "duration {text!} {value} is out of range (allowed -{max}..{max})";
inline constexpr const char* duration_mixed_signs =
    "duration fields have mixed signs (years {0}, months {1}, weeks {2}, days {3}); all must be >= 0 or all <= 0";
inline constexpr const char* duration_field_too_large =
    "invalid duration {text}: {part!} is too large (allowed up to {max})";
// "invalid duration 'x': <what> (expected ...)", one wording per <what>.
#define KALENDS_DURATION_SYNTAX(what)                                                                          \
    "invalid duration {text}: " what                                                                            \
    " (expected ISO 8601 like P1Y2M10D, -P3W or P0D: an optional sign, P, then nY, nM, nW, nD in that order)"
inline constexpr const char* duration_empty = KALENDS_DURATION_SYNTAX("it is empty");
inline constexpr const char* duration_no_p = KALENDS_DURATION_SYNTAX("it must start with P (or -P)");
inline constexpr const char* duration_nothing_after_p =
    KALENDS_DURATION_SYNTAX("P must be followed by at least one of nY, nM, nW, nD");
inline constexpr const char* duration_time_part = KALENDS_DURATION_SYNTAX(
    "time parts (T followed by hours, minutes or seconds) are not supported; kalends durations hold years, months, "
    "weeks and days only");
inline constexpr const char* duration_unexpected_character =
    KALENDS_DURATION_SYNTAX("unexpected character {part} where a number was expected");
inline constexpr const char* duration_number_without_unit =
    KALENDS_DURATION_SYNTAX("number {part} has no unit (Y, M, W or D)");
inline constexpr const char* duration_fraction = KALENDS_DURATION_SYNTAX("fractions are not supported");
inline constexpr const char* duration_hours_or_seconds =
    KALENDS_DURATION_SYNTAX("hours and seconds are time parts, which are not supported");
inline constexpr const char* duration_unknown_unit = KALENDS_DURATION_SYNTAX("unknown unit {part} (allowed Y, M, W, D)");
inline constexpr const char* duration_unit_order =
    KALENDS_DURATION_SYNTAX("unit {part!} is repeated or out of order (the order is Y, M, W, D)");
#undef KALENDS_DURATION_SYNTAX

// --- Enumerations ---
inline constexpr const char* enum_out_of_range = "{text!} {value} is out of range (allowed {choices})";
inline constexpr const char* name_not_allowed = "{part!} {text} is not allowed (allowed: {quoted_choices})";
inline constexpr const char* month_code_malformed =
    "month code {text} is malformed (allowed M01..M99, with L for a leap month: M05L)";

// --- Registration ---
inline constexpr const char* no_valid_year =
    "calendar backend declares no valid year (minimum_year() {min}, maximum_year() {max})";
inline constexpr const char* invalid_kind = "calendar backend's kind() is {value} (allowed 0 solar, 1 lunar, 2 luni_solar)";
inline constexpr const char* invalid_month_count =
    "calendar backend's maximum_months_in_year() is {value} (allowed 1..99, the range of month codes M01..M99)";
inline constexpr const char* year_without_months = "calendar backend reports a year with no months";
inline constexpr const char* month_without_days = "calendar backend reports a month with no days";
inline constexpr const char* last_day_before_first =
    "calendar backend's last day (JDN {max}) comes before its first (JDN {min})";
inline constexpr const char* days_beyond_limits =
    "calendar backend's days (JDN {min}..{max}) reach beyond the day numbers a calendar may use (JDN {0}..{1})";
inline constexpr const char* months_before_year_disagrees =
    "calendar backend's months_before_year({1}) - months_before_year({0}) is {value}, but months_in_year({0}) is "
    "{max} (a calendar whose years differ in their number of months must override months_before_year)";
inline constexpr const char* null_backend = "cannot register a null calendar backend";
inline constexpr const char* no_names = "a calendar needs at least one name to be registered";
inline constexpr const char* name_empty = "calendar name is empty";
inline constexpr const char* name_too_long = "calendar name of {value} bytes is too long (at most {max})";
inline constexpr const char* name_byte =
    "calendar name {text} has byte {byte} at offset {value}; names are printable ASCII (space to '~')";
inline constexpr const char* name_only_spaces = "calendar name is only spaces";
inline constexpr const char* name_edge_space = "calendar name {text} starts or ends with a space";
inline constexpr const char* name_twice =
    "calendar name {text} appears twice in the list (as {part} and {text}; names ignore ASCII case)";
inline constexpr const char* name_taken_by_builtin = "calendar name {text} is taken by built-in calendar {calendar} (ID {id})";
inline constexpr const char* name_taken = "calendar name {text} is taken by calendar {calendar} (ID {id})";
inline constexpr const char* name_taken_by_other_changeover =
    "calendar name {text} is taken by a calendar that is not this country's changeover calendar";
inline constexpr const char* registered_twice =
    "this calendar backend object was already registered, as calendar {calendar} (ID {id}); a backend object can be "
    "registered once: register a new instance instead";
inline constexpr const char* registered_before =
    "this calendar backend object was registered before (and unregistered since); a backend object can be "
    "registered once: register a new instance instead";
inline constexpr const char* no_ids_left = "no calendar IDs are left in this process";
inline constexpr const char* builtin_unregistered = "built-in calendar {calendar} (ID {id}) cannot be unregistered";

// --- Changeover calendars ---
inline constexpr const char* changeover_out_of_range =
    "the first Gregorian day of a changeover calendar, Julian Day Number {value}, is out of range (allowed "
    "{min}..{max}, Gregorian 0200-03-01..3899-12-31)";
inline constexpr const char* unknown_changeover_preset =
    "no Julian-Gregorian changeover preset for country code {text} (known: {choice_list})";

// --- Format patterns ---
inline constexpr const char* format_lone_percent =
    "format {text} ends with a lone '%' (allowed fields: {choice_list}; write %% for a '%')";
// --- LDML patterns, styles, skeletons, and the text they read ---
inline constexpr const char* ldml_unknown_letter =
    "pattern {text} has the unknown field {part} at offset {value} (allowed letters: G y Y u U r Q q M L d D F E e c "
    "w W; put literal letters in quotes, e.g. 'de', and write '' for a quote)";
inline constexpr const char* ldml_field_too_long =
    "pattern {text}: the field {part} at offset {value} is longer than LDML allows (at most {max} letters)";
inline constexpr const char* ldml_unterminated_quote =
    "pattern {text} has a quote at offset {value} that is never closed (write '' for a quote)";
inline constexpr const char* style_missing = "locale {text} has no date pattern of that style for this calendar";
inline constexpr const char* skeleton_no_match =
    "skeleton {text} matches no pattern of locale {part} (a skeleton lists LDML date fields, e.g. yMMMd, GyMMMEd; "
    "combinations CLDR has no pattern for are not built)";
inline constexpr const char* text_expected_literal =
    "date text {text} does not match the pattern at byte {value}: expected {part}";
inline constexpr const char* text_expected_number =
    "date text {text} does not match the pattern at byte {value}: expected a number for {part!}";
inline constexpr const char* text_expected_name =
    "date text {text} does not match the pattern at byte {value}: expected a name of {part!}";
inline constexpr const char* text_trailing = "date text {text} has more after byte {value}: {part}";
inline constexpr const char* text_no_year = "date text {text} gives no year (its pattern has no year field)";
inline constexpr const char* text_no_month = "date text {text} gives no month (its pattern has no month field)";
inline constexpr const char* text_no_day = "date text {text} gives no day (its pattern has no day field)";
inline constexpr const char* no_month_with_name =
    "{text} is not the name of a month of calendar {calendar} in locale {part}";
inline constexpr const char* month_name_not_in_year =
    "{text} names a month that year {0} of calendar {calendar} does not have (locale {part})";
inline constexpr const char* month_name_ambiguous =
    "{text} names more than one month of year {0} of calendar {calendar} in locale {part} (give more of the name)";
inline constexpr const char* text_month_not_in_year =
    "date text {text}: the month {part} does not exist in year {0} of calendar {calendar}";
inline constexpr const char* text_weekday_disagrees =
    "date text {text}: the weekday {part} is not the weekday of that date (strict parsing checks it)";
inline constexpr const char* text_field_disagrees =
    "date text {text}: {part!} is {value}, but that of the date it gives, {ymd}, is {max} (strict parsing checks it)";
inline constexpr const char* text_field_out_of_range =
    "date text {text}: {value} is out of range for {part!} (allowed {min}..{max})";
inline constexpr const char* text_no_weekday =
    "date text {text} gives a week but no weekday (its pattern has no weekday field, e.g. %u)";
inline constexpr const char* text_no_related_year =
    "no year of calendar {calendar} begins in Gregorian year {value} (date text {text})";
inline constexpr const char* text_field_conflict = "date text {text} gives {part} twice, with different values";
inline constexpr const char* text_two_digit_year =
    "date text {text}: a two-digit year cannot be read back unambiguously (use a pattern with y or yyyy)";

// --- Locales ---
inline constexpr const char* locale_empty =
    "the locale is empty (expected a BCP 47 tag such as 'fa-IR' or a POSIX name such as 'fa_IR.UTF-8')";
inline constexpr const char* locale_bad_subtag =
    "locale {text}: {part} is not a valid subtag there (expected language[-Script][-REGION][-u-ca-CALENDAR]"
    "[-u-nu-DIGITS], or a POSIX name language[_TERRITORY][.codeset][@modifier])";
inline constexpr const char* locale_unknown_language =
    "locale {text}: this build has no CLDR data for {part} ({value} locales; the CMake option "
    "KALENDS_ALL_LOCALES builds all of CLDR's)";
inline constexpr const char* locale_variant = "locale {text}: the variant {part} is not supported (CLDR 41 has no date data for it)";
inline constexpr const char* locale_extension =
    "locale {text}: the extension {part} is not supported (allowed: the -u- keys ca and nu)";
inline constexpr const char* locale_unknown_key = "locale {text}: the -u- key {part} is not supported (allowed: ca, nu)";
inline constexpr const char* locale_unknown_calendar =
    "locale {text}: -u-ca- names {part}, which is no calendar kalends knows (no calendar has this name or alias)";
inline constexpr const char* locale_unknown_numbering =
    "locale {text}: -u-nu- names {part}, which is no numbering system with digits in CLDR (e.g. latn, arab, "
    "arabext, deva, beng, thai, hanidec; or hebr)";

inline constexpr const char* format_unknown_field = "format {text} has the unknown field {part} (allowed fields: {choice_list})";

// --- Bulk calls ---
inline constexpr const char* output_too_small = "kalends: {text!} holds {value} elements, fewer than the {min} inputs";

}  // namespace kalends::detail::msg

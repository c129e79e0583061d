-- kalends 0.1.0: dates in the world's calendar systems over PostgreSQL's date.
-- Every function is IMMUTABLE STRICT PARALLEL SAFE: its result depends on its
-- arguments alone (never on DateStyle, TimeZone or lc_time) and on the
-- library's data, which kalends_data_version() names.

\echo Use "CREATE EXTENSION kalends" to load this file. \quit

CREATE FUNCTION kalends_to_date(calendar text, ymd text)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_to_date_ymd'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_to_date(text, text) IS 'The date of YEAR-MONTH-DAY in a calendar (its own year, ordinal month).';

CREATE FUNCTION kalends_try_to_date(calendar text, ymd text)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_try_to_date_ymd'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_to_date(text, text) IS 'As kalends_to_date, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_to_date(calendar text, year integer, month integer, day integer)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_to_date_fields'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_to_date(text, integer, integer, integer) IS 'The date of a year, ordinal month and day in a calendar.';

CREATE FUNCTION kalends_try_to_date(calendar text, year integer, month integer, day integer)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_try_to_date_fields'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_to_date(text, integer, integer, integer) IS 'As kalends_to_date, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_to_date(calendar text, year integer, month_code text, day integer)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_to_date_month_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_to_date(text, integer, text, integer) IS 'The date of a year, month code (M01..M13, M05L for a leap month) and day in a calendar.';

CREATE FUNCTION kalends_try_to_date(calendar text, year integer, month_code text, day integer)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_try_to_date_month_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_to_date(text, integer, text, integer) IS 'As kalends_to_date, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_parts(d date, calendar text, OUT year integer, OUT month integer, OUT day integer, OUT month_code text, OUT era text, OUT era_year bigint)
RETURNS record
AS 'MODULE_PATHNAME', 'kalends_parts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_parts(date, text) IS 'A date''s year, ordinal month, day, month code, era and year of the era in a calendar (era and era_year NULL where the calendar has no eras).';

CREATE FUNCTION kalends_try_parts(d date, calendar text, OUT year integer, OUT month integer, OUT day integer, OUT month_code text, OUT era text, OUT era_year bigint)
RETURNS record
AS 'MODULE_PATHNAME', 'kalends_try_parts'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_parts(date, text) IS 'As kalends_parts, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_year(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_year'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_year(date, text) IS 'A date''s year in a calendar.';

CREATE FUNCTION kalends_try_year(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_try_year'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_year(date, text) IS 'As kalends_year, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_month(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_month'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_month(date, text) IS 'A date''s ordinal month in a calendar.';

CREATE FUNCTION kalends_try_month(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_try_month'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_month(date, text) IS 'As kalends_month, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_day(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_day(date, text) IS 'A date''s day in a calendar.';

CREATE FUNCTION kalends_try_day(d date, calendar text)
RETURNS integer
AS 'MODULE_PATHNAME', 'kalends_try_day'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_day(date, text) IS 'As kalends_day, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_month_code(d date, calendar text)
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_month_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_month_code(date, text) IS 'A date''s month code in a calendar (M01..M13, M05L for a leap month).';

CREATE FUNCTION kalends_try_month_code(d date, calendar text)
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_try_month_code'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_month_code(date, text) IS 'As kalends_month_code, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_add(d date, calendar text, duration text, overflow text DEFAULT 'constrain')
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_add'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_add(date, text, text, text) IS 'Adds an ISO 8601 duration (P1Y2M3W4D, negative with a leading minus) as Temporal does: years, then months, in the calendar.';

CREATE FUNCTION kalends_try_add(d date, calendar text, duration text, overflow text DEFAULT 'constrain')
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_try_add'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_add(date, text, text, text) IS 'As kalends_add, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_until(a date, b date, calendar text, largest text DEFAULT 'days')
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_until'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_until(date, date, text, text) IS 'The ISO 8601 duration from a to b in the calendar, with largest (years, months, weeks, days) as its largest unit.';

CREATE FUNCTION kalends_try_until(a date, b date, calendar text, largest text DEFAULT 'days')
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_try_until'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_until(date, date, text, text) IS 'As kalends_until, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_format(d date, calendar text, locale text, pattern text)
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_format(date, text, text, text) IS 'A date written in an LDML pattern (d MMMM y) in a locale (BCP 47: he, fa-IR, ar-SA-u-nu-arab).';

CREATE FUNCTION kalends_try_format(d date, calendar text, locale text, pattern text)
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_try_format'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_format(date, text, text, text) IS 'As kalends_format, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_parse(s text, calendar text, locale text, pattern text)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_parse(text, text, text, text) IS 'The date a text written in an LDML pattern of a locale names, strictly.';

CREATE FUNCTION kalends_try_parse(s text, calendar text, locale text, pattern text)
RETURNS date
AS 'MODULE_PATHNAME', 'kalends_try_parse'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_try_parse(text, text, text, text) IS 'As kalends_parse, but NULL where the value has no answer (a date that does not exist, a text that does not match); a bad calendar, locale, pattern or option still raises.';

CREATE FUNCTION kalends_calendars(OUT name text, OUT aliases text[], OUT id integer, OUT kind text,
                                  OUT first_date date, OUT last_date date, OUT note text)
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'kalends_calendars'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 26;
COMMENT ON FUNCTION kalends_calendars() IS 'Every calendar: its name, aliases, ID, kind, first and last day (NULL beyond PostgreSQL''s dates), and a note where a name means another calendar elsewhere.';

CREATE FUNCTION kalends_version()
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_version() IS 'The kalends library version.';

CREATE FUNCTION kalends_data_version()
RETURNS text
AS 'MODULE_PATHNAME', 'kalends_data_version'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION kalends_data_version() IS 'The library and CLDR versions the results depend on: REINDEX indexes over kalends functions when it changes.';

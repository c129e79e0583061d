-- Every day 1900-2100 in every calendar: the SQL functions against the
-- library's bulk conversion (test/bulk_reference.cpp writes it), both ways.
\getenv abs_builddir PG_ABS_BUILDDIR
\set reference :abs_builddir '/bulk_reference.tsv'
CREATE TABLE bulk_reference (calendar text, jdn integer, year integer, month integer, day integer, month_code text);
COPY bulk_reference FROM :'reference';

SELECT count(*) AS rows, count(DISTINCT calendar) AS calendars, count(*) FILTER (WHERE year IS NULL) AS outside
FROM bulk_reference;
SELECT name AS calendar_missing FROM kalends_calendars() EXCEPT SELECT calendar FROM bulk_reference;

SELECT count(*) FILTER (WHERE (p.year, p.month, p.day, p.month_code) IS DISTINCT FROM (r.year, r.month, r.day, r.month_code))
           AS parts_differ,
       count(*) FILTER (WHERE (kalends_try_year(t.d, r.calendar), kalends_try_month(t.d, r.calendar),
                               kalends_try_day(t.d, r.calendar), kalends_try_month_code(t.d, r.calendar))
                              IS DISTINCT FROM (r.year, r.month, r.day, r.month_code)) AS fields_differ,
       count(*) FILTER (WHERE r.year IS NOT NULL AND kalends_to_date(r.calendar, r.year, r.month, r.day) <> t.d)
           AS to_date_differ,
       count(*) FILTER (WHERE r.year IS NOT NULL
                          AND kalends_to_date(r.calendar, r.year, r.month_code, r.day) <> t.d) AS month_code_differ,
       count(*) FILTER (WHERE r.year IS NOT NULL
                          AND kalends_to_date(r.calendar, format('%s-%s-%s', r.year, r.month, r.day)) <> t.d) AS ymd_differ
FROM bulk_reference r,
     LATERAL (SELECT date '2000-01-01' + (r.jdn - 2451545) AS d) AS t,
     LATERAL kalends_try_parts(t.d, r.calendar) AS p;
DROP TABLE bulk_reference;

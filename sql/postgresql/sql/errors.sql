-- Bad input: each error's SQLSTATE and message, and the kalends_try_ forms,
-- which give NULL for a value that has no answer but still refuse a bad
-- calendar, locale, pattern or option.
SET DateStyle = 'ISO, YMD';
CREATE FUNCTION pg_temp.error_of(query text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE query;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END
$$;

SELECT pg_temp.error_of(q) FROM (VALUES
    -- 22008 datetime field overflow: a date the calendar lacks, or a day out of range
    ($$SELECT kalends_to_date('hebrew', 5785, 14, 1)$$),
    ($$SELECT kalends_to_date('gregorian', 2025, 2, 29)$$),
    ($$SELECT kalends_to_date('gregorian', '2025-02-29')$$),
    ($$SELECT kalends_to_date('julian', 0, 1, 1)$$),
    ($$SELECT kalends_to_date('hebrew', 5785, 'M05L', 1)$$),
    ($$SELECT kalends_to_date('gregorian', '99999999999-01-01')$$),
    ($$SELECT kalends_to_date('gregorian', -5000, 1, 1)$$),
    ($$SELECT kalends_month('infinity', 'hebrew')$$),
    ($$SELECT kalends_month('1800-01-01', 'islamic-umalqura')$$),
    ($$SELECT kalends_add('5874897-12-31', 'gregorian', 'P1D')$$),
    ($$SELECT kalends_add('2024-03-10', 'hebrew', 'P1Y', 'reject')$$),
    ($$SELECT kalends_to_date('gregorian', 2025, 'M5', 1)$$),
    -- 22007 invalid datetime format: a text that is no date, a bad duration or pattern
    ($$SELECT kalends_to_date('gregorian', '2025/01/01')$$),
    ($$SELECT kalends_add('2025-01-01', 'gregorian', 'P1H')$$),
    ($$SELECT kalends_add('2025-01-01', 'gregorian', 'P1Y-2M')$$),
    ($$SELECT kalends_parse('1 Foo 2025', 'gregorian', 'en', 'd MMMM y')$$),
    ($$SELECT kalends_format('2025-01-01', 'gregorian', 'en', 'd MMMM y ''era')$$),
    ($$SELECT kalends_format('2025-01-01', 'gregorian', 'en', 'd MMMM y b')$$),
    -- 22023 invalid parameter value: an unknown calendar, locale or option
    ($$SELECT kalends_to_date('hebrw', '5785-01-01')$$),
    ($$SELECT kalends_month('2025-01-01', '')$$),
    ($$SELECT kalends_format('2025-01-01', 'gregorian', 'xx-!!', 'd MMMM y')$$),
    ($$SELECT kalends_add('2025-01-01', 'gregorian', 'P1D', 'clamp')$$),
    ($$SELECT kalends_until('2025-01-01', '2025-02-01', 'gregorian', 'fortnights')$$),
    ($$SELECT kalends_try_month('2025-01-01', 'hebrw')$$),
    ($$SELECT kalends_try_add('2025-01-01', 'gregorian', 'P1D', 'clamp')$$),
    ($$SELECT kalends_try_format('2025-01-01', 'gregorian', 'xx-!!', 'd')$$)
) AS t(q);

-- Long and odd texts are quoted, cut and counted, never echoed raw.
SELECT pg_temp.error_of(format('SELECT kalends_to_date(%L, ''2025-01-01'')', repeat('x', 5000)));
SELECT pg_temp.error_of($$SELECT kalends_to_date(E'greg\norian', '2025-01-01')$$);
-- psql shows the hint that says where the calendars are listed.
SELECT kalends_to_date('hebrw', '5785-01-01');

-- The kalends_try_ forms: NULL for the value errors above.
SELECT kalends_try_to_date('hebrew', 5785, 14, 1) AS a,
       kalends_try_to_date('gregorian', '2025-02-29') AS b,
       kalends_try_to_date('gregorian', '2025/01/01') AS c,
       kalends_try_to_date('hebrew', 5785, 'M05L', 1) AS d,
       kalends_try_to_date('gregorian', 2025, 'M5', 1) AS e;
SELECT kalends_try_month('infinity', 'hebrew') AS a,
       kalends_try_year('1800-01-01', 'islamic-umalqura') AS b,
       kalends_try_day('-infinity', 'gregorian') AS c,
       kalends_try_month_code('1800-01-01', 'islamic-umalqura') AS d,
       (kalends_try_parts('1800-01-01', 'islamic-umalqura')).year AS e,
       kalends_try_add('2025-01-01', 'gregorian', 'P1H') AS f,
       kalends_try_until('infinity', '2025-01-01', 'gregorian', 'days') AS g,
       kalends_try_parse('1 Foo 2025', 'gregorian', 'en', 'd MMMM y') AS h,
       kalends_try_format('infinity', 'gregorian', 'en', 'd MMMM y') AS i;
-- ... and the same answers as the kalends_ forms where there is one.
SELECT kalends_try_to_date('hebrew', '5785-01-01') = kalends_to_date('hebrew', '5785-01-01') AS same;

-- A table with bad rows: kalends_try_ keeps the query going.
SELECT y, m, d, kalends_try_to_date('persian', y, m, d)
FROM (VALUES (1403, 12, 30), (1404, 12, 30), (1404, 13, 1), (1404, 1, 31), (1404, 7, 31)) AS t(y, m, d);

-- Extremes: the ends of PostgreSQL's dates and of int, huge durations and
-- patterns. Each gives an answer or an error, never a crash.
SELECT pg_temp.error_of(q) FROM (VALUES
    ($$SELECT kalends_to_date('gregorian', 2147483647, 12, 31)$$),
    ($$SELECT kalends_to_date('gregorian', -2147483648, 1, 1)$$),
    ($$SELECT kalends_to_date('hebrew', 2147483647, 2147483647, 2147483647)$$),
    ($$SELECT kalends_to_date('gregorian', '-4713-11-24')$$),
    ($$SELECT kalends_to_date('gregorian', '5874897-12-31')$$),
    ($$SELECT kalends_add('4714-11-24 BC', 'gregorian', '-P1D')$$),
    ($$SELECT kalends_add('2025-01-01', 'hebrew', 'P2147483647Y')$$),
    ($$SELECT kalends_add('2025-01-01', 'gregorian', 'P99999999999999999999D')$$),
    ($$SELECT kalends_add('2025-01-01', 'gregorian', '')$$),
    ($$SELECT kalends_until('4714-11-24 BC', '5874897-12-31', 'gregorian', 'days')$$),
    ($$SELECT kalends_until('4714-11-24 BC', '5874897-12-31', 'hebrew', 'months')$$),
    ($$SELECT length(kalends_format('2025-01-29', 'chinese', 'zh', repeat('MMMM d ', 2000)))$$),
    ($$SELECT kalends_parse(repeat('9', 100000), 'gregorian', 'en', 'y')$$),
    ($$SELECT kalends_parse('', 'gregorian', 'en', '')$$),
    ($$SELECT kalends_format('2025-01-01', 'gregorian', repeat('x', 100000), 'y')$$)
) AS t(q);

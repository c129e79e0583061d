-- Dates as localized text, written and read back. The expected texts are
-- CLDR's (as ICU writes them).
SET DateStyle = 'ISO, YMD';
SELECT kalends_format('2025-03-21', 'persian', 'fa', 'd MMMM y') AS fa,
       kalends_format('2025-03-21', 'persian', 'en', 'd MMMM y G') AS en,
       kalends_format('2024-03-11', 'hebrew', 'he', 'd בMMMM y') AS he,
       kalends_format('2025-03-01', 'islamic-umalqura', 'ar', 'd MMMM y') AS ar,
       kalends_format('2025-03-01', 'islamic-umalqura', 'ar-u-nu-latn', 'd MMMM y') AS ar_latn,
       kalends_format('2019-05-01', 'japanese', 'ja', 'Gy年M月d日') AS ja,
       kalends_format('2025-03-21', 'gregorian', 'de', 'EEEE, d. MMMM y') AS de;

SELECT kalends_parse('1 فروردین 1404', 'persian', 'fa', 'd MMMM y') AS fa_digits_ascii,
       kalends_parse('۱ فروردین ۱۴۰۴', 'persian', 'fa', 'd MMMM y') AS fa_digits_persian,
       kalends_parse('1 Adar I 5784', 'hebrew', 'en', 'd MMMM y') AS adar_i,
       kalends_parse('Friday, 21 March 2025', 'gregorian', 'en', 'EEEE, d MMMM y') AS en;

-- Written and read back: every day of 2025 in five calendars and locales.
SELECT c.calendar, count(*) AS days,
       count(*) FILTER (WHERE kalends_parse(kalends_format(d, c.calendar, c.locale, 'd MMMM y'),
                                            c.calendar, c.locale, 'd MMMM y') = d) AS round_trips
FROM generate_series(date '2025-01-01', date '2025-12-31', interval '1 day') AS s(day),
     LATERAL (SELECT s.day::date AS d) AS t,
     (VALUES ('persian', 'fa'), ('hebrew', 'he'), ('islamic-umalqura', 'ar'), ('coptic', 'en'), ('chinese', 'zh')) AS c(calendar, locale)
GROUP BY c.calendar ORDER BY c.calendar;

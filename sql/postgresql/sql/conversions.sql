-- Dates into calendars and back, at days whose dates are known from
-- outside kalends (see the comments), with NULL in, NULL out.
SET DateStyle = 'ISO, YMD';
CREATE EXTENSION kalends;

-- Nowruz 1404 fell on 2025-03-21 (Iran's official calendar); Rosh Hashanah
-- 5785 on 2024-10-03; Ramadan 1446 began on 2025-03-01 in Saudi Arabia's
-- Umm al-Qura calendar; the Chinese New Year of 2025 was on 2025-01-29;
-- 2024-02-29 is 2567-02-29 in Thailand's Buddhist era; Julian 2025-03-08
-- is Gregorian 2025-03-21 (13 days apart since 1900).
SELECT kalends_to_date('persian', '1404-01-01') AS nowruz_1404,
       kalends_to_date('hebrew', 5785, 1, 1) AS rosh_hashanah_5785,
       kalends_to_date('islamic-umalqura', 1446, 9, 1) AS ramadan_1446,
       kalends_to_date('julian', '2025-03-08') AS julian,
       kalends_to_date('buddhist', 2567, 2, 29) AS buddhist_leap_day;

-- Month codes: Adar I (M05L) and Adar (M06) of the leap year 5784, Adar of 5785.
SELECT kalends_to_date('hebrew', 5784, 'M05L', 1) AS adar_i_5784,
       kalends_to_date('hebrew', 5784, 'M06', 1) AS adar_5784,
       kalends_to_date('hebrew', 5785, 'M06', 1) AS adar_5785,
       kalends_to_date('hebrew', 5784, 6, 1) AS ordinal_6_of_5784;

SELECT * FROM kalends_parts('2025-03-21', 'persian');
SELECT * FROM kalends_parts('2024-03-11', 'hebrew');
SELECT * FROM kalends_parts('2025-03-01', 'islamic-umalqura');
SELECT * FROM kalends_parts('2019-05-01', 'japanese');
SELECT * FROM kalends_parts('0044-03-15 BC', 'julian');
SELECT * FROM kalends_parts('2025-01-29', 'chinese');

SELECT kalends_year(d, 'hebrew') AS year, kalends_month(d, 'hebrew') AS month,
       kalends_day(d, 'hebrew') AS day, kalends_month_code(d, 'hebrew') AS code
FROM (VALUES (date '2024-03-11'), (date '2024-04-09'), (date '2024-10-03')) AS t(d);

-- Names are case-insensitive; aliases work.
SELECT kalends_month('2025-03-21', 'Persian') = kalends_month('2025-03-21', 'jalali') AS alias_ok;

-- Temporal arithmetic: a month after 30 Shevat 5784 is 30 Adar I; constrain
-- moves 30 Adar I + 1 year to the last of Adar 5785; reject refuses it.
SELECT kalends_add('2024-02-09', 'hebrew', 'P1M') AS shevat_30_plus_1m,
       kalends_add('2024-03-10', 'hebrew', 'P1Y') AS adar_i_30_plus_1y,
       kalends_try_add('2024-03-10', 'hebrew', 'P1Y', 'reject') AS rejected,
       kalends_add('2024-01-31', 'gregorian', 'P1M') AS jan_31_plus_1m,
       kalends_add('2024-03-31', 'gregorian', '-P1M2D') AS minus;
SELECT kalends_until('2024-01-15', '2025-03-20', 'gregorian', 'years') AS years,
       kalends_until('2024-01-15', '2025-03-20', 'gregorian', 'months') AS months,
       kalends_until('2024-01-15', '2025-03-20', 'gregorian', 'weeks') AS weeks,
       kalends_until('2024-01-15', '2025-03-20', 'gregorian') AS days,
       kalends_until('2025-03-20', '2024-01-15', 'persian', 'years') AS backwards;

-- STRICT: NULL in any argument gives NULL.
SELECT kalends_to_date(NULL, '2025-01-01') IS NULL AS a,
       kalends_to_date('gregorian', NULL::int, 1, 1) IS NULL AS b,
       kalends_month(NULL, 'hebrew') IS NULL AS c,
       kalends_add('2025-01-01', 'gregorian', NULL) IS NULL AS d,
       kalends_format('2025-01-01', 'gregorian', 'en', NULL) IS NULL AS e,
       (kalends_parts(NULL, 'hebrew')).year IS NULL AS f;

-- The results do not depend on the session's settings.
SET DateStyle = 'SQL, DMY';
SET TimeZone = 'Pacific/Kiritimati';
SELECT kalends_to_date('persian', '1404-01-01')::text AS nowruz, kalends_month('2025-03-21', 'persian') AS month;
SET DateStyle = 'ISO, YMD';
RESET TimeZone;

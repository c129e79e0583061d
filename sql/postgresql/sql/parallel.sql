-- Parallel query: with parallel plans made free, a scan that calls kalends
-- functions runs under Gather with workers launched, and gives the serial answer.
CREATE TABLE parallel_days AS
SELECT d::date AS d FROM generate_series(date '1900-01-01', date '2100-12-31', interval '1 day') AS d;
ANALYZE parallel_days;

CREATE FUNCTION pg_temp.workers_launched(query text) RETURNS int LANGUAGE plpgsql AS $$
DECLARE
    plan json;
BEGIN
    EXECUTE 'EXPLAIN (ANALYZE, FORMAT JSON) ' || query INTO plan;
    RETURN (SELECT sum((node->>'Workers Launched')::int)
            FROM jsonb_path_query(plan::jsonb, 'strict $.**') AS node
            WHERE jsonb_typeof(node) = 'object' AND node ? 'Workers Launched');
END
$$;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;

EXPLAIN (COSTS OFF)
SELECT count(*) FROM parallel_days WHERE kalends_month(d, 'hebrew') = 7;
SELECT pg_temp.workers_launched($$SELECT count(*) FROM parallel_days WHERE kalends_month(d, 'hebrew') = 7$$) > 0
    AS workers_launched;

CREATE TEMP TABLE parallel_answer AS
SELECT kalends_year(d, 'hebrew') AS year, count(*) AS days, sum(kalends_day(d, 'persian')) AS persian_days,
       count(DISTINCT kalends_month_code(d, 'chinese')) AS chinese_codes
FROM parallel_days GROUP BY 1;

SET max_parallel_workers_per_gather = 0;
CREATE TEMP TABLE serial_answer AS
SELECT kalends_year(d, 'hebrew') AS year, count(*) AS days, sum(kalends_day(d, 'persian')) AS persian_days,
       count(DISTINCT kalends_month_code(d, 'chinese')) AS chinese_codes
FROM parallel_days GROUP BY 1;

SELECT (SELECT count(*) FROM serial_answer) AS years,
       (SELECT count(*) FROM (TABLE parallel_answer EXCEPT TABLE serial_answer) AS x) AS differ_one_way,
       (SELECT count(*) FROM (TABLE serial_answer EXCEPT TABLE parallel_answer) AS x) AS differ_other_way;
RESET ALL;
DROP TABLE parallel_days;

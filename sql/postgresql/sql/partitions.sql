-- Partition pruning: bounds written with kalends_to_date are constants to the
-- planner (an immutable function of constants is folded), so a query over a
-- Persian fiscal year scans one partition, pruned at plan time.
SET DateStyle = 'ISO, YMD';
CREATE TABLE ledger (booked date NOT NULL, amount numeric) PARTITION BY RANGE (booked);
CREATE TABLE ledger_1403 PARTITION OF ledger
    FOR VALUES FROM (kalends_to_date('persian', 1403, 1, 1)) TO (kalends_to_date('persian', 1404, 1, 1));
CREATE TABLE ledger_1404 PARTITION OF ledger
    FOR VALUES FROM (kalends_to_date('persian', 1404, 1, 1)) TO (kalends_to_date('persian', 1405, 1, 1));
CREATE TABLE ledger_1405 PARTITION OF ledger
    FOR VALUES FROM (kalends_to_date('persian', 1405, 1, 1)) TO (kalends_to_date('persian', 1406, 1, 1));
SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound
FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
WHERE i.inhparent = 'ledger'::regclass ORDER BY 1;

INSERT INTO ledger SELECT d, 1 FROM generate_series(date '2024-03-20', date '2027-03-20', interval '1 day') AS d;

EXPLAIN (COSTS OFF)
SELECT sum(amount) FROM ledger
WHERE booked >= kalends_to_date('persian', 1404, 1, 1) AND booked < kalends_to_date('persian', 1405, 1, 1);
SELECT sum(amount) AS days_in_1404 FROM ledger
WHERE booked >= kalends_to_date('persian', 1404, 1, 1) AND booked < kalends_to_date('persian', 1405, 1, 1);

-- An expression index on a calendar field serves a query on it.
CREATE INDEX ledger_1404_month ON ledger_1404 (kalends_month(booked, 'persian'));
SET enable_seqscan = off;
EXPLAIN (COSTS OFF)
SELECT count(*) FROM ledger_1404 WHERE kalends_month(booked, 'persian') = 12;
SELECT count(*) AS esfand_1404 FROM ledger_1404 WHERE kalends_month(booked, 'persian') = 12;
RESET enable_seqscan;
DROP TABLE ledger;

-- What the extension declares: every function immutable, strict and
-- parallel safe; the calendars listed; the versions.
SELECT proname, pg_get_function_identity_arguments(oid) AS arguments
FROM pg_proc
WHERE proname LIKE 'kalends%' AND (provolatile <> 'i' OR proparallel <> 's' OR NOT proisstrict);

SELECT count(*) AS functions, count(*) FILTER (WHERE obj_description(oid, 'pg_proc') IS NOT NULL) AS documented
FROM pg_proc WHERE proname LIKE 'kalends%';

SELECT name, aliases, id, kind, first_date, last_date, note IS NOT NULL AS has_note
FROM kalends_calendars() ORDER BY id;

SELECT kalends_version() = (SELECT extversion FROM pg_extension WHERE extname = 'kalends') AS version_matches,
       kalends_data_version() LIKE 'kalends 0.1.0; CLDR %' AS data_version;

-- relais fleet, migration 1: the network's figures and the kiosks' heartbeats (docs/fleet.md).
--
-- Apply with `relais fleet migrate --database URL` or `psql -v ON_ERROR_STOP=1 -1 -f` on each
-- file in order, as the database's owner. Never edit a file that has been applied somewhere:
-- add the next one. Each file records itself in fleet.schema_migration, so both ways agree.
--
-- Who may do what:
--   relais_kiosk   (no login) the group of the site roles: each site role writes only the rows
--                  of its own site (row-level security through fleet.site_account).
--   relais_reader  (no login) the group of dashboards: reads everything, writes nothing.

CREATE SCHEMA IF NOT EXISTS fleet;
CREATE TABLE IF NOT EXISTS fleet.schema_migration (
    version integer PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
);

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relais_kiosk') THEN
        CREATE ROLE relais_kiosk NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'relais_reader') THEN
        CREATE ROLE relais_reader NOLOGIN;
    END IF;
END
$$;

-- Which site each kiosk role writes for. One role per site (all the kiosks of a site may share
-- it); a role missing here writes nothing.
CREATE TABLE fleet.site_account (
    role name PRIMARY KEY,
    site text NOT NULL CHECK (site <> '')
);

-- The site of a role. SECURITY DEFINER so that site roles need no right on site_account (they
-- would see every site's role name); the policies pass `current_user`, evaluated as the caller.
CREATE FUNCTION fleet.site_of(who name) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path = pg_catalog
    AS $$ SELECT site FROM fleet.site_account WHERE role = who $$;

-- Exactly what `relais stats --csv` shows, per site and kiosk: one count per day, kind and the
-- details the kind keeps (src/domain/stats.rs, StatKind::detail). Nothing else leaves a kiosk.
CREATE TABLE fleet.daily_count (
    site text NOT NULL,
    kiosk text NOT NULL,
    day date NOT NULL,
    kind text NOT NULL,
    procedure text NOT NULL DEFAULT '',
    node text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT '',
    count bigint NOT NULL CHECK (count >= 0),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (site, kiosk, day, kind, procedure, node, language)
);

-- The last heartbeat of each kiosk (one row each, replaced at every push).
CREATE TABLE fleet.heartbeat (
    site text NOT NULL,
    kiosk text NOT NULL,
    seen_at timestamptz NOT NULL,
    content_version text NOT NULL,
    relais_version text NOT NULL,
    printer_state text NOT NULL
        CHECK (printer_state IN ('ok', 'paper-out', 'not-answering', 'error')),
    print_queue integer NOT NULL CHECK (print_queue >= 0),
    store_state text NOT NULL,
    -- the hour of the last ticket, kiosk's local time (an hour, not a minute: a time to the
    -- minute, seen from afar, could be matched to the one person at the counter)
    last_visit timestamp,
    PRIMARY KEY (site, kiosk)
);

ALTER TABLE fleet.daily_count ENABLE ROW LEVEL SECURITY;
ALTER TABLE fleet.heartbeat ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_site ON fleet.daily_count TO relais_kiosk
    USING (site = fleet.site_of(current_user))
    WITH CHECK (site = fleet.site_of(current_user));
CREATE POLICY own_site ON fleet.heartbeat TO relais_kiosk
    USING (site = fleet.site_of(current_user))
    WITH CHECK (site = fleet.site_of(current_user));
CREATE POLICY read_all ON fleet.daily_count FOR SELECT TO relais_reader USING (true);
CREATE POLICY read_all ON fleet.heartbeat FOR SELECT TO relais_reader USING (true);

REVOKE ALL ON FUNCTION fleet.site_of(name) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION fleet.site_of(name) TO relais_kiosk, relais_reader;
GRANT USAGE ON SCHEMA fleet TO relais_kiosk, relais_reader;
-- No DELETE: a site role can correct its own counts (a push sends a day's whole count again),
-- never remove them.
GRANT SELECT, INSERT, UPDATE ON fleet.daily_count, fleet.heartbeat TO relais_kiosk;
GRANT SELECT ON fleet.daily_count, fleet.heartbeat TO relais_reader;

-- ── The network's figures, for dashboards (relais_reader). Weeks start on Monday. ──

-- Visits per site and week, and how they ended.
CREATE VIEW fleet.visits_per_week AS
SELECT site,
       date_trunc('week', day)::date AS week,
       coalesce(sum(count) FILTER (WHERE kind = 'visit-started'), 0) AS visits,
       coalesce(sum(count) FILTER (WHERE kind = 'finished'), 0) AS with_ticket,
       coalesce(sum(count) FILTER (WHERE kind = 'abandoned'), 0) AS abandoned,
       coalesce(sum(count) FILTER (WHERE kind = 'idle-wipe'), 0) AS idle,
       coalesce(sum(count) FILTER (WHERE kind = 'talk-to-person'), 0) AS asked_for_person,
       coalesce(sum(count) FILTER (WHERE kind = 'sent-to-person'), 0) AS sent_to_person,
       coalesce(sum(count) FILTER (WHERE kind = 'print-ok'), 0) AS printed,
       coalesce(sum(count) FILTER (WHERE kind = 'print-failed'), 0) AS print_failed
FROM fleet.daily_count
GROUP BY site, week;

-- How visits end, one row per ending (for a pie or stacked chart).
CREATE VIEW fleet.visit_endings AS
SELECT site,
       date_trunc('week', day)::date AS week,
       CASE kind
           WHEN 'finished' THEN 'with ticket'
           WHEN 'abandoned' THEN 'gave up'
           WHEN 'idle-wipe' THEN 'left (idle)'
           WHEN 'talk-to-person' THEN 'asked for a person'
       END AS ending,
       sum(count) AS visits
FROM fleet.daily_count
WHERE kind IN ('finished', 'abandoned', 'idle-wipe', 'talk-to-person')
GROUP BY site, week, kind;

-- Procedures chosen, per site and week.
CREATE VIEW fleet.procedures AS
SELECT site, date_trunc('week', day)::date AS week, procedure, sum(count) AS chosen
FROM fleet.daily_count
WHERE kind = 'procedure-chosen'
GROUP BY site, week, procedure;

-- Languages chosen, per site and week.
CREATE VIEW fleet.languages AS
SELECT site, date_trunc('week', day)::date AS week, language, sum(count) AS chosen
FROM fleet.daily_count
WHERE kind = 'language-chosen'
GROUP BY site, week, language;

-- Where visitors stop: per node, how often it was reached and how often visitors stopped there
-- without the tree's answer (gave up, timed out, asked for a person), as `relais stats` shows.
CREATE VIEW fleet.stops AS
SELECT site,
       date_trunc('week', day)::date AS week,
       procedure,
       node,
       coalesce(sum(count) FILTER (WHERE kind = 'node-reached'), 0) AS reached,
       coalesce(sum(count) FILTER (WHERE kind = 'outcome'), 0) AS outcome,
       coalesce(sum(count) FILTER (WHERE kind IN ('abandoned', 'idle-wipe', 'talk-to-person')), 0) AS stopped,
       coalesce(sum(count) FILTER (WHERE kind = 'sent-to-person'), 0) AS sent_to_person
FROM fleet.daily_count
WHERE node <> ''
GROUP BY site, week, procedure, node;

-- Every kiosk's last heartbeat, with what is wrong with it (NULL: nothing).
CREATE VIEW fleet.kiosk_health AS
SELECT site, kiosk, seen_at, content_version, relais_version, printer_state, print_queue,
       store_state, last_visit,
       concat_ws('; ',
           CASE WHEN seen_at < now() - interval '1 hour' THEN 'not seen for an hour' END,
           CASE printer_state
               WHEN 'paper-out' THEN 'printer out of paper'
               WHEN 'not-answering' THEN 'printer not answering'
               WHEN 'error' THEN 'printer error'
           END,
           CASE WHEN store_state <> 'ok' THEN 'store ' || store_state END
       ) AS trouble
FROM fleet.heartbeat;

-- The kiosks someone should look at (`relais fleet status`).
CREATE VIEW fleet.kiosk_trouble AS
SELECT * FROM fleet.kiosk_health WHERE trouble <> '';

GRANT SELECT ON fleet.visits_per_week, fleet.visit_endings, fleet.procedures, fleet.languages,
    fleet.stops, fleet.kiosk_health, fleet.kiosk_trouble TO relais_reader;

INSERT INTO fleet.schema_migration (version) VALUES (1);

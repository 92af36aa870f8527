-- The clerks' case workspace (/desk/work, issue 15): every case a user may see, newest change first, searched by
-- case number (prefix: the unique index of V1), a party's name or a party's full ID number (index of V1), filtered
-- by kind, status and current step. Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- The default order (last change, newest first) for the bureau, and within one town.
create index ix_case_file_updated on case_file (updated_at);
create index ix_case_file_town_updated on case_file (town_slug, updated_at);
-- Open or closed cases, or one status, in the order of the last change.
create index ix_case_file_status_updated on case_file (status, updated_at);
-- A party's name: a prefix uses the index, a part of the name scans this narrow index instead of the table.
create index ix_case_party_name on case_party (full_name, case_id);
-- The current step filter (open steps of one step key) and the open steps of a page's cases.
create index ix_case_step_key_open on case_step (step_key, ended_at, case_id);
create index ix_case_step_case_open on case_step (case_id, ended_at);

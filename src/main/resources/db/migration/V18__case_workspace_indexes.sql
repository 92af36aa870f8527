-- The clerks' case workspace (/desk/work, issue 15): every case a user may see, newest change first, searched by
-- case number (prefix: the unique index of V1), a party's name or a party's full ID number (index of V1), filtered
-- by kind, status and current step. Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- The default order (last change, newest first; the case number breaks ties) for the bureau, within one town, and
-- within one status: the first page is read from the index, not sorted.
create index ix_case_file_updated on case_file (updated_at, case_number);
create index ix_case_file_town_updated on case_file (town_slug, updated_at, case_number);
create index ix_case_file_status_updated on case_file (status, updated_at, case_number);
-- A part of a party's name: each case's names are read from this narrow index, not from the table.
create index ix_case_party_case_name on case_party (case_id, full_name);
-- The current-step filter (open steps of one step key) and the open steps of a page's cases.
create index ix_case_step_key_open on case_step (step_key, ended_at, case_id);
create index ix_case_step_case_open on case_step (case_id, ended_at);

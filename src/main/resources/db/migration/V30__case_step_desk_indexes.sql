-- The deadline desk at a city's volume (issue 17): its list of open steps, its counts and charts read from indexes
-- of case_step alone, so a page of 50 costs the same at 1,000 and at 100,000 open steps. The case's kind and town are
-- copied onto its steps (neither ever changes); undated marks steps without a due date, which the list shows last.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.
alter table case_step add column case_kind varchar(32) not null default '';
alter table case_step add column town_slug varchar(32) not null default '';
alter table case_step add column undated boolean not null default false;
update case_step set
    case_kind = (select c.case_kind from case_file c where c.id = case_step.case_id),
    town_slug = (select c.town_slug from case_file c where c.id = case_step.case_id),
    undated = case when due_at is null then true else false end;
alter table case_step alter column case_kind drop default;
alter table case_step alter column town_slug drop default;
alter table case_step alter column undated drop default;

-- The bureau's page: open steps in date order (undated last; ties by kind, town and unit), read from the index. Its
-- ended_at prefix serves the ended view's period as ix_case_step_open (ended_at, due_at) did, which it replaces.
create index ix_case_step_desk on case_step (ended_at, undated, due_at, case_kind, town_slug, responsible_unit);
-- A town's clerk or supervisor: the same within the town, and the town's ended steps by period.
create index ix_case_step_desk_town on case_step (town_slug, ended_at, undated, due_at, case_kind, responsible_unit);
-- The summary and the charts: open steps counted by status per town, kind and unit, grouped in the order of this
-- index (no temporary table) and without reading the table, for the bureau and within a town.
create index ix_case_step_desk_counts on case_step (ended_at, town_slug, case_kind, responsible_unit, undated, due_at);
drop index ix_case_step_open on case_step;

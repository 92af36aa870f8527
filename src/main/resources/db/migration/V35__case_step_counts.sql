-- The deadline desk's summary and charts at a city's volume (issue 17): the open steps counted by town, case kind,
-- responsible unit and due day, so the counts by status read a few hundred rows instead of one index entry per open
-- step (150-300 ms for the bureau at 100,000). Kept by casefile.StepCounts in the transaction that opens, moves
-- or ends a step; V36 fills both tables for the steps recorded before them. Rows whose count falls to zero are removed.
-- Portable across H2 and MySQL 8 / MariaDB 10.11.
create table case_step_open_count (
    town_slug        varchar(32) not null,
    case_kind        varchar(32) not null,
    -- '' when the step is offered to no group (case_step.responsible_unit is null).
    responsible_unit varchar(32) not null,
    undated          boolean     not null,
    -- The due day in app.zone (config/application.yml); 9999-12-31 for undated steps.
    due_on           date        not null,
    open_steps       int         not null,
    primary key (town_slug, case_kind, responsible_unit, undated, due_on)
);

-- The ended-steps view's counts over a period the same way (1,000,000 ended steps read 1.7 s): the steps completed
-- with a due date, by day ended (app.zone), town, kind, unit and step, on time (ended at or before the due instant)
-- or late. A completed step never changes, so these rows only grow.
create table case_step_ended_count (
    ended_on         date        not null,
    town_slug        varchar(32) not null,
    case_kind        varchar(32) not null,
    responsible_unit varchar(32) not null,
    step_key         varchar(64) not null,
    on_time          boolean     not null,
    ended_steps      int         not null,
    primary key (ended_on, town_slug, case_kind, responsible_unit, step_key, on_time)
);

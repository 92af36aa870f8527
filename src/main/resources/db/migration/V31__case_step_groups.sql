-- 我的待办 and a liaison's reach at a city's volume (issue 17): the groups each step is offered to, one row per step
-- and group, so "the steps offered to my group", in date order, are read from an index instead of matching a
-- comma-separated list or asking the engine's task query (an OR over its identity links, 80-90 s at 100,000 open
-- tasks). Kept by CaseStep in the engine's transaction; V32 fills it for existing steps. Portable across H2 and
-- MySQL 8 / MariaDB 10.11.
alter table case_step add column assignee varchar(64) null;

create table case_step_group (
    task_id    varchar(64) not null,
    group_id   varchar(64) not null,
    case_id    varchar(36) not null,
    -- Open and not claimed by anyone: what a member of the group may take now (Camunda's candidate semantics).
    claimable  boolean     not null,
    -- The step's due date and creation, copied so the queue is read in date order from the index.
    undated    boolean     not null,
    due_at     timestamp   null,
    created_at timestamp   not null,
    primary key (task_id, group_id),
    constraint fk_case_step_group_step foreign key (task_id) references case_step (task_id)
);
-- A group's queue: its claimable steps, earliest due first, undated last.
create index ix_case_step_group_queue on case_step_group (group_id, claimable, undated, due_at, created_at, task_id);
-- A liaison's reach: the cases with a step offered to the group.
create index ix_case_step_group_case on case_step_group (group_id, case_id);
-- The steps a user has claimed or was assigned, open ones in date order.
create index ix_case_step_assignee on case_step (assignee, ended_at, undated, due_at, created_at);

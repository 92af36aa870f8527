-- Supervision (督办) of overdue steps and lawful deadline extensions (feature "supervision").

-- One row per overdue user task that was escalated. The unique overdue task id makes the escalation scan
-- idempotent: a second scan, or a scan on a second node at the same time, adds nothing.
create table supervision_item (
    id                    varchar(36)   not null primary key,
    case_id               varchar(36)   not null,
    case_number           varchar(32)   not null,
    -- The case's town: what a town's clerks and supervisors see on the desk.
    town_slug             varchar(32)   not null,
    overdue_task_id       varchar(64)   not null,
    overdue_process_key   varchar(64)   not null,
    overdue_step_key      varchar(64)   not null,
    overdue_step_name     varchar(100)  not null,
    overdue_due_at        timestamp     not null,
    -- Comma-separated candidate groups of the overdue task: they answer the 督办. responsible_group is the first.
    candidate_groups      varchar(500)  not null,
    responsible_group     varchar(64)   not null,
    -- The group that reviews the answer: the town's supervisors for a town group, else bureau-supervisor.
    supervisor_group      varchar(64)   not null,
    -- AWAITING_ANSWER (待答复), AWAITING_REVIEW (待审阅), CLOSED (已办结).
    status                varchar(20)   not null,
    raised_at             timestamp     not null,
    -- The caseSupervision process instance that carries the answer and the review.
    process_instance_id   varchar(64),
    answer                varchar(2000),
    answered_by           varchar(64),
    answered_at           timestamp     null,
    -- The reason of the latest return of an answer.
    return_reason         varchar(1000),
    return_count          int           not null,
    reviewed_by           varchar(64),
    closed_at             timestamp     null,
    constraint uk_supervision_item_task unique (overdue_task_id),
    constraint fk_supervision_item_case foreign key (case_id) references case_file (id)
);
create index ix_supervision_item_town on supervision_item (town_slug, status);
create index ix_supervision_item_process on supervision_item (process_instance_id);

-- One row per lawful extension of a step's deadline granted from the desk (config/supervision.yml lists the steps).
create table deadline_extension (
    id               varchar(36)   not null primary key,
    case_id          varchar(36)   not null,
    task_id          varchar(64)   not null,
    process_key      varchar(64)   not null,
    step_key         varchar(64)   not null,
    step_name        varchar(100)  not null,
    working_days     int           not null,
    original_due_at  timestamp     not null,
    new_due_at       timestamp     not null,
    reason           varchar(1000) not null,
    legal_basis      varchar(500)  not null,
    granted_by       varchar(64)   not null,
    granted_at       timestamp     not null,
    constraint fk_deadline_extension_case foreign key (case_id) references case_file (id)
);
create index ix_deadline_extension_case on deadline_extension (case_id, step_key);

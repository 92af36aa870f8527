-- One row per user task of a case process, open or ended: what the deadline desk lists and what the timeliness
-- indicators count. Kept by CaseTimelinePlugin in the engine's transaction (create, update of the due date,
-- complete, delete), so the desk needs no query over the engine's runtime tables.
create table case_step (
    task_id             varchar(64)  not null primary key,
    case_id             varchar(36)  not null,
    process_instance_id varchar(64)  not null,
    step_key            varchar(64)  not null,
    step_name           varchar(100) not null,
    -- Comma-separated candidate groups; responsible_unit is the town or department slug of the first one.
    candidate_groups    varchar(500),
    responsible_unit    varchar(32),
    -- The BPMN documentation of the task: its time limit and the article it comes from.
    legal_basis         varchar(500),
    created_at          timestamp    not null,
    due_at              timestamp    null,
    -- The due date the step was created with, before any lawful extension.
    original_due_at     timestamp    null,
    ended_at            timestamp    null,
    -- COMPLETED by a user, or CANCELLED (the process moved on without it: withdrawal, boundary event).
    end_kind            varchar(16),
    completed_by        varchar(64),
    constraint fk_case_step_case foreign key (case_id) references case_file (id)
);
create index ix_case_step_open on case_step (ended_at, due_at);
create index ix_case_step_case on case_step (case_id);

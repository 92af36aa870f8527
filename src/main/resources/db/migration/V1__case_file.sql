-- The project's own tables. Camunda keeps its own schema; these hold what lists, searches and reports need
-- without reading process variables. Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

create table case_file (
    id                  varchar(36)  not null primary key,
    case_number         varchar(32)  not null,
    case_kind           varchar(32)  not null,
    town_slug           varchar(32)  not null,
    status              varchar(32)  not null,
    title               varchar(200) not null,
    process_instance_id varchar(64),
    applied_on          date         not null,
    accepted_on         date,
    due_on              date,
    closed_on           date,
    outcome             varchar(32),
    created_at          timestamp    not null,
    created_by          varchar(64),
    updated_at          timestamp    not null,
    version             int          not null,
    constraint uk_case_file_number unique (case_number)
);
create index ix_case_file_kind_town_status on case_file (case_kind, town_slug, status);
create index ix_case_file_process on case_file (process_instance_id);

create table case_party (
    id               varchar(36) not null primary key,
    case_id          varchar(36) not null,
    party_role       varchar(16) not null,
    full_name        varchar(64) not null,
    id_number        varchar(18) not null,
    id_number_masked varchar(18) not null,
    birth_date       date,
    sex              varchar(8),
    constraint fk_case_party_case foreign key (case_id) references case_file (id)
);
create index ix_case_party_id_number on case_party (id_number);
create index ix_case_party_case on case_party (case_id);

create table case_event (
    id          varchar(36)   not null primary key,
    case_id     varchar(36)   not null,
    occurred_at timestamp     not null,
    actor       varchar(64),
    event_type  varchar(40)   not null,
    step_key    varchar(64),
    step_name   varchar(100),
    detail      varchar(1000),
    due_at      timestamp     null,
    constraint fk_case_event_case foreign key (case_id) references case_file (id)
);
create index ix_case_event_case on case_event (case_id, occurred_at);

create table case_number_sequence (
    case_kind  varchar(32) not null,
    case_year  int         not null,
    next_value bigint      not null,
    primary key (case_kind, case_year)
);

create table second_child_case (
    case_id              varchar(36)  not null primary key,
    condition_code       varchar(16)  not null,
    rule_version         varchar(64)  not null,
    article              varchar(200),
    eligibility_outcome  varchar(20)  not null,
    eligibility_reason   varchar(500),
    registered_facts     varchar(2000) not null,
    confirmed_rural      boolean,
    assessment           varchar(16)  not null,
    assessment_started_on date,
    correction_requested boolean      not null,
    correction_items     varchar(1000),
    extension_granted    boolean      not null,
    extension_reason     varchar(500),
    paused_working_days  int          not null,
    decision             varchar(16),
    decision_reason      varchar(1000),
    decided_on           date,
    decided_by           varchar(64),
    certificate_number   varchar(40),
    certificate_issued_on date,
    constraint fk_second_child_case foreign key (case_id) references case_file (id),
    constraint uk_second_child_certificate unique (certificate_number)
);

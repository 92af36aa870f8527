-- "两非" joint cases (process twoNonJointCase, one twoNonAgencyTrack per agency). The reporter's identity has its own
-- table, read only by the bureau (never copied into process variables or case lists). The hold stops second-child
-- approvals for a woman found to have had a non-medical termination after 14 weeks (2002 规定 art. 7).
-- Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB.

create table two_non_case (
    case_id             varchar(36)   not null primary key,
    channel             varchar(16)   not null,
    anonymous           boolean       not null,
    facts               varchar(4000) not null,
    accepted            boolean,
    acceptance_reason   varchar(1000),
    priority            boolean       not null default false,
    supervision_due_on  date,
    supervised_by       varchar(64),
    escalated_at        timestamp,
    closing_summary     varchar(4000),
    report_verified     boolean,
    reward_amount       decimal(14,2),
    reward_paid_on      date,
    reward_voucher      varchar(64),
    constraint fk_two_non_case foreign key (case_id) references case_file (id)
);

create table two_non_reporter (
    case_id             varchar(36)   not null primary key,
    reporter_name       varchar(64),
    reporter_contact    varchar(100),
    constraint fk_two_non_reporter foreign key (case_id) references two_non_case (case_id)
);

create table two_non_agency (
    id                     varchar(36)   not null primary key,
    case_id                varchar(36)   not null,
    agency                 varchar(16)   not null,
    reason                 varchar(1000) not null,
    added_on               date          not null,
    added_late             boolean       not null default false,
    findings               varchar(4000),
    evidence               varchar(4000),
    investigators          varchar(100),
    evidence_preserved_on  date,
    evidence_decided_on    date,
    evidence_decision      varchar(1000),
    crime_suspected        boolean,
    referred_on            date,
    referral_number        varchar(64),
    penalty_proposed       boolean,
    illegal_income         decimal(14,2),
    notice_served_on       date,
    hearing_requested      boolean,
    hearing_held_on        date,
    hearing_summary        varchar(1000),
    decided_on             date,
    fine                   decimal(14,2),
    decision_number        varchar(64),
    served_on              date,
    payment_due_on         date,
    paid_on                date,
    amount_paid            decimal(14,2),
    late_surcharge         decimal(14,2),
    finished               boolean       not null default false,
    summary                varchar(4000),
    constraint fk_two_non_agency_case foreign key (case_id) references two_non_case (case_id),
    constraint uk_two_non_agency unique (case_id, agency)
);

create table two_non_hold (
    id                  varchar(36)   not null primary key,
    id_number           varchar(20)   not null,
    case_number         varchar(32)   not null,
    held_from           date          not null,
    lifted_on           date,
    reason              varchar(1000)
);
create index ix_two_non_hold_id_number on two_non_hold (id_number);

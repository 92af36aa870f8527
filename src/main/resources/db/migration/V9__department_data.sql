-- Monthly data from the departments (SEED annex 3): police birth and in-migration registrations, health
-- pregnancies, births and the four surgeries, marriage registrations. An upload is one file (or one API call) for
-- one kind, town and month; each accepted row is a department_record. record_key is a hash of the row's natural
-- key, so the same row uploaded again (same file twice, or a corrected file repeating good rows) adds nothing.
create table department_upload (
    id              varchar(36)  not null primary key,
    department      varchar(32)  not null,
    record_kind     varchar(32)  not null,
    town_slug       varchar(32)  not null,
    period_month    varchar(7)   not null,
    file_name       varchar(200),
    content_sha256  varchar(64)  not null,
    channel         varchar(8)   not null,
    uploaded_by     varchar(64)  not null,
    uploaded_at     timestamp    not null,
    accepted_rows   int          not null,
    duplicate_rows  int          not null,
    rejected_rows   int          not null
);
create index ix_department_upload_period on department_upload (record_kind, town_slug, period_month);

create table department_upload_error (
    id           varchar(36)  not null primary key,
    upload_id    varchar(36)  not null,
    line_number  int          not null,
    field_name   varchar(64),
    message      varchar(500) not null,
    constraint fk_department_upload_error foreign key (upload_id) references department_upload (id)
);
create index ix_department_upload_error on department_upload_error (upload_id, line_number);

create table department_record (
    id                 varchar(36)  not null primary key,
    upload_id          varchar(36)  not null,
    record_kind        varchar(32)  not null,
    town_slug          varchar(32)  not null,
    period_month       varchar(7)   not null,
    line_number        int          not null,
    event_date         date         not null,
    -- The woman (mother, pregnant woman, person operated on, bride) or the registered person.
    subject_name       varchar(64)  not null,
    subject_id_number  varchar(18)  not null,
    subject_id_masked  varchar(18)  not null,
    -- The father, husband or groom where the kind has one.
    partner_name       varchar(64),
    partner_id_number  varchar(18),
    partner_id_masked  varchar(18),
    child_name         varchar(64),
    child_sex          varchar(8),
    birth_order        int,
    -- Kind-specific code: surgery type, migration origin division code.
    detail_code        varchar(32),
    record_key         varchar(64)  not null,
    constraint fk_department_record_upload foreign key (upload_id) references department_upload (id),
    constraint uk_department_record_key unique (record_key)
);
create index ix_department_record_kind on department_record (record_kind, town_slug, event_date);
create index ix_department_record_subject on department_record (subject_id_number);

-- One check per birth, however many departments report it (health's birth report and police's registration share
-- the birth_key: mother's ID number, date of birth, birth order). compliant is null while the town has not yet
-- resolved a flagged birth.
create table birth_check (
    birth_key             varchar(64)  not null primary key,
    town_slug             varchar(32)  not null,
    first_record_id       varchar(36)  not null,
    mother_name           varchar(64)  not null,
    mother_id_number      varchar(18)  not null,
    mother_id_masked      varchar(18)  not null,
    birth_date            date         not null,
    child_sex             varchar(8)   not null,
    birth_order           int          not null,
    -- FIRST_CHILD, APPROVED (matching second-child approval), UNMATCHED (flagged for the town)
    outcome               varchar(16)  not null,
    compliant             boolean,
    second_child_case_id  varchar(36),
    -- For flagged births: OPEN, FEE_CASE_OPENED, CLEARED (found compliant by hand, with a note)
    flag_status           varchar(20),
    fee_case_id           varchar(36),
    resolved_by           varchar(64),
    resolved_at           timestamp    null,
    resolution_note       varchar(500),
    checked_at            timestamp    not null,
    constraint fk_birth_check_record foreign key (first_record_id) references department_record (id)
);
create index ix_birth_check_town on birth_check (town_slug, birth_date);
create index ix_birth_check_mother on birth_check (mother_id_number);

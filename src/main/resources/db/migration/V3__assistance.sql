-- 奖励扶助资格确认 (case kind 2): the case details, the register of entitlements and the payments made on them.
-- Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

create table assistance_case (
    case_id                   varchar(36)   not null primary key,
    scheme                    varchar(32)   not null,
    sub_type                  varchar(16),
    village                   varchar(40)   not null,
    rule_version              varchar(100)  not null,
    article                   varchar(300),
    eligibility_outcome       varchar(20)   not null,
    eligibility_reason        varchar(500),
    registered_facts          varchar(4000) not null,
    confirmed_applicant_hukou varchar(16),
    confirmed_spouse_hukou    varchar(16),
    hukou_certificate_number  varchar(40),
    death_certificate_number  varchar(40),
    child_status_proven       boolean,
    hr_confirmation           varchar(16),
    hr_confirmed_retirement   date,
    village_objections        int           not null,
    town_objections           int           not null,
    decision                  varchar(16),
    decision_reason           varchar(1000),
    decided_on                date,
    decided_by                varchar(64),
    constraint fk_assistance_case foreign key (case_id) references case_file (id)
);

-- One row per confirmed entitlement. active_key is "<ID number>|<scheme>" while the entitlement counts (ACTIVE, and
-- for the one-off award for ever), NULL once it has stopped: the unique constraint is the database's guarantee that
-- one ID number never holds two active entitlements under one scheme (both H2 and MySQL allow many NULLs in a
-- unique index).
create table assistance_entitlement (
    id               varchar(36)   not null primary key,
    case_id          varchar(36)   not null,
    id_number        varchar(18)   not null,
    id_number_masked varchar(18)   not null,
    full_name        varchar(64)   not null,
    scheme           varchar(32)   not null,
    sub_type         varchar(16),
    from_date        date          not null,
    until_date       date,
    amount           decimal(12,2) not null,
    rate_unit        varchar(24)   not null,
    rate_year        int           not null,
    rate_provisional boolean       not null,
    town_slug        varchar(32)   not null,
    status           varchar(16)   not null,
    active_key       varchar(60),
    created_at       timestamp     not null,
    constraint fk_assistance_entitlement_case foreign key (case_id) references case_file (id),
    constraint uk_assistance_entitlement_active unique (active_key)
);
create index ix_assistance_entitlement_person on assistance_entitlement (id_number, scheme);

-- What finance transferred to the agent bank for one entitlement and year, and the bank's credit to the person.
-- One transfer per entitlement and year: a second one is refused by the unique constraint.
create table assistance_payment (
    id                  varchar(36)   not null primary key,
    entitlement_id      varchar(36)   not null,
    pay_year            int           not null,
    amount              decimal(12,2) not null,
    transfer_reference  varchar(40)   not null,
    transferred_on      date          not null,
    transfer_recorded_by varchar(64),
    credited_on         date,
    bank_reference      varchar(40),
    credit_recorded_by  varchar(64),
    constraint fk_assistance_payment_entitlement foreign key (entitlement_id) references assistance_entitlement (id),
    constraint uk_assistance_payment_year unique (entitlement_id, pay_year)
);

-- 变更: a request to stop an entitlement from a date (death, hukou moved out, another child, ...), confirmed by the
-- bureau. At most one open request per entitlement (pending_key = entitlement id while PENDING, NULL after).
create table assistance_change (
    id              varchar(36)   not null primary key,
    entitlement_id  varchar(36)   not null,
    reason          varchar(24)   not null,
    effective_date  date          not null,
    evidence        varchar(200)  not null,
    status          varchar(16)   not null,
    pending_key     varchar(36),
    requested_by    varchar(64),
    requested_at    timestamp     not null,
    decided_by      varchar(64),
    decided_on      date,
    decision_reason varchar(1000),
    constraint fk_assistance_change_entitlement foreign key (entitlement_id) references assistance_entitlement (id),
    constraint uk_assistance_change_pending unique (pending_key)
);

-- 年度核查: one run per year starts a re-verification for every current beneficiary, in batches. The run row shows
-- the progress; the item rows make a restarted run skip the beneficiaries already started.
create table assistance_reverification_run (
    verification_year int          not null primary key,
    total             int          not null,
    started           int          not null,
    status            varchar(16)  not null,
    started_by        varchar(64),
    started_at        timestamp    not null,
    finished_at       timestamp    null,
    failure           varchar(1000)
);

create table assistance_reverification_item (
    id                varchar(36) not null primary key,
    verification_year int         not null,
    entitlement_id    varchar(36) not null,
    process_instance_id varchar(64) not null,
    constraint fk_assistance_reverification_entitlement foreign key (entitlement_id) references assistance_entitlement (id),
    constraint uk_assistance_reverification_item unique (verification_year, entitlement_id)
);

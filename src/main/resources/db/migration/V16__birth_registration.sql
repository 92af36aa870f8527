-- 生育登记 (birth registration, case kind BIRTH_REGISTRATION, process birthRegistration): what a registration
-- records beyond case_file and case_party (the spouses). The certificate (《生育服务证》) number is unique.
create table birth_registration_case (
    case_id                   varchar(36)   not null primary key,
    -- which town the couple registers at, and why: WIFE_HUKOU, HUSBAND_HUKOU, WIFE_RESIDENCE, HUSBAND_RESIDENCE
    town_basis                varchar(20)   not null,
    town_basis_address        varchar(100)  not null,
    marriage_date             date          not null,
    birth_order               int           not null,
    -- BEFORE_BIRTH (birth_date is the expected date) or AFTER_BIRTH (补登; birth_date is the birth date)
    birth_timing              varchar(16)   not null,
    birth_date                date          not null,
    identity_seen             boolean       not null,
    marriage_certificate_seen boolean       not null,
    -- 承诺制: a personal commitment stands in for a proof that could not be checked
    commitment_given          boolean       not null,
    commitment_items          varchar(200),
    contact_phone             varchar(20)   not null,
    -- the rule of the decision table birthRegistrationEligibility applied at registration
    article                   varchar(200)  not null,
    rule_reason               varchar(500)  not null,
    decision                  varchar(16),
    refusal_reasons           varchar(1000),
    decided_on                date,
    decided_by                varchar(64),
    certificate_number        varchar(40),
    refusal_notice            varchar(2000),
    constraint fk_birth_registration_case foreign key (case_id) references case_file (id),
    constraint uk_birth_registration_certificate unique (certificate_number)
);
create index ix_birth_registration_order on birth_registration_case (birth_order);

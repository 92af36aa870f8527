-- 流动人口婚育证明 (case kind MIGRANT_CERTIFICATE, process migrantCertificate): what an application records beyond
-- case_file and case_party (the woman as APPLICANT, her husband as HUSBAND). 《流动人口计划生育工作条例》 art. 7:
-- marital status, spouse, childbearing and contraception are on the certificate. The certificate number is unique.
create table migrant_certificate_case (
    case_id                   varchar(36)   not null primary key,
    hukou_address             varchar(100)  not null,
    -- UNMARRIED, MARRIED, DIVORCED, WIDOWED
    marital_status            varchar(16)   not null,
    marriage_date             date,
    children_count            int           not null,
    contraception             varchar(100),
    -- OTHER_PROVINCE, OTHER_CITY_IN_JIANGSU (art. 2: a move between Changzhou's districts makes no migrant)
    destination               varchar(32)   not null,
    destination_address       varchar(100)  not null,
    departure_date            date          not null,
    identity_seen             boolean       not null,
    marriage_certificate_seen boolean       not null,
    contact_phone             varchar(20)   not null,
    -- the read-only summary of the case file (second-child approvals, birth registrations, fees, two-non holds)
    -- as the clerk saw it, kept with the decision
    case_file_facts           varchar(2000),
    decision                  varchar(16),
    refusal_reasons           varchar(1000),
    decided_on                date,
    decided_by                varchar(64),
    certificate_number        varchar(40),
    valid_until               date,
    refusal_notice            varchar(2000),
    constraint fk_migrant_certificate_case foreign key (case_id) references case_file (id),
    constraint uk_migrant_certificate_number unique (certificate_number)
);

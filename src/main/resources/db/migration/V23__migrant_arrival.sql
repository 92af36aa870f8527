-- 流入人口婚育证明查验 (case kind MIGRANT_ARRIVAL, process migrantArrival): a migrant woman registered at her town of
-- residence (《流动人口计划生育工作条例》 art. 8): her certificate (issuing place, number) or none; for none, the day
-- the 30-day period ends and the town's follow-up (PRESENTED late, or NOTIFIED to obtain one within 3 months,
-- art. 23; no fine: the 条例 gives none).
create table migrant_arrival_case (
    case_id                  varchar(36)   not null primary key,
    arrival_date             date          not null,
    hukou_place              varchar(100)  not null,
    residence_address        varchar(100)  not null,
    employer                 varchar(100),
    certificate_presented    boolean       not null,
    certificate_issuer       varchar(100),
    certificate_number       varchar(40),
    certificate_valid_until  date,
    services_informed        boolean       not null,
    services_note            varchar(100),
    submission_due           date,
    follow_up_outcome        varchar(16),
    make_up_due              date,
    followed_up_on           date,
    followed_up_by           varchar(64),
    constraint fk_migrant_arrival_case foreign key (case_id) references case_file (id)
);

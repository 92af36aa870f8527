-- Arrivals reported by the towns' HR stations (issue 20, point 2): a hired migrant woman of childbearing age in an
-- accepted HIRING_CHECK row opens a migrantArrival case for the town once. The key (town, ID number) is what makes it
-- once: a second upload of the same worker, a corrected file, or two nodes accepting rows at the same moment find the
-- row taken and open nothing (《流动人口计划生育工作条例》 art. 8, 9; SEED annex 3, 人力资源和社会保障局).
create table migrant_arrival_report (
    town_slug             varchar(32)  not null,
    migrant_id_number     varchar(18)  not null,
    department_record_id  varchar(36)  not null,
    case_id               varchar(36),
    reported_at           timestamp    not null,
    constraint pk_migrant_arrival_report primary key (town_slug, migrant_id_number),
    constraint fk_migrant_arrival_report_record foreign key (department_record_id) references department_record (id)
);

-- Where a registration came from: TOWN (the clerk's start form or the API) or HR_REPORT (an HR station's check), and
-- for the latter the row of department data it came from.
alter table migrant_arrival_case add column registration_source varchar(16) default 'TOWN' not null;
alter table migrant_arrival_case add column department_record_id varchar(36);

-- The arrivals list of the API and the exchange export read by town and arrival date.
create index ix_migrant_arrival_case_arrival on migrant_arrival_case (arrival_date);

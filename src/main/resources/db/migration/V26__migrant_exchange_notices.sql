-- Notices received from other places about migrants ("一盘棋", issue 20 point 4; 《流动人口计划生育工作条例》 art. 6:
-- the towns of the hukou place and of the place of residence exchange family-planning information). Each imported row
-- is recorded on the case it concerns (case_event) and here once: the key is the sending place with its own notice
-- number, so a file imported again records nothing twice.
create table migrant_exchange_import (
    notice_key      varchar(64)   not null primary key,
    sender          varchar(100)  not null,
    notice_number   varchar(40)   not null,
    notice_subject  varchar(32)   not null,
    notice_date     date          not null,
    case_id         varchar(36)   not null,
    town_slug       varchar(32)   not null,
    imported_by     varchar(64)   not null,
    imported_at     timestamp     not null,
    constraint fk_migrant_exchange_import_case foreign key (case_id) references case_file (id)
);
create index ix_migrant_exchange_import_case on migrant_exchange_import (case_id);

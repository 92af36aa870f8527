-- The workspace's search by a part of a name at a city's volume (issue 17): each party's name parts (every run of up
-- to 10 consecutive characters, NameParts) with the party's case, so "钱淑" is an index lookup instead of a
-- like '%钱淑%' over every party (300,000 and more). Written with the party (CaseParty); V34 fills it for existing
-- parties. Portable across H2 and MySQL 8 / MariaDB 10.11.
create table case_party_name_part (
    party_id varchar(36) not null,
    part     varchar(10) not null,
    case_id  varchar(36) not null,
    primary key (party_id, part, case_id),
    constraint fk_case_party_name_part_party foreign key (party_id) references case_party (id)
);
create index ix_case_party_name_part on case_party_name_part (part, case_id);

-- Running several nodes on one database (issue 18): what a check-then-insert cannot guarantee, the database does.

-- One open case per person and kind. A registering service claims a key ("SECOND_CHILD:<wife's ID number>",
-- "BIRTH_REGISTRATION:<ID number>" for each spouse, "ASSISTANCE:<scheme>:<applicant's ID number>") in the same
-- transaction as the case; the primary key refuses a second claim of the same key, also when two nodes register the
-- same application at the same moment. Closing the case (a final status) gives the key back.
create table case_open_claim (
    claim_key varchar(80) not null primary key,
    case_id   varchar(36) not null
);
create index ix_case_open_claim_case on case_open_claim (case_id);

-- The claims of the cases open when this runs (one per key: the oldest case keeps it, should duplicates exist).
insert into case_open_claim (claim_key, case_id)
select claim_key, min(case_id) from (
    select concat('SECOND_CHILD:', p.id_number) as claim_key, c.id as case_id
      from case_file c join case_party p on p.case_id = c.id
     where c.case_kind = 'SECOND_CHILD' and p.party_role = 'WIFE'
       and c.status not in ('REFUSED', 'WITHDRAWN', 'CLOSED', 'PAID', 'ENFORCED', 'QUASHED', 'DISMISSED',
                            'NOT_ACCEPTED', 'BIRTH_REGISTERED', 'REGISTRATION_REFUSED')
    union all
    select concat('BIRTH_REGISTRATION:', p.id_number), c.id
      from case_file c join case_party p on p.case_id = c.id
     where c.case_kind = 'BIRTH_REGISTRATION' and p.party_role in ('WIFE', 'HUSBAND')
       and c.status not in ('REFUSED', 'WITHDRAWN', 'CLOSED', 'PAID', 'ENFORCED', 'QUASHED', 'DISMISSED',
                            'NOT_ACCEPTED', 'BIRTH_REGISTERED', 'REGISTRATION_REFUSED')
    union all
    select concat(concat(concat('ASSISTANCE:', a.scheme), ':'), p.id_number), c.id
      from case_file c join case_party p on p.case_id = c.id join assistance_case a on a.case_id = c.id
     where c.case_kind = 'ASSISTANCE' and p.party_role = 'BENEFICIARY'
       and c.status not in ('REFUSED', 'WITHDRAWN', 'CLOSED', 'PAID', 'ENFORCED', 'QUASHED', 'DISMISSED',
                            'NOT_ACCEPTED', 'BIRTH_REGISTERED', 'REGISTRATION_REFUSED')
) open_cases
group by claim_key;

-- Named rows that nodes lock (select ... for update) to do something one at a time across the cluster: the seeding
-- of groups, authorizations and filters at start-up.
create table app_lock (
    lock_name varchar(64) not null primary key
);
insert into app_lock (lock_name) values ('startup-seeding');

-- More of the departments' monthly data (V9 stays as it is: indicators are computed from its columns).
-- department_record: the child's document (police: the child's ID number; health: the birth medical certificate
-- number), and for births the birth_key of the birth_check it reports.
alter table department_record add column child_document varchar(20);
alter table department_record add column birth_key varchar(64);
create index ix_department_record_birth on department_record (birth_key);

-- birth_check: what a fee case opened from a flagged birth needs besides the mother (the father and the child), and
-- which kinds reported the birth (BIRTH and/or BIRTH_REGISTRATION, comma-separated).
alter table birth_check add column father_name varchar(64);
alter table birth_check add column father_id_number varchar(18);
alter table birth_check add column father_id_masked varchar(18);
alter table birth_check add column child_name varchar(64);
alter table birth_check add column child_document varchar(20);
alter table birth_check add column reported_kinds varchar(64);

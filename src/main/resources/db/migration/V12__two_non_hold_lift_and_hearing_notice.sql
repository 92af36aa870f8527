-- 两非 gaps (issue 5). The date the party was told the time and place of a hearing (《行政处罚法》1996 第四十二条:
-- seven days before the hearing), and who lifted a hold on second-child approvals and why (the lift is also in the
-- case timeline, case_event). Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB.
alter table two_non_agency add column hearing_notified_on date;
alter table two_non_hold add column lifted_by varchar(64);
alter table two_non_hold add column lift_reason varchar(1000);

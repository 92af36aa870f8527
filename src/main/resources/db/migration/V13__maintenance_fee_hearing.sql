-- 社会抚养费: the hearing (听证) the bureau may offer in the prior notice (app.maintenance-fee.hearing-offered,
-- config/maintenance-fee.yml; 357号令 does not require one, 行政处罚法 1996 art. 42 is followed when it is offered).
-- Whether the notice offered it and until when it may be asked for; the request as recorded at 陈述申辩复核; the
-- hearing: when the party was told its time and place (7 days ahead), when it was held, who chaired it (not an
-- investigator), its record, and whether it changed the facts or the multiple. Portable across H2 and MySQL/MariaDB.
alter table maintenance_fee_case add column hearing_offered boolean;
alter table maintenance_fee_case add column hearing_request_until date;
alter table maintenance_fee_case add column hearing_requested boolean;
alter table maintenance_fee_case add column hearing_requested_on date;
alter table maintenance_fee_case add column hearing_notified_on date;
alter table maintenance_fee_case add column hearing_held_on date;
alter table maintenance_fee_case add column hearing_officer varchar(64);
alter table maintenance_fee_case add column hearing_record varchar(1000);
alter table maintenance_fee_case add column hearing_changed boolean;

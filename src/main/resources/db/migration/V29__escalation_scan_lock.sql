-- The daily escalation scan (督办) is started by whichever node's schedule fires first: the nodes take this lock row
-- in turn and only the first finds no scan of the day (supervision.EscalationScans).
insert into app_lock (lock_name) values ('escalation-scan');

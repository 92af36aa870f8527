-- Where each case change came from: client address and truncated user agent of the HTTP request that made it
-- ("ip=...; ua=..."), or "system" for engine jobs such as timers. Earlier entries stay empty (unknown).
alter table case_event add column source varchar(255);

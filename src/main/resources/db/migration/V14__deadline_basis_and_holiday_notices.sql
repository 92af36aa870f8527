-- What a due date was counted from (start+amount+unit, e.g. 2026-12-20+20+WORKING_DAYS), so it can be counted
-- again when a year's holiday arrangement is published or changed (feature "calendar").
alter table case_step add due_basis varchar(40);
alter table case_file add due_basis varchar(40);

-- Each publication of a year's State Council holiday notice on the desk: the text as pasted, the arrangement parsed
-- from it (JSON), who confirmed it and when. The newest row of a year is in force and wins over a file of that year.
create table holiday_notice (
    id              varchar(36)   not null primary key,
    notice_year     int           not null,
    title           varchar(200)  not null,
    notice_text     text          not null,
    arrangement     text          not null,
    published_by    varchar(64)   not null,
    published_at    timestamp     not null,
    -- How many open deadlines were counted again, and how many could not be (no basis stored): for the record.
    recalculated    int           not null,
    not_recalculated int          not null
);
create index ix_holiday_notice_year on holiday_notice (notice_year, published_at);

-- What a timer's due date was counted from (a posting period, a payment deadline), written by the engine command that
-- created the timer (calendar/TimerDueBases); rows of timers that fired are removed when deadlines are counted again.
create table timer_due_basis (
    job_id              varchar(64)  not null primary key,
    process_instance_id varchar(64),
    due_basis           varchar(40)  not null
);

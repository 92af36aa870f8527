-- Bank accounts at intake and finance's transfer per payout list (issue 3).
-- Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.

-- The agent bank (代发银行, a code of config/assistance.yml app.assistance-bank.agent-banks) and the account number
-- taken at intake, corrected by the town at its review; copied into the entitlement when the bureau confirms it.
-- The full number is kept here and in the register only (finance hands it to the agent bank); lists mask it.
alter table assistance_case add column agent_bank varchar(16);
alter table assistance_case add column bank_account varchar(40);
alter table assistance_entitlement add column agent_bank varchar(16);

-- One transfer by finance to the agent bank for a whole payout list (year; all towns or one town; optionally one
-- scheme or one agent bank). It creates one assistance_payment row per person on the list not yet transferred for
-- that year (so the bank's credit is still recorded per person); a list with nothing left to transfer is refused,
-- and a transfer reference is used once per year.
create table assistance_transfer (
    id                 varchar(36)   not null primary key,
    pay_year           int           not null,
    town_slug          varchar(32),
    scheme             varchar(32),
    agent_bank         varchar(16),
    transfer_reference varchar(40)   not null,
    transferred_on     date          not null,
    persons            int           not null,
    amount             decimal(14,2) not null,
    recorded_by        varchar(64),
    recorded_at        timestamp     not null,
    constraint uk_assistance_transfer_reference unique (pay_year, transfer_reference)
);
alter table assistance_payment add column transfer_id varchar(36);
alter table assistance_payment add constraint fk_assistance_payment_transfer foreign key (transfer_id)
    references assistance_transfer (id);

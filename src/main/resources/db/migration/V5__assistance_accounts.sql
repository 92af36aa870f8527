-- The beneficiary's account at the agent bank (委托发放机构), for finance's payout list. Nullable: the intake does not
-- collect it yet, and entitlements registered before this column have none; the payout list then shows 未登记.
-- Portable across H2 (MODE=MySQL) and MySQL 8 / MariaDB 10.11.
alter table assistance_entitlement add column bank_account varchar(40);

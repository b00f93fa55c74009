-- Sign-in throttling moves out of user_account into its own table, for three reasons:
--  * the counters are changed by one atomic statement each (insert ... on conflict ... returning),
--    never by a read-modify-write of the JPA entity, so parallel attempts lose no update;
--  * failed sign-ins no longer bump user_account.version, which the administrator's forms carry
--    (a burst of wrong passwords used to turn the administrator's password reset into a 409);
--  * the key is the typed name (existing or not) or the client address, so unknown names are
--    throttled exactly like real ones and the answer reveals nothing about which accounts exist.
create table login_throttle (
    throttle_key  varchar(200) primary key,
    -- attempts counted since the last lock or success; an attempt counts before its password is checked
    failures      int          not null default 0,
    -- how many locks in a row; the next lock lasts base * 2^lock_level (capped)
    lock_level    int          not null default 0,
    locked_until  timestamptz,
    updated_at    timestamptz  not null default now()
);

insert into login_throttle (throttle_key, failures, lock_level, locked_until)
select 'account:' || lower(username), 0, 1, locked_until
from user_account
where locked_until is not null and locked_until > now();

alter table user_account drop column failed_login_count;
alter table user_account drop column locked_until;

-- Changed whenever what a signed-in session relies on changes (password, active, role, node):
-- every request compares the stamp its session was signed in with against this column.
alter table user_account add column security_stamp bigint not null default 0;

-- Every change an administrator makes to a province's PAR INDEX rule: who, when, and each value
-- that changed, old → new. On the creation of a province's row the old values are those of the
-- rule that applied until then (the default), so the history says what the province departed from.
create table par_index_rule_change (
    id          bigserial primary key,
    rule_id     bigint       not null references par_index_rule (id) on delete cascade,
    action      varchar(10)  not null check (action in ('CREATED', 'CHANGED')),
    actor_id    bigint,
    actor_name  varchar(160) not null,
    at          timestamptz  not null
);
create index par_index_rule_change_rule_idx on par_index_rule_change (rule_id, at desc);

create table par_index_rule_change_value (
    change_id  bigint        not null references par_index_rule_change (id) on delete cascade,
    field      varchar(40)   not null,
    position   int           not null,
    old_value  numeric(6, 2),
    new_value  numeric(6, 2) not null,
    primary key (change_id, field)
);

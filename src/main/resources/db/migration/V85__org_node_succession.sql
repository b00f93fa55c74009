-- Dated succession of organisation nodes (issue 13, ADR 0015). A node keeps every name it had:
-- org_node holds the name in force and since when (name_since, null: since the node was entered),
-- org_node_name the earlier ones with the days they were valid. An ended node (merged, split,
-- dissolved) stays in the tree, inactive, with the last day it existed.
alter table org_node add column name_since date;
alter table org_node add column ended_on date;

create table org_node_name (
    id          bigserial primary key,
    node_id     bigint       not null references org_node (id),
    name        varchar(255) collate public.vi not null,
    short_name  varchar(80) collate public.vi,
    valid_from  date,
    valid_to    date         not null,
    decision    varchar(120) not null,
    constraint org_node_name_dates check (valid_from is null or valid_from <= valid_to)
);
create index org_node_name_node_idx on org_node_name (node_id, valid_to);

-- One change of the tree by its legal act: a rename, a move, a merge (predecessors -> one
-- successor), a split (one predecessor -> successors, the first of them the main one) or a
-- dissolution, effective on a date. Append-only.
create table org_node_succession (
    id               bigserial primary key,
    kind             varchar(10)  not null check (kind in ('RENAME', 'MOVE', 'MERGE', 'SPLIT', 'DISSOLVE')),
    node_id          bigint       not null references org_node (id),
    effective_date   date         not null,
    decision         varchar(120) not null,
    old_value        varchar(255),
    new_value        varchar(255),
    recorded_by_id   bigint,
    recorded_by_name varchar(160) not null,
    recorded_at      timestamptz  not null,
    version          bigint       not null default 0
);
create index org_node_succession_node_idx on org_node_succession (node_id);

-- Who precedes whom from the date on: a successor's rollups reach its predecessors' reports
-- before the date. main: the successor that takes the predecessor's users, drafts and deadlines.
create table org_node_succession_link (
    succession_id   bigint  not null references org_node_succession (id),
    predecessor_id  bigint  not null references org_node (id),
    successor_id    bigint  not null references org_node (id),
    main            boolean not null,
    primary key (succession_id, predecessor_id, successor_id)
);
create index org_node_succession_link_successor_idx on org_node_succession_link (successor_id);
create index org_node_succession_link_predecessor_idx on org_node_succession_link (predecessor_id);

-- What moved with the change, as each owning module reported it (users, open drafts, deadlines,
-- units below): the history line of the transfer.
create table org_node_succession_transfer (
    succession_id  bigint       not null references org_node_succession (id),
    position       int          not null,
    from_node_id   bigint       not null references org_node (id),
    to_node_id     bigint       not null references org_node (id),
    what           varchar(60)  not null,
    amount         int          not null,
    primary key (succession_id, position)
);

-- Organisation tree: province -> agencies -> units -> sub-units. The materialised path
-- ("/1/7/42/") makes "this node and everything below it" one indexed prefix match.
create table org_node (
    id          bigserial primary key,
    code        varchar(40)  not null,
    name        varchar(255) not null,
    short_name  varchar(80),
    kind        varchar(20)  not null check (kind in ('PROVINCE', 'AGENCY', 'UNIT', 'SUB_UNIT')),
    parent_id   bigint references org_node (id),
    path        varchar(1000) not null,
    depth       int          not null,
    active      boolean      not null default true,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint org_node_code_unique unique (code)
);
create index org_node_parent_idx on org_node (parent_id);
create index org_node_path_idx on org_node (path varchar_pattern_ops);

create table user_account (
    id                  bigserial primary key,
    username            varchar(60)  not null,
    full_name           varchar(160) not null,
    email               varchar(160),
    org_node_id         bigint       not null references org_node (id),
    role                varchar(20)  not null check (role in ('ADMIN', 'OFFICE', 'LEADER', 'UNIT', 'REVIEWER')),
    password_hash       varchar(200) not null,
    active              boolean      not null default true,
    failed_login_count  int          not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    version             bigint       not null default 0,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now()
);
create unique index user_account_username_unique on user_account (lower(username));
create index user_account_org_node_idx on user_account (org_node_id);

-- Annual communication plans. Every version of a plan is a row; versions of one plan share a
-- lineage_id. Ordered parts (purposes, content items, forms, duties, recipients, ...) are rows
-- of plan_item; lettering and numbering are computed from position, never stored.
create table plan (
    id                 bigserial primary key,
    lineage_id         uuid         not null,
    version_no         int          not null default 1,
    issuing_node_id    bigint       not null references org_node (id),
    parent_plan_id     bigint references plan (id),
    status             varchar(20)  not null check (status in ('DRAFT', 'SUBMITTED', 'ISSUED', 'SUPERSEDED', 'CLOSED')),
    plan_year          int          not null,
    doc_number         varchar(20),
    doc_symbol         varchar(40),
    place              varchar(120),
    issue_date         date,
    title              varchar(1000) not null,
    parent_body        varchar(255),
    issuing_body       varchar(255),
    intro              text,
    budget             text,
    reporting_duty     text,
    closing            text,
    archive_line       varchar(255),
    signer_authority   varchar(255),
    signer_name        varchar(160),
    return_reason      text,
    created_by         bigint,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0
);
create index plan_issuing_node_idx on plan (issuing_node_id, plan_year);
create index plan_parent_idx on plan (parent_plan_id);
create index plan_lineage_idx on plan (lineage_id, version_no);
create index plan_year_status_idx on plan (plan_year, status);

create table plan_item (
    id          bigserial primary key,
    plan_id     bigint       not null references plan (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('LEGAL_BASIS', 'PURPOSE', 'REQUIREMENT', 'AUDIENCE', 'CONTENT',
                                                      'FORM', 'SOLUTION', 'DUTY', 'RECIPIENT')),
    position    int          not null,
    heading     varchar(500),
    body        text         not null,
    item_key    uuid         not null
);
create index plan_item_plan_idx on plan_item (plan_id, kind, position);

create table plan_activity (
    id                   bigserial primary key,
    plan_id              bigint       not null references plan (id) on delete cascade,
    activity_key         uuid         not null,
    parent_activity_key  uuid,
    content_item_key     uuid,
    position             int          not null,
    name                 varchar(1000) not null,
    lead_node_id         bigint       not null references org_node (id),
    audience             varchar(500),
    output_product       varchar(500),
    quarters             varchar(10)  not null default '',
    due_date             date
);
create index plan_activity_plan_idx on plan_activity (plan_id, position);
create index plan_activity_lead_idx on plan_activity (lead_node_id);
create index plan_activity_key_idx on plan_activity (activity_key);
create index plan_activity_parent_key_idx on plan_activity (parent_activity_key);

create table plan_activity_channel (
    activity_id  bigint not null references plan_activity (id) on delete cascade,
    channel_id   bigint not null references catalog_channel (id),
    primary key (activity_id, channel_id)
);

create table plan_activity_cooperator (
    activity_id  bigint not null references plan_activity (id) on delete cascade,
    node_id      bigint not null references org_node (id),
    primary key (activity_id, node_id)
);
create index plan_activity_cooperator_node_idx on plan_activity_cooperator (node_id);

create table plan_activity_target (
    activity_id   bigint  not null references plan_activity (id) on delete cascade,
    indicator_id  bigint  not null references catalog_indicator (id),
    target        int     not null check (target >= 0),
    primary key (activity_id, indicator_id)
);

-- Every transition and edit of a plan: who, when, why, what changed.
create table plan_event (
    id           bigserial primary key,
    plan_id      bigint       not null references plan (id) on delete cascade,
    action       varchar(20)  not null,
    actor_id     bigint,
    actor_name   varchar(160) not null,
    at           timestamptz  not null default now(),
    reason       text,
    details      text
);
create index plan_event_plan_idx on plan_event (plan_id, at);

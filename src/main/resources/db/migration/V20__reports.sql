-- Periodic unit reports (Báo cáo kết quả). One report per unit, plan lineage (all versions of
-- one plan) and period. Figures are increments for the stretch since the previous period's
-- cut-off; cumulative values are summed on read, so nothing is typed twice.

-- The units' submission deadline per issuing node, year and period, when the office changed
-- the default (cut-off + 2 working days). No row means the default.
create table report_deadline (
    id           bigserial primary key,
    node_id      bigint      not null references org_node (id),
    plan_year    int         not null,
    period       varchar(8)  not null check (period in ('Q1', 'H1', 'M9', 'YEAR')),
    deadline     date        not null,
    version      bigint      not null default 0,
    constraint report_deadline_unique unique (node_id, plan_year, period)
);

create table unit_report (
    id                  bigserial primary key,
    unit_node_id        bigint       not null references org_node (id),
    plan_node_id        bigint       not null references org_node (id),
    plan_lineage_id     uuid         not null,
    plan_id             bigint       not null references plan (id),
    plan_year           int          not null,
    period              varchar(8)   not null check (period in ('Q1', 'H1', 'M9', 'YEAR')),
    status              varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')),
    results_summary     text,
    shortcomings        text,
    difficulties        text,
    proposals           text,
    next_tasks          text,
    return_reason       text,
    first_submitted_at  timestamptz,
    submitted_at        timestamptz,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    version             bigint       not null default 0,
    constraint unit_report_unique unique (unit_node_id, plan_lineage_id, period)
);
-- The follow-up page reads every report of one lineage and period in one query.
create index unit_report_lineage_period_idx on unit_report (plan_lineage_id, period);
create index unit_report_plan_node_idx on unit_report (plan_node_id, plan_year);

-- Per activity of the report; activity_key is the plan activity's key (stable across plan
-- versions). Names are copied so that an accepted report keeps the words it was filed with.
create table unit_report_entry (
    id              bigserial primary key,
    report_id       bigint        not null references unit_report (id) on delete cascade,
    activity_key    uuid          not null,
    position        int           not null,
    content_label   varchar(20),
    activity_name   varchar(1000) not null,
    status          varchar(12)   check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    drop_reason     text,
    evidence        text,
    note            text,
    constraint unit_report_entry_unique unique (report_id, activity_key)
);

create table unit_report_figure (
    entry_id      bigint  not null references unit_report_entry (id) on delete cascade,
    indicator_id  bigint  not null references catalog_indicator (id),
    amount        int     not null check (amount >= 0),
    primary key (entry_id, indicator_id)
);

-- Evidence files live in the database so that a restart and a second app instance see them.
create table unit_report_file (
    id            bigserial primary key,
    report_id     bigint        not null references unit_report (id) on delete cascade,
    activity_key  uuid          not null,
    file_name     varchar(255)  not null,
    content_type  varchar(100)  not null,
    size_bytes    int           not null,
    content       bytea         not null,
    uploaded_by   varchar(160)  not null,
    uploaded_at   timestamptz   not null default now()
);
create index unit_report_file_report_idx on unit_report_file (report_id);

create table unit_report_event (
    id          bigserial primary key,
    report_id   bigint       not null references unit_report (id) on delete cascade,
    action      varchar(20)  not null,
    actor_id    bigint,
    actor_name  varchar(160) not null,
    at          timestamptz  not null default now(),
    reason      text
);
create index unit_report_event_report_idx on unit_report_event (report_id, at);

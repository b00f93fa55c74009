-- Consolidated reports (Báo cáo tổng hợp): one per issuing node, plan and period, drafted from
-- the accepted unit reports of the plan. Figures are not copied: the report keeps which unit
-- reports it was drafted from (consolidated_source) and sums their figures on read; an accepted
-- unit report no longer changes, and "refresh figures" replaces the set while in draft.
create table consolidated_report (
    id               bigserial primary key,
    node_id          bigint       not null references org_node (id),
    plan_id          bigint       not null references plan (id),
    plan_year        int          not null,
    period           varchar(8)   not null check (period in ('Q1', 'H1', 'M9', 'YEAR')),
    status           varchar(24)  not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'SENT', 'ACCEPTED',
                                                             'RETURNED')),
    results_summary  text,
    shortcomings     text,
    difficulties     text,
    proposals        text,
    next_tasks       text,
    return_reason    text,
    figures_at       timestamptz  not null,
    sent_at          timestamptz,
    created_at       timestamptz  not null default now(),
    version          bigint       not null default 0,
    constraint consolidated_report_unique unique (node_id, plan_id, period)
);
create index consolidated_report_node_idx on consolidated_report (node_id, plan_year);

create table consolidated_source (
    report_id       bigint not null references consolidated_report (id) on delete cascade,
    unit_report_id  bigint not null references unit_report (id),
    primary key (report_id, unit_report_id)
);

create table consolidated_event (
    id          bigserial primary key,
    report_id   bigint       not null references consolidated_report (id) on delete cascade,
    action      varchar(20)  not null,
    actor_id    bigint,
    actor_name  varchar(160) not null,
    at          timestamptz  not null default now(),
    reason      text
);
create index consolidated_event_report_idx on consolidated_event (report_id, at);

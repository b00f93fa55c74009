-- Issue 14 point 7b, ADR 0032: a period whose deadline passed before the plan was first issued is
-- neither overdue nor chased until the issuing office decides whether it expects it. One row per
-- plan lineage and period (all versions of a plan share the decision); the latest decision wins.
create table report_period_decision (
    plan_lineage_id uuid         not null,
    period          varchar(8)   not null check (period in ('Q1', 'H1', 'M9', 'YEAR')),
    expected        boolean      not null,
    deadline        date,
    decided_by      bigint,
    -- null for a system step (the demo loader), as plan_event.actor_id
    decided_by_name varchar(200) not null,
    decided_at      timestamptz  not null,
    version         bigint       not null default 0,
    constraint report_period_decision_pk primary key (plan_lineage_id, period),
    constraint report_period_decision_deadline check (expected = (deadline is not null))
);
-- The primary key serves every read (by one lineage, or by a list of lineages): no other index.

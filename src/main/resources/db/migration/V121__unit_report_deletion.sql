-- A unit report draft opened by mistake may be deleted (with its entries, figures, files and
-- history) while it was never submitted; the deletion itself is kept here (ADR 0027).
create table unit_report_deletion (
    id            bigserial primary key,
    report_id     bigint       not null,
    unit_node_id  bigint       not null references org_node (id),
    plan_id       bigint       not null,
    period        varchar(20)  not null,
    actor_id      bigint,
    actor_name    varchar(160) not null,
    at            timestamptz  not null default now()
);
create index unit_report_deletion_unit_idx on unit_report_deletion (unit_node_id, at);

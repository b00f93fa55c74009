-- A plan draft started by mistake may be deleted (with its parts, activities and history) while it
-- was never submitted. Its history goes with it, so the deletion itself is kept here: which plan,
-- of which node, who deleted it and when (ADR 0027).
create table plan_deletion (
    id               bigserial primary key,
    plan_id          bigint       not null,
    lineage_id       uuid         not null,
    issuing_node_id  bigint       not null references org_node (id),
    plan_year        int          not null,
    title            varchar(1000) not null,
    actor_id         bigint,
    actor_name       varchar(160) not null,
    at               timestamptz  not null default now()
);
create index plan_deletion_node_idx on plan_deletion (issuing_node_id, at);

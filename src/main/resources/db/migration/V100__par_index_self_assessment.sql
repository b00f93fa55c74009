-- PAR INDEX self-assessment and appraisal (issue 16, point 2): one per node and year. The node's
-- office adjusts the computed points of each criterion (a reason when different), attaches or
-- links evidence; its leader submits; Home Affairs (the appraisal council) enters appraised points
-- with a comment per criterion, or returns it for revision. Totals are kept on the row so that the
-- province overview reads one row per agency.
create table par_index_self_assessment (
    id               bigserial primary key,
    node_id          bigint        not null references org_node (id),
    year             int           not null,
    status           varchar(20)   not null check (status in ('DRAFT', 'SUBMITTED', 'APPRAISED')),
    self_total       numeric(7, 2),
    appraised_total  numeric(7, 2),
    max_total        numeric(7, 2),
    return_reason    varchar(2000),
    submitted_by     varchar(200),
    submitted_at     timestamptz,
    appraised_by     varchar(200),
    appraised_at     timestamptz,
    version          bigint        not null default 0,
    unique (node_id, year)
);

-- One line per criterion code of the set: the computed points as last saved (frozen at submit),
-- the self points (null: the computed ones), the appraised points and comment.
create table par_index_self_entry (
    id                 bigserial primary key,
    assessment_id      bigint        not null references par_index_self_assessment (id) on delete cascade,
    criterion_code     varchar(20)   not null,
    computed_points    numeric(6, 2),
    self_points        numeric(6, 2),
    self_reason        varchar(2000),
    appraised_points   numeric(6, 2),
    appraisal_comment  varchar(2000),
    unique (assessment_id, criterion_code)
);

-- Evidence linked to a criterion: a web address, or one of the node's issued plans, accepted unit
-- reports or sent consolidated reports (by id; its label and period kept as they were when linked).
create table par_index_self_link (
    id              bigserial primary key,
    entry_id        bigint        not null references par_index_self_entry (id) on delete cascade,
    kind            varchar(20)   not null check (kind in ('URL', 'PLAN', 'REPORT', 'CONSOLIDATION')),
    target          varchar(1000) not null,
    label           varchar(500),
    period          varchar(10)
);

-- Uploaded evidence files, kept out of the aggregate so that loading it never loads contents.
create table par_index_self_file (
    id              bigserial primary key,
    assessment_id   bigint        not null references par_index_self_assessment (id) on delete cascade,
    criterion_code  varchar(20)   not null,
    file_name       varchar(255)  not null,
    content_type    varchar(120)  not null,
    size_bytes      int           not null,
    content         bytea         not null,
    uploaded_by     varchar(200)  not null,
    uploaded_at     timestamptz   not null
);
create index par_index_self_file_assessment on par_index_self_file (assessment_id);

-- The assessment's history, written by the aggregate (ADR 0011).
create table par_index_self_event (
    id              bigserial primary key,
    assessment_id   bigint        not null references par_index_self_assessment (id) on delete cascade,
    action          varchar(20)   not null,
    actor_id        bigint,
    actor_name      varchar(200)  not null,
    at              timestamptz   not null,
    reason          varchar(2000),
    details         varchar(2000)
);
create index par_index_self_event_assessment on par_index_self_event (assessment_id, at);

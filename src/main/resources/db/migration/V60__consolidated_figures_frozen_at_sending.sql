-- What a consolidated report sent upward holds stays as it was sent (issue 10, ADR 0010): its
-- figures and units are stored when it is sent, not recomputed on read. A correction is a new
-- version of the report (version_no + 1, correction_of the one it corrects) with the same lifecycle.

alter table consolidated_report
    add column version_no    int          not null default 1,
    add column correction_of bigint references consolidated_report (id),
    add column plan_label    varchar(1100),
    add column frozen_at     timestamptz,
    add column coverage_note varchar(500);

-- The label the plan had when the report was drafted (a report keeps the names it was made with).
update consolidated_report c
set plan_label = coalesce(p.doc_number || coalesce('/' || p.doc_symbol, ''), p.title)
from plan p where p.id = c.plan_id;
alter table consolidated_report alter column plan_label set not null;

alter table consolidated_report drop constraint consolidated_report_unique;
alter table consolidated_report
    add constraint consolidated_report_unique unique (node_id, plan_id, period, version_no);

-- One row per indicator of a table of the report: INDICATOR (the totals), CONTENT or CHANNEL.
create table consolidated_figure (
    report_id     bigint        not null references consolidated_report (id) on delete cascade,
    dimension     varchar(10)   not null check (dimension in ('INDICATOR', 'CONTENT', 'CHANNEL')),
    position      int           not null,
    grp           varchar(2100) not null,
    unit_added    boolean       not null default false,
    indicator_id  bigint        not null,
    indicator     varchar(500)  not null,
    measure       varchar(100)  not null,
    target        bigint        not null,
    total         bigint        not null,
    primary key (report_id, dimension, position)
);

-- The units counted, with their completion and texts as they stood when the report was sent.
create table consolidated_unit (
    report_id        bigint        not null references consolidated_report (id) on delete cascade,
    position         int           not null,
    unit_node_id     bigint        not null,
    unit_name        varchar(500)  not null,
    unit_report_id   bigint,
    due              int           not null,
    dropped          int           not null,
    done             int           not null,
    results_summary  text,
    shortcomings     text,
    difficulties     text,
    proposals        text,
    next_tasks       text,
    primary key (report_id, position)
);


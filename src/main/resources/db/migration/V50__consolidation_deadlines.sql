-- Deadlines of the agencies' consolidated reports to Home Affairs, set by the province's REVIEWER
-- per year and period; without a row the default applies (cut-off + 5 working days, ADR 0007).
create table consolidation_deadline (
    id                bigserial primary key,
    province_node_id  bigint      not null references org_node (id),
    plan_year         int         not null,
    period            varchar(8)  not null check (period in ('Q1', 'H1', 'M9', 'YEAR')),
    deadline          date        not null,
    version           bigint      not null default 0,
    constraint consolidation_deadline_unique unique (province_node_id, plan_year, period)
);

-- Timeliness counts the first sending: sent_at is overwritten when a returned report is sent again.
alter table consolidated_report add column first_sent_at timestamptz;
update consolidated_report c
   set first_sent_at = coalesce((select min(e.at) from consolidated_event e
                                  where e.report_id = c.id and e.action = 'SENT'), c.sent_at)
 where c.sent_at is not null;

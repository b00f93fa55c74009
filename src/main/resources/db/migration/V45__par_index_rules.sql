-- PAR INDEX self-assessment rules of the communication criterion: data per province and year,
-- never code. A row with a null province is the default for every province of that year (or of
-- every year when year is null too); a province's own row for the year wins over the default.
create table par_index_rule (
    id                     bigserial primary key,
    province_node_id       bigint references org_node (id),
    year                   int,
    plan_deadline_month    int          not null check (plan_deadline_month between 1 and 12),
    plan_deadline_day      int          not null check (plan_deadline_day between 1 and 31),
    plan_on_time_points    numeric(4, 2) not null,
    plan_late_points       numeric(4, 2) not null,
    plan_none_points       numeric(4, 2) not null,
    carried_high_percent   numeric(5, 2) not null,
    carried_low_percent    numeric(5, 2) not null,
    carried_high_points    numeric(4, 2) not null,
    carried_mid_points     numeric(4, 2) not null,
    carried_low_points     numeric(4, 2) not null,
    reports_on_time_points numeric(4, 2) not null,
    reports_late_points    numeric(4, 2) not null,
    version                bigint       not null default 0,
    check (carried_low_percent <= carried_high_percent)
);
create unique index par_index_rule_scope on par_index_rule (coalesce(province_node_id, 0), coalesce(year, 0));

-- The example rule of DOMAIN.md as the default: plan issued by 31 January on time 1, late 0.5,
-- none 0; carried out > 90 % 2, 70–90 % 1, < 70 % 0; all four periodic reports on time 1, else 0.
insert into par_index_rule (province_node_id, year, plan_deadline_month, plan_deadline_day, plan_on_time_points,
                            plan_late_points, plan_none_points, carried_high_percent, carried_low_percent,
                            carried_high_points, carried_mid_points, carried_low_points, reports_on_time_points,
                            reports_late_points)
values (null, null, 1, 31, 1, 0.5, 0, 90, 70, 2, 1, 0, 1, 0);

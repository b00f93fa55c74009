-- PAR INDEX criteria sets (issue 16): a province's criteria and sub-criteria for a year, each with
-- its maximum points and the rule kind that computes it, the kind's parameters as data. A set with
-- a null province is the default for every province of that year (or of every year when year is
-- null too); a province's own set for the year wins. Replaces the three-point rule of
-- par_index_rule, whose rows become sets below (that table is no longer read).
create table par_index_criteria_set (
    id                bigserial primary key,
    province_node_id  bigint references org_node (id),
    year              int,
    copied_from_year  int,
    version           bigint not null default 0
);
create unique index par_index_criteria_set_scope
    on par_index_criteria_set (coalesce(province_node_id, 0), coalesce(year, 0));

create table par_index_criterion (
    id          bigserial primary key,
    set_id      bigint        not null references par_index_criteria_set (id) on delete cascade,
    parent_id   bigint references par_index_criterion (id) on delete cascade,
    position    int           not null,
    code        varchar(20)   not null,
    title       varchar(500)  not null,
    max_points  numeric(5, 2) not null,
    kind        varchar(30)   not null check (kind in ('GROUP', 'PLAN_ISSUED', 'ACTIVITIES_DONE', 'TARGETS_MET',
                                                       'REPORTS_ON_TIME', 'CHANNEL_DIVERSITY', 'ACTIVITY_COUNT',
                                                       'MANUAL'))
);
create unique index par_index_criterion_code on par_index_criterion (set_id, upper(code));
create index par_index_criterion_set_idx on par_index_criterion (set_id, position);

create table par_index_criterion_param (
    criterion_id  bigint       not null references par_index_criterion (id) on delete cascade,
    name          varchar(40)  not null,
    value         varchar(80)  not null,
    primary key (criterion_id, name)
);

-- Every change an administrator makes to a province's set: the criterion as it was and as it is
-- now, each written as one line of text (code, title, kind, maximum, parameters).
create table par_index_criteria_change (
    id              bigserial primary key,
    set_id          bigint       not null references par_index_criteria_set (id) on delete cascade,
    action          varchar(10)  not null check (action in ('CREATED', 'COPIED', 'ADDED', 'CHANGED', 'REMOVED')),
    criterion_code  varchar(20),
    before_text     text,
    after_text      text,
    actor_id        bigint,
    actor_name      varchar(160) not null,
    at              timestamptz  not null
);
create index par_index_criteria_change_set_idx on par_index_criteria_change (set_id, at desc);

-- Every rule of par_index_rule (the default and each province's own) becomes a set of three
-- criteria with the rule's values as parameters, so every score stays what it was.
do $$
declare
    r record;
    s bigint;
    c bigint;
begin
    for r in select * from par_index_rule order by id loop
        insert into par_index_criteria_set (province_node_id, year) values (r.province_node_id, r.year)
        returning id into s;

        insert into par_index_criterion (set_id, position, code, title, max_points, kind)
        values (s, 1, '1', 'Ban hành kế hoạch đúng hạn',
                greatest(r.plan_on_time_points, r.plan_late_points, r.plan_none_points), 'PLAN_ISSUED')
        returning id into c;
        insert into par_index_criterion_param (criterion_id, name, value) values
            (c, 'deadlineMonth', r.plan_deadline_month::text),
            (c, 'deadlineDay', r.plan_deadline_day::text),
            (c, 'onTimePoints', trim_scale(r.plan_on_time_points)::text),
            (c, 'latePoints', trim_scale(r.plan_late_points)::text),
            (c, 'nonePoints', trim_scale(r.plan_none_points)::text);

        insert into par_index_criterion (set_id, position, code, title, max_points, kind)
        values (s, 2, '2', 'Tỷ lệ thực hiện kế hoạch',
                greatest(r.carried_high_points, r.carried_mid_points, r.carried_low_points), 'ACTIVITIES_DONE')
        returning id into c;
        insert into par_index_criterion_param (criterion_id, name, value) values
            (c, 'mode', 'STEPPED'),
            (c, 'highPercent', trim_scale(r.carried_high_percent)::text),
            (c, 'highPoints', trim_scale(r.carried_high_points)::text),
            (c, 'lowPercent', trim_scale(r.carried_low_percent)::text),
            (c, 'midPoints', trim_scale(r.carried_mid_points)::text),
            (c, 'lowPoints', trim_scale(r.carried_low_points)::text);

        insert into par_index_criterion (set_id, position, code, title, max_points, kind)
        values (s, 3, '3', 'Báo cáo định kỳ đúng hạn',
                greatest(r.reports_on_time_points, r.reports_late_points), 'REPORTS_ON_TIME')
        returning id into c;
        insert into par_index_criterion_param (criterion_id, name, value) values
            (c, 'mode', 'ALL'),
            (c, 'onTimePoints', trim_scale(r.reports_on_time_points)::text),
            (c, 'latePoints', trim_scale(r.reports_late_points)::text);
    end loop;
end $$;

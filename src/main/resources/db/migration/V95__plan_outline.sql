-- A plan's body as an outline the office owns (issue 12): ordered sections and sub-sections with
-- editable headings, each holding items in a list style chosen per list. An item keeps its kind
-- (the role the product needs: content items that activities refer to, forms, duties per unit);
-- the section it sits in is its own choice, no longer fixed by its kind. Numbering stays computed.

create table plan_section (
    id           bigserial primary key,
    plan_id      bigint       not null references plan (id) on delete cascade,
    section_key  uuid         not null,
    position     int          not null,
    level        int          not null check (level between 1 and 2),
    heading      varchar(500) not null,
    list_style   varchar(20)  not null check (list_style in ('LETTERED', 'NUMBERED', 'DASH', 'PLUS', 'PLAIN')),
    -- Where new items of a kind land when added from elsewhere (a part's page, a copy from the
    -- plan above), and for BUDGET and REPORTING the header text the section prints. Never the heading.
    role         varchar(20)  check (role in ('PURPOSE', 'REQUIREMENT', 'AUDIENCE', 'CONTENT', 'FORM', 'SOLUTION',
                                              'DUTY', 'BUDGET', 'REPORTING')),
    unique (plan_id, section_key)
);
create index plan_section_plan_idx on plan_section (plan_id, position);

alter table plan_item add column section_key uuid;
alter table plan_item add column section_position int not null default 0;
alter table plan_item drop constraint plan_item_kind_check;
alter table plan_item add constraint plan_item_kind_check check (kind in ('LEGAL_BASIS', 'PURPOSE', 'REQUIREMENT',
        'AUDIENCE', 'CONTENT', 'FORM', 'SOLUTION', 'DUTY', 'RECIPIENT', 'TEXT'));

-- The outline a node's next plan starts from; node_id null is the default of every node: the
-- structure and headings plans had before. Plans write their headings in many ways ("I. MỤC ĐÍCH,
-- YÊU CẦU", "IV. Tổ chức thực hiện:"): the office writes its own, or saves its plan as its template.
create table plan_outline_template (
    id          bigserial primary key,
    node_id     bigint       references org_node (id),
    position    int          not null,
    level       int          not null check (level between 1 and 2),
    heading     varchar(500) not null,
    list_style  varchar(20)  not null check (list_style in ('LETTERED', 'NUMBERED', 'DASH', 'PLUS', 'PLAIN')),
    role        varchar(20)  check (role in ('PURPOSE', 'REQUIREMENT', 'AUDIENCE', 'CONTENT', 'FORM', 'SOLUTION',
                                             'DUTY', 'BUDGET', 'REPORTING'))
);
create index plan_outline_template_node_idx on plan_outline_template (node_id, position);

insert into plan_outline_template (node_id, position, level, heading, list_style, role) values
    (null, 0, 1, 'Mục tiêu, yêu cầu và đối tượng', 'PLAIN', null),
    (null, 1, 2, 'Mục tiêu', 'DASH', 'PURPOSE'),
    (null, 2, 2, 'Yêu cầu', 'DASH', 'REQUIREMENT'),
    (null, 3, 2, 'Đối tượng', 'DASH', 'AUDIENCE'),
    (null, 4, 1, 'Nội dung, hình thức thông tin, tuyên truyền', 'PLAIN', null),
    (null, 5, 2, 'Nội dung thông tin, tuyên truyền', 'LETTERED', 'CONTENT'),
    (null, 6, 2, 'Hình thức thông tin, tuyên truyền', 'LETTERED', 'FORM'),
    (null, 7, 1, 'Giải pháp thực hiện', 'NUMBERED', 'SOLUTION'),
    (null, 8, 1, 'Kinh phí thực hiện', 'PLAIN', 'BUDGET'),
    (null, 9, 1, 'Tổ chức thực hiện', 'DASH', 'DUTY'),
    (null, 10, 1, 'Chế độ báo cáo', 'PLAIN', 'REPORTING');

-- Every existing plan gets the default outline, and each item the section of its kind: the
-- sections print as before (an empty one is left out), word for word.
insert into plan_section (plan_id, section_key, position, level, heading, list_style, role)
select p.id, gen_random_uuid(), t.position, t.level, t.heading, t.list_style, t.role
from plan p cross join plan_outline_template t
where t.node_id is null;

update plan_item i set section_key = s.section_key, section_position = i.position
from plan_section s
where s.plan_id = i.plan_id and s.role = i.kind;

-- The register of outgoing documents (sổ đăng ký văn bản đi), module register: one sequence per
-- issuing node, symbol and year, and one line per document registered in it. A number is taken
-- in the issuing transaction by an update of the sequence row, which holds the row's lock until
-- the commit: two issues at once get consecutive numbers, and a rolled-back issue gives its
-- number back, so the register has no gaps.
create table outgoing_register (
    node_id     bigint      not null references org_node (id),
    doc_symbol  varchar(60) not null,
    reg_year    int         not null,
    last_number int         not null,
    primary key (node_id, doc_symbol, reg_year)
);

create table outgoing_register_entry (
    id            bigserial    primary key,
    node_id       bigint       not null references org_node (id),
    doc_symbol    varchar(60)  not null,
    reg_year      int          not null,
    -- the number as printed ("79a"); its leading digits ("79") order the register
    doc_number    varchar(20)  not null,
    number_value  int,
    issued_on     date         not null,
    -- what was registered: PLAN with the plan's id
    record_kind   varchar(30)  not null,
    record_id     bigint       not null,
    summary       text         not null,
    signer_name   varchar(200),
    -- true when the number was taken from the register, false when the issuer typed it
    taken         boolean      not null,
    -- null for the plans issued before the register existed, entered by this migration
    registered_by bigint       references user_account (id),
    registered_at timestamptz  not null
);
create unique index outgoing_register_entry_number_unique
    on outgoing_register_entry (node_id, doc_symbol, reg_year, lower(doc_number));
create index outgoing_register_entry_node_year_idx
    on outgoing_register_entry (node_id, reg_year, number_value, doc_number);
create unique index outgoing_register_entry_record_unique on outgoing_register_entry (record_kind, record_id);

-- The plans issued before the register existed enter it as typed, and each sequence starts
-- after the highest number its symbol had that year.
insert into outgoing_register_entry (node_id, doc_symbol, reg_year, doc_number, number_value, issued_on, record_kind,
                                     record_id, summary, signer_name, taken, registered_by, registered_at)
select p.issuing_node_id, p.doc_symbol, extract(year from p.issue_date)::int, p.doc_number,
       cast(substring(p.doc_number from '^[0-9]{1,9}') as int), p.issue_date, 'PLAN', p.id, p.title, p.signer_name,
       false, null, now()
from plan p
where p.status in ('ISSUED', 'CLOSED', 'SUPERSEDED')
  and p.doc_number is not null and p.doc_symbol is not null and p.issue_date is not null
on conflict do nothing;

insert into outgoing_register (node_id, doc_symbol, reg_year, last_number)
select node_id, doc_symbol, reg_year, max(number_value)
from outgoing_register_entry where number_value is not null
group by node_id, doc_symbol, reg_year;

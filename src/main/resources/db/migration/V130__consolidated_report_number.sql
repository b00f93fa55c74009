-- A consolidated report is an outgoing document of its node: when it is sent it takes the next
-- number of the node's register (or the number the office typed) for its symbol and year, and keeps
-- it, printed in its header. Reports sent before have none (their header keeps the blanks).
alter table consolidated_report
    add column doc_number varchar(20),
    add column doc_symbol varchar(50),
    add column issued_on  date;

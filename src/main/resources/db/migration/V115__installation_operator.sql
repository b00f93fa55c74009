-- Several provinces in one installation (ADR 0026): the installation's operator is an account of
-- its own kind, outside every province's tree. It has no node (so no path, no scope) and is the
-- only kind of account without one; every other account keeps its node as before.
alter table user_account drop constraint user_account_role_check;
alter table user_account add constraint user_account_role_check
    check (role in ('ADMIN', 'OFFICE', 'LEADER', 'UNIT', 'REVIEWER', 'OPERATOR'));
alter table user_account alter column org_node_id drop not null;
alter table user_account add constraint user_account_operator_has_no_node
    check ((role = 'OPERATOR') = (org_node_id is null));

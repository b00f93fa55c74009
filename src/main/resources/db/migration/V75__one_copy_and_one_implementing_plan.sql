-- "One" where the domain says one (issue 11 point 6): 50 parallel copy-forwards of a plan made 50
-- plans and parallel "implement" clicks made duplicate implementing plans.
--
-- The first version of a plan made by copy-forward names the lineage it was copied from; the
-- first version of a unit's implementing plan names the lineage of the plan it implements.
-- Later versions (amendments) of those plans leave the column empty, so a lineage's versions,
-- superseded or in force, never collide with each other: only the row that was created by the
-- copy or the implement step counts.
alter table plan add column copied_from_lineage_id uuid;
alter table plan add column implements_lineage_id uuid;

-- Implementing plans that exist already: the oldest of each unit and parent lineage is the one;
-- duplicates made by the race before this migration stay as they are, unmarked, so the index can
-- be built on a database that holds them.
update plan c
set implements_lineage_id = p.lineage_id
from plan p
where p.id = c.parent_plan_id
  and c.version_no = 1
  and c.id = (select min(c2.id)
              from plan c2 join plan p2 on p2.id = c2.parent_plan_id
              where c2.issuing_node_id = c.issuing_node_id and p2.lineage_id = p.lineage_id and c2.version_no = 1);

create unique index plan_one_copy_forward_idx on plan (copied_from_lineage_id)
    where copied_from_lineage_id is not null;
create unique index plan_one_implementation_idx on plan (issuing_node_id, implements_lineage_id)
    where implements_lineage_id is not null;

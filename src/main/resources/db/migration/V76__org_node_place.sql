-- The place a node writes before the date of its documents ("Bà Rịa - Vũng Tàu", "Xuyên Mộc"):
-- a new plan's header is pre-filled from it. Empty where unknown: a unit's plan is not to be
-- pre-filled with its department's place.
alter table org_node add column place varchar(120);

-- The pages that list by plan open on the office's longest waiting report to review (issue 14):
-- the submitted reports of a node's plans, read in that order, without scanning its other reports.
create index unit_report_submitted_idx on unit_report (plan_node_id, plan_year, submitted_at)
    where status = 'SUBMITTED';

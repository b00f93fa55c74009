-- The planner's estimate of org_lineage_scope (V105): a set-returning plpgsql function is taken to
-- return 1,000 rows, so on the merged province of issue 15 (4,575 nodes, 3.4 million figures) an
-- agency's year-over-year totals hashed every figure of the province (parallel seq scan of
-- unit_report_figure, 1.98 s) instead of following the agency's ~40 units' reports by index.
-- An agency's scope is tens of nodes; with the estimate at 50 the same statement walks
-- unit_report_unique -> unit_report_entry_unique -> unit_report_figure_pkey: 0.50 s on the same
-- data under the same load (EXPLAIN ANALYZE in docs/performance.md, issue 15). Rows, not results,
-- change: every statement returns what it returned.
alter function org_lineage_scope(text) rows 50;

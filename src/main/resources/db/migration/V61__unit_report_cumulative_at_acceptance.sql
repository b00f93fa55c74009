-- An accepted unit report keeps the cumulative figure it showed when it was accepted (issue 10):
-- an earlier period accepted later does not change what the office accepted. Null while not accepted.
alter table unit_report_figure add column cumulative int;

-- Reports accepted before this migration keep the cumulative figure their page showed then: this
-- period's increment plus the unit's increments of the earlier periods on the same plan.
update unit_report_figure f
set cumulative = f.amount + coalesce((
        select sum(f2.amount)
        from unit_report r2
        join unit_report_entry e2 on e2.report_id = r2.id
        join unit_report_figure f2 on f2.entry_id = e2.id
        where r2.unit_node_id = r.unit_node_id and r2.plan_lineage_id = r.plan_lineage_id
          and e2.activity_key = e.activity_key and f2.indicator_id = f.indicator_id
          and (case r2.period when 'Q1' then 1 when 'H1' then 2 when 'M9' then 3 else 4 end)
            < (case r.period when 'Q1' then 1 when 'H1' then 2 when 'M9' then 3 else 4 end)), 0)
from unit_report_entry e, unit_report r
where f.entry_id = e.id and e.report_id = r.id and r.status = 'ACCEPTED';

package vn.parcomms.report.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.parcomms.report.ReportPeriod;

public interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByUnitNodeIdAndPlanLineageIdAndPeriod(long unitNodeId, UUID planLineageId,
            ReportPeriod period);

    /**
     * The follow-up table: every unit with work due, with its report for the period if any. One
     * query (the unit list comes from the plan), driven by the (lineage, period) index.
     */
    @Query(value = """
            select n.id as unitNodeId, n.name as unitName, r.id as reportId, r.status as status,
                   r.first_submitted_at as firstSubmittedAt, r.submitted_at as submittedAt
            from org_node n
            left join unit_report r on r.unit_node_id = n.id and r.plan_lineage_id = :lineage
                                   and r.period = :period
            where n.id in (:unitIds)
            order by n.name""", nativeQuery = true)
    List<FollowUpRow> followUp(@Param("lineage") UUID lineage, @Param("period") String period,
            @Param("unitIds") Collection<Long> unitIds);

    /** A unit's reports of some plan lineages (its list page and reminders). */
    @Query(value = """
            select r.id as reportId, r.plan_lineage_id as lineageId, r.period as period, r.status as status,
                   r.first_submitted_at as firstSubmittedAt, r.submitted_at as submittedAt
            from unit_report r
            where r.unit_node_id = :unitId and r.plan_lineage_id in (:lineages)""", nativeQuery = true)
    List<UnitRow> ofUnit(@Param("unitId") long unitId, @Param("lineages") Collection<UUID> lineages);

    /**
     * The increments of the earlier periods, summed per activity and indicator: what the
     * cumulative value adds this period's figure to. A unit's predecessors' reports up to their
     * last day are its earlier periods too (ADR 0023).
     */
    @Query(value = """
            select e.activity_key as activityKey, f.indicator_id as indicatorId, sum(f.amount) as total
            from unit_report r
            join unit_report_entry e on e.report_id = r.id
            join unit_report_figure f on f.entry_id = e.id
            where""" + LineageSql.BY_UNIT_LINEAGE + """
              and r.plan_lineage_id = :lineage and r.period in (:periods)
            group by e.activity_key, f.indicator_id""", nativeQuery = true)
    List<FigureTotal> earlierTotals(@Param("unitId") long unitId, @Param("lineage") UUID lineage,
            @Param("periods") Collection<String> periods);

    /**
     * Stores with each figure of an accepted report the cumulative value its page shows (this
     * period's increment plus the earlier periods'), so that it stays as accepted.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query(value = """
            update unit_report_figure f
            set cumulative = f.amount + coalesce((
                    select sum(f2.amount)
                    from unit_report r2
                    join unit_report_entry e2 on e2.report_id = r2.id
                    join unit_report_figure f2 on f2.entry_id = e2.id
                    where r2.unit_node_id in (select l.node_id from org_lineage(r.unit_node_id) l
                                              where l.until is null or """ + LineageSql.PERIOD_END_R2 + " <= l.until)" + """

                      and r2.plan_lineage_id = r.plan_lineage_id
                      and r2.period in (:periods) and e2.activity_key = e.activity_key
                      and f2.indicator_id = f.indicator_id), 0)
            from unit_report_entry e, unit_report r
            where f.entry_id = e.id and e.report_id = r.id and r.id = :reportId""", nativeQuery = true)
    int freezeCumulative(@Param("reportId") long reportId, @Param("periods") Collection<String> earlierPeriods);

    /** The cumulative values stored with an accepted report's figures. */
    @Query(value = """
            select e.activity_key as activityKey, f.indicator_id as indicatorId, f.cumulative as total
            from unit_report_entry e join unit_report_figure f on f.entry_id = e.id
            where e.report_id = :reportId and f.cumulative is not null""", nativeQuery = true)
    List<FigureTotal> frozenCumulative(@Param("reportId") long reportId);

    /**
     * The to-do list's unit reports: those of plans a node issued (its office decides on them), or
     * those of one unit, in some statuses, with the unit's name and the return reason. One query.
     */
    @Query(value = """
            select r.id as reportId, n.name as unitName, r.plan_id as planId, r.plan_year as year,
                   r.period as period, r.status as status, r.return_reason as returnReason,
                   r.submitted_at as submittedAt
            from unit_report r join org_node n on n.id = r.unit_node_id
            where r.status in (:statuses)
              and (cast(:planNodeId as bigint) is null or r.plan_node_id = cast(:planNodeId as bigint))
              and (cast(:unitNodeId as bigint) is null or r.unit_node_id = cast(:unitNodeId as bigint))
            order by r.submitted_at nulls last, r.id
            limit 100""", nativeQuery = true)
    List<ToDoRow> toDo(@Param("statuses") Collection<String> statuses, @Param("planNodeId") Long planNodeId,
            @Param("unitNodeId") Long unitNodeId);

    /**
     * Where unit reports wait for someone, for the pages that list by plan and period: the plan and
     * period of the first report in the given statuses (those in {@code first} before the others),
     * of plans a node issued or of one unit; the oldest plan year, then the longest waiting. One row.
     */
    @Query(value = """
            select r.plan_id as planId, r.period as period
            from unit_report r
            where r.status in (:statuses)
              and (cast(:planNodeId as bigint) is null or r.plan_node_id = cast(:planNodeId as bigint))
              and (cast(:unitNodeId as bigint) is null or r.unit_node_id = cast(:unitNodeId as bigint))
            order by case when r.status = :first then 0 else 1 end, r.plan_year, r.submitted_at nulls last, r.id
            limit 1""", nativeQuery = true)
    List<PendingRow> pending(@Param("statuses") Collection<String> statuses, @Param("first") String first,
            @Param("planNodeId") Long planNodeId, @Param("unitNodeId") Long unitNodeId);

    interface PendingRow {
        long getPlanId();

        String getPeriod();
    }

    interface ToDoRow {
        long getReportId();

        String getUnitName();

        long getPlanId();

        int getYear();

        String getPeriod();

        String getStatus();

        String getReturnReason();

        Instant getSubmittedAt();
    }

    interface FollowUpRow {
        long getUnitNodeId();

        String getUnitName();

        Long getReportId();

        String getStatus();

        Instant getFirstSubmittedAt();

        Instant getSubmittedAt();
    }

    interface UnitRow {
        long getReportId();

        UUID getLineageId();

        String getPeriod();

        String getStatus();

        Instant getFirstSubmittedAt();

        Instant getSubmittedAt();
    }

    interface FigureTotal {
        UUID getActivityKey();

        long getIndicatorId();

        long getTotal();
    }
}

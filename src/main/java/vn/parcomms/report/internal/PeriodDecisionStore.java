package vn.parcomms.report.internal;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.parcomms.report.PeriodExpectation;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.Step;

/** The offices' decisions on periods that were due before their plan was issued (ADR 0032). */
@Component
public class PeriodDecisionStore {

    private final JdbcClient jdbc;

    PeriodDecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The decisions of the lineages, keyed by lineage then period; one statement (primary key). */
    public Map<UUID, Map<ReportPeriod, PeriodExpectation.Decision>> of(Collection<UUID> lineages) {
        Map<UUID, Map<ReportPeriod, PeriodExpectation.Decision>> result = new HashMap<>();
        if (lineages.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                select plan_lineage_id, period, expected, deadline, decided_by_name, decided_at
                from report_period_decision where plan_lineage_id in (:lineages)""")
                .param("lineages", lineages)
                .query((rs, i) -> {
                    result.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashMap<>())
                            .put(ReportPeriod.valueOf(rs.getString(2)), new PeriodExpectation.Decision(
                                    rs.getBoolean(3), rs.getObject(4, LocalDate.class), rs.getString(5),
                                    rs.getTimestamp(6).toInstant()));
                    return null;
                }).list();
        return result;
    }

    /** Stores the office's decision, replacing an earlier one for the same plan and period. */
    public void decide(UUID lineage, ReportPeriod period, boolean expected, LocalDate deadline, Step step) {
        jdbc.sql("""
                insert into report_period_decision
                    (plan_lineage_id, period, expected, deadline, decided_by, decided_by_name, decided_at)
                values (:lineage, :period, :expected, :deadline, :by, :name, :at)
                on conflict (plan_lineage_id, period) do update
                set expected = excluded.expected, deadline = excluded.deadline, decided_by = excluded.decided_by,
                    decided_by_name = excluded.decided_by_name, decided_at = excluded.decided_at,
                    version = report_period_decision.version + 1""")
                .param("lineage", lineage).param("period", period.name()).param("expected", expected)
                .param("deadline", new SqlParameterValue(Types.DATE, deadline))
                .param("by", new SqlParameterValue(Types.BIGINT, step.actorId())).param("name", step.actorName())
                .param("at", Timestamp.from(step.at())).update();
    }
}

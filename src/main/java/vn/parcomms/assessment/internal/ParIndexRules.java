package vn.parcomms.assessment.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.assessment.ParIndexRule;

/** Reads the rules of {@code par_index_rule}: the province's own for the year, else the default. */
@Repository
public class ParIndexRules {

    private static final String COLUMNS = """
            select id, province_node_id, year, plan_deadline_month, plan_deadline_day, plan_on_time_points,
                   plan_late_points, plan_none_points, carried_high_percent, carried_low_percent,
                   carried_high_points, carried_mid_points, carried_low_points, reports_on_time_points,
                   reports_late_points, version
            from par_index_rule""";

    private final JdbcClient jdbc;

    ParIndexRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The most specific rule: the province's for the year, the default for the year, the default. */
    public Optional<ParIndexRule> ruleFor(long province, int year) {
        return jdbc.sql(COLUMNS + """
                 where (province_node_id = :province or province_node_id is null) and (year = :year or year is null)
                order by province_node_id nulls last, year nulls last limit 1""")
                .param("province", province).param("year", year)
                .query(ParIndexRule.class).optional();
    }

    /** Every rule a province's administrator sees: the province's own and the defaults. */
    public List<ParIndexRule> rulesOf(long province) {
        return jdbc.sql(COLUMNS + """
                 where province_node_id = :province or province_node_id is null
                order by province_node_id nulls last, year desc nulls last""")
                .param("province", province).query(ParIndexRule.class).list();
    }

    /** The province's own rule for the year, if it has one. */
    public Optional<ParIndexRule> ownRule(long province, int year) {
        return jdbc.sql(COLUMNS + " where province_node_id = :province and year = :year")
                .param("province", province).param("year", year).query(ParIndexRule.class).optional();
    }

    /** Creates the province's rule for the year; false when another was created meanwhile. */
    public boolean insert(long province, int year, ParIndexRule r) {
        return jdbc.sql("""
                insert into par_index_rule (province_node_id, year, plan_deadline_month, plan_deadline_day,
                    plan_on_time_points, plan_late_points, plan_none_points, carried_high_percent, carried_low_percent,
                    carried_high_points, carried_mid_points, carried_low_points, reports_on_time_points,
                    reports_late_points)
                values (:province, :year, :month, :day, :onTime, :late, :none, :high, :low, :highPoints, :midPoints,
                    :lowPoints, :reportsOnTime, :reportsLate)
                on conflict do nothing""")
                .params(values(r)).param("province", province).param("year", year).update() == 1;
    }

    /** Updates the province's rule at the version the user saw; false when it changed meanwhile. */
    public boolean update(long id, long version, ParIndexRule r) {
        return jdbc.sql("""
                update par_index_rule set plan_deadline_month = :month, plan_deadline_day = :day,
                    plan_on_time_points = :onTime, plan_late_points = :late, plan_none_points = :none,
                    carried_high_percent = :high, carried_low_percent = :low, carried_high_points = :highPoints,
                    carried_mid_points = :midPoints, carried_low_points = :lowPoints,
                    reports_on_time_points = :reportsOnTime, reports_late_points = :reportsLate,
                    version = version + 1
                where id = :id and version = :version""")
                .params(values(r)).param("id", id).param("version", version).update() == 1;
    }

    private static java.util.Map<String, Object> values(ParIndexRule r) {
        java.util.Map<String, Object> v = new java.util.HashMap<>();
        v.put("month", r.planDeadlineMonth());
        v.put("day", r.planDeadlineDay());
        v.put("onTime", r.planOnTimePoints());
        v.put("late", r.planLatePoints());
        v.put("none", r.planNonePoints());
        v.put("high", r.carriedHighPercent());
        v.put("low", r.carriedLowPercent());
        v.put("highPoints", r.carriedHighPoints());
        v.put("midPoints", r.carriedMidPoints());
        v.put("lowPoints", r.carriedLowPoints());
        v.put("reportsOnTime", r.reportsOnTimePoints());
        v.put("reportsLate", r.reportsLatePoints());
        return v;
    }
}

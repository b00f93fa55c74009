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
}

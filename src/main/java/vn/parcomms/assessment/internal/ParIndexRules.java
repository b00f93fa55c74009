package vn.parcomms.assessment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.assessment.ParIndexRule;
import vn.parcomms.assessment.ParIndexRuleChange;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Reads the rules of {@code par_index_rule} (the province's own for the year, else the default),
 * writes the province's own, and keeps their history ({@code par_index_rule_change}).
 */
@Repository
public class ParIndexRules {

    private static final String COLUMNS = """
            select id, province_node_id, year, plan_deadline_month, plan_deadline_day, plan_on_time_points,
                   plan_late_points, plan_none_points, carried_high_percent, carried_low_percent,
                   carried_high_points, carried_mid_points, carried_low_points, reports_on_time_points,
                   reports_late_points, version
            from par_index_rule""";

    /** The values a rule is made of, in the form's order: what the history compares. */
    private static final Map<String, Function<ParIndexRule, BigDecimal>> FIELDS = fields();

    /** The history shows this many latest changes; older ones stay in the table. */
    static final int HISTORY_LIMIT = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    ParIndexRules(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static Map<String, Function<ParIndexRule, BigDecimal>> fields() {
        Map<String, Function<ParIndexRule, BigDecimal>> f = new LinkedHashMap<>();
        f.put("planDeadlineDay", r -> BigDecimal.valueOf(r.planDeadlineDay()));
        f.put("planDeadlineMonth", r -> BigDecimal.valueOf(r.planDeadlineMonth()));
        f.put("planOnTimePoints", ParIndexRule::planOnTimePoints);
        f.put("planLatePoints", ParIndexRule::planLatePoints);
        f.put("planNonePoints", ParIndexRule::planNonePoints);
        f.put("carriedHighPercent", ParIndexRule::carriedHighPercent);
        f.put("carriedLowPercent", ParIndexRule::carriedLowPercent);
        f.put("carriedHighPoints", ParIndexRule::carriedHighPoints);
        f.put("carriedMidPoints", ParIndexRule::carriedMidPoints);
        f.put("carriedLowPoints", ParIndexRule::carriedLowPoints);
        f.put("reportsOnTimePoints", ParIndexRule::reportsOnTimePoints);
        f.put("reportsLatePoints", ParIndexRule::reportsLatePoints);
        return java.util.Collections.unmodifiableMap(f);
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

    /**
     * Records a save of the province's rule for the year just written: {@code before} is the rule
     * that applied until then (the province's row as the user saw it, or the default when the
     * province had none). A change that changed no value is not recorded; a creation always is.
     */
    public void recordChange(long province, int year, ParIndexRule before, ParIndexRule after, CurrentUser actor) {
        long ruleId = ownRule(province, year).orElseThrow().id();
        boolean created = before.provinceNodeId() == null || before.year() == null || before.year() != year;
        List<Map.Entry<String, BigDecimal[]>> changed = new ArrayList<>();
        FIELDS.forEach((field, value) -> {
            BigDecimal old = value.apply(before);
            BigDecimal now = value.apply(after);
            if (old.compareTo(now) != 0) {
                changed.add(Map.entry(field, new BigDecimal[] {old, now}));
            }
        });
        if (!created && changed.isEmpty()) {
            return;
        }
        long changeId = jdbc.sql("""
                insert into par_index_rule_change (rule_id, action, actor_id, actor_name, at)
                values (:rule, :action, :actorId, :actorName, :at) returning id""")
                .param("rule", ruleId).param("action", created ? "CREATED" : "CHANGED").param("actorId", actor.id())
                .param("actorName", actor.fullName() == null ? actor.username() : actor.fullName())
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        List<String> order = List.copyOf(FIELDS.keySet());
        for (Map.Entry<String, BigDecimal[]> c : changed) {
            jdbc.sql("""
                    insert into par_index_rule_change_value (change_id, field, position, old_value, new_value)
                    values (:change, :field, :position, :old, :new)""")
                    .param("change", changeId).param("field", c.getKey()).param("position", order.indexOf(c.getKey()))
                    .param("old", c.getValue()[0]).param("new", c.getValue()[1]).update();
        }
    }

    /** The latest changes of the province's rules, newest first, each with its values in the form's order. */
    public List<ParIndexRuleChange> changesOf(long province) {
        record Line(long id, int year, String action, String actorName, LocalDateTime at, String field,
                BigDecimal oldValue, BigDecimal newValue) {
        }
        List<Line> lines = jdbc.sql("""
                select c.id, r.year, c.action, c.actor_name, c.at, v.field, v.old_value, v.new_value
                from (select c.* from par_index_rule_change c join par_index_rule r on r.id = c.rule_id
                      where r.province_node_id = :province order by c.at desc, c.id desc limit :limit) c
                join par_index_rule r on r.id = c.rule_id
                left join par_index_rule_change_value v on v.change_id = c.id
                order by c.at desc, c.id desc, v.position""")
                .param("province", province).param("limit", HISTORY_LIMIT)
                .query((rs, i) -> new Line(rs.getLong("id"), rs.getInt("year"), rs.getString("action"),
                        rs.getString("actor_name"),
                        LocalDateTime.ofInstant(rs.getTimestamp("at").toInstant(), clock.getZone()),
                        rs.getString("field"), plain(rs.getBigDecimal("old_value")), plain(rs.getBigDecimal("new_value"))))
                .list();
        Map<Long, List<Line>> byChange = new LinkedHashMap<>();
        lines.forEach(l -> byChange.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(l));
        List<ParIndexRuleChange> changes = new ArrayList<>();
        byChange.forEach((id, group) -> {
            Line first = group.get(0);
            List<ParIndexRuleChange.Value> values = group.stream().filter(l -> l.field() != null)
                    .map(l -> new ParIndexRuleChange.Value(l.field(), l.oldValue(), l.newValue())).toList();
            changes.add(new ParIndexRuleChange(id, first.year(), first.action(), first.actorName(), first.at(), values));
        });
        return changes;
    }

    /** 0.50 shows as 0.5 and 15.00 as 15, as the rule's own values do. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
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

package vn.parcomms.assessment.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parcomms.assessment.CriteriaChange;
import vn.parcomms.assessment.CriteriaSet;
import vn.parcomms.assessment.Criterion;
import vn.parcomms.assessment.CriterionCommand;
import vn.parcomms.assessment.CriterionKind;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Reads and writes the criteria sets of {@code par_index_criteria_set} with their criteria and
 * parameters, and keeps their history ({@code par_index_criteria_change}).
 */
@Repository
public class ParIndexCriteria {

    /** The history shows this many latest changes; older ones stay in the table. */
    static final int HISTORY_LIMIT = 100;

    private final JdbcClient jdbc;
    private final Clock clock;

    ParIndexCriteria(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record SetRow(long id, Long provinceNodeId, Integer year, Integer copiedFromYear, long version) {
    }

    /** The most specific set: the province's for the year, the default for the year, the default. */
    public Optional<CriteriaSet> setFor(long province, int year) {
        return jdbc.sql("""
                select id, province_node_id, year, copied_from_year, version from par_index_criteria_set
                 where (province_node_id = :province or province_node_id is null) and (year = :year or year is null)
                order by province_node_id nulls last, year nulls last limit 1""")
                .param("province", province).param("year", year).query(SetRow.class).optional().map(this::load);
    }

    /** The province's own set for the year, if it has one. */
    public Optional<CriteriaSet> ownSet(long province, int year) {
        return jdbc.sql("""
                select id, province_node_id, year, copied_from_year, version from par_index_criteria_set
                 where province_node_id = :province and year = :year""")
                .param("province", province).param("year", year).query(SetRow.class).optional().map(this::load);
    }

    /** The years the province has its own set for, newest first. */
    public List<Integer> ownYears(long province) {
        return jdbc.sql("select year from par_index_criteria_set where province_node_id = :province and year is not null"
                + " order by year desc").param("province", province).query(Integer.class).list();
    }

    private CriteriaSet load(SetRow row) {
        record Line(long id, Long parentId, int position, String code, String title, BigDecimal maxPoints,
                String kind, String name, String value) {
        }
        List<Line> lines = jdbc.sql("""
                select c.id, c.parent_id, c.position, c.code, c.title, c.max_points, c.kind, p.name, p.value
                from par_index_criterion c left join par_index_criterion_param p on p.criterion_id = c.id
                where c.set_id = :set order by c.position, c.id""")
                .param("set", row.id()).query(Line.class).list();
        Map<Long, Map<String, String>> params = new HashMap<>();
        Map<Long, Line> byId = new java.util.LinkedHashMap<>();
        for (Line l : lines) {
            byId.putIfAbsent(l.id(), l);
            Map<String, String> p = params.computeIfAbsent(l.id(), k -> new HashMap<>());
            if (l.name() != null) {
                p.put(l.name(), l.value());
            }
        }
        List<Criterion> all = byId.values().stream().map(l -> new Criterion(l.id(), l.parentId(), l.position(),
                l.code(), l.title(), l.maxPoints(), CriterionKind.valueOf(l.kind()), params.get(l.id()))).toList();
        // The sheet's order: each criterion by position, followed by its sub-criteria by position.
        Comparator<Criterion> order = Comparator.comparingInt(Criterion::position).thenComparingLong(Criterion::id);
        List<Criterion> ordered = new ArrayList<>();
        all.stream().filter(c -> c.parentId() == null).sorted(order).forEach(top -> {
            ordered.add(top);
            all.stream().filter(c -> c.parentId() != null && c.parentId() == top.id()).sorted(order)
                    .forEach(ordered::add);
        });
        return new CriteriaSet(row.id(), row.provinceNodeId(), row.year(), row.copiedFromYear(), row.version(), ordered);
    }

    /**
     * Creates the province's own set for the year holding a copy of the given set's criteria;
     * empty when another was created meanwhile.
     */
    public Optional<Long> createCopy(long province, int year, CriteriaSet from, Integer copiedFromYear) {
        Optional<Long> id = jdbc.sql("""
                insert into par_index_criteria_set (province_node_id, year, copied_from_year)
                values (:province, :year, :copied) on conflict do nothing returning id""")
                .param("province", province).param("year", year).param("copied", copiedFromYear)
                .query(Long.class).optional();
        id.ifPresent(setId -> copyCriteria(setId, from));
        return id;
    }

    /** Puts a copy of the other set's criteria in place of the set's own. */
    public void replaceCriteria(long setId, CriteriaSet from, Integer copiedFromYear) {
        jdbc.sql("delete from par_index_criterion where set_id = :set").param("set", setId).update();
        jdbc.sql("update par_index_criteria_set set copied_from_year = :copied where id = :set")
                .param("copied", copiedFromYear).param("set", setId).update();
        copyCriteria(setId, from);
    }

    private void copyCriteria(long setId, CriteriaSet from) {
        Map<Long, Long> newIds = new HashMap<>();
        for (Criterion c : from.criteria()) {
            Long parent = c.parentId() == null ? null : newIds.get(c.parentId());
            newIds.put(c.id(), insertCriterion(setId, parent, c.position(), c.code(), c.title(), c.maxPoints(),
                    c.kind(), c.params()));
        }
    }

    /** Moves the set to its next version when it is still at the one given; false when it changed meanwhile. */
    public boolean bump(long setId, long version) {
        return jdbc.sql("update par_index_criteria_set set version = version + 1 where id = :id and version = :version")
                .param("id", setId).param("version", version).update() == 1;
    }

    public long insertCriterion(long setId, Long parentId, CriterionCommand c) {
        return insertCriterion(setId, parentId, c.position(), c.code().trim(), c.title().trim(), c.maxPoints(),
                c.kind(), c.params());
    }

    private long insertCriterion(long setId, Long parentId, int position, String code, String title,
            BigDecimal max, CriterionKind kind, Map<String, String> params) {
        long id = jdbc.sql("""
                insert into par_index_criterion (set_id, parent_id, position, code, title, max_points, kind)
                values (:set, :parent, :position, :code, :title, :max, :kind) returning id""")
                .param("set", setId).param("parent", parentId).param("position", position).param("code", code)
                .param("title", title).param("max", max).param("kind", kind.name()).query(Long.class).single();
        writeParams(id, params);
        return id;
    }

    public void updateCriterion(long id, Long parentId, CriterionCommand c) {
        jdbc.sql("""
                update par_index_criterion set parent_id = :parent, position = :position, code = :code, title = :title,
                    max_points = :max, kind = :kind where id = :id""")
                .param("parent", parentId).param("position", c.position()).param("code", c.code().trim())
                .param("title", c.title().trim()).param("max", c.maxPoints()).param("kind", c.kind().name())
                .param("id", id).update();
        jdbc.sql("delete from par_index_criterion_param where criterion_id = :id").param("id", id).update();
        writeParams(id, c.params());
    }

    public void deleteCriterion(long id) {
        jdbc.sql("delete from par_index_criterion where id = :id").param("id", id).update();
    }

    private void writeParams(long criterionId, Map<String, String> params) {
        params.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                jdbc.sql("insert into par_index_criterion_param (criterion_id, name, value) values (:c, :n, :v)")
                        .param("c", criterionId).param("n", name).param("v", value.trim()).update();
            }
        });
    }

    /** Records one change of the set: the criterion's lines before and after (null where none). */
    public void recordChange(long setId, String action, String code, String before, String after, CurrentUser actor) {
        jdbc.sql("""
                insert into par_index_criteria_change (set_id, action, criterion_code, before_text, after_text,
                    actor_id, actor_name, at)
                values (:set, :action, :code, :before, :after, :actorId, :actorName, :at)""")
                .param("set", setId).param("action", action).param("code", code).param("before", before)
                .param("after", after).param("actorId", actor.id())
                .param("actorName", actor.fullName() == null ? actor.username() : actor.fullName())
                .param("at", Timestamp.from(clock.instant())).update();
    }

    /** The latest changes of the province's sets, newest first. */
    public List<CriteriaChange> changesOf(long province) {
        return jdbc.sql("""
                select c.id, s.year, c.action, c.criterion_code, c.before_text, c.after_text, c.actor_name, c.at
                from par_index_criteria_change c join par_index_criteria_set s on s.id = c.set_id
                where s.province_node_id = :province order by c.at desc, c.id desc limit :limit""")
                .param("province", province).param("limit", HISTORY_LIMIT)
                .query((rs, i) -> new CriteriaChange(rs.getLong("id"), rs.getInt("year"), rs.getString("action"),
                        rs.getString("criterion_code"), rs.getString("before_text"), rs.getString("after_text"),
                        rs.getString("actor_name"),
                        LocalDateTime.ofInstant(rs.getTimestamp("at").toInstant(), clock.getZone())))
                .list();
    }
}

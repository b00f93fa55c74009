package vn.parcomms.consolidation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.consolidation.internal.ProvinceDeadline;
import vn.parcomms.consolidation.internal.ProvinceDeadlineRepository;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * When the agencies of a province owe Home Affairs their consolidated report of each period, and
 * whether they sent it in time (ADR 0007). Home Affairs (the REVIEWER of the province) sets the
 * deadline per year and period; without one it is the cut-off + {@value #DEFAULT_WORKING_DAYS_AFTER_CUT_OFF}
 * working days, three more than the units' default, which leaves the agency's office time to
 * consolidate. Timeliness is computed on read with the application clock: no scheduled job.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationDeadlineService {

    /** Working days between the cut-off and the agencies' deadline unless Home Affairs sets another date. */
    public static final int DEFAULT_WORKING_DAYS_AFTER_CUT_OFF = 5;

    /** How far after the cut-off a deadline may be set, as for the units' deadlines. */
    static final int LATEST_DAYS_AFTER_CUT_OFF = 60;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ProvinceDeadlineRepository deadlines;
    private final OrganizationService organizations;
    private final JdbcClient jdbc;
    private final Clock clock;

    ConsolidationDeadlineService(ProvinceDeadlineRepository deadlines, OrganizationService organizations,
            JdbcClient jdbc, Clock clock) {
        this.deadlines = deadlines;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The same service reading "now" from another clock, for tests that fix the day. The copy is not
     * a Spring proxy: callers run it inside their own transaction.
     */
    public ConsolidationDeadlineService withClock(Clock other) {
        return new ConsolidationDeadlineService(deadlines, organizations, jdbc, other);
    }

    /** The agencies' deadline of a period when Home Affairs has not set one. */
    public static LocalDate defaultDeadline(ReportPeriod period, int year) {
        return period.workingDaysAfterCutOff(year, DEFAULT_WORKING_DAYS_AFTER_CUT_OFF);
    }

    /** The four periods of a year in the reviewer's province with their deadlines. */
    public List<ConsolidationDeadline> deadlines(CurrentUser user, int year) {
        long province = reviewersProvince(user);
        requireYear(year);
        Map<ReportPeriod, ProvinceDeadline> set = new EnumMap<>(ReportPeriod.class);
        deadlines.findByProvinceNodeIdAndYear(province, year).forEach(d -> set.put(d.getPeriod(), d));
        return Arrays.stream(ReportPeriod.values()).map(p -> {
            ProvinceDeadline own = set.get(p);
            return new ConsolidationDeadline(p, year, p.cutOffEnd(year),
                    own == null ? defaultDeadline(p, year) : own.getDeadline(), defaultDeadline(p, year),
                    own == null ? null : own.getVersion());
        }).toList();
    }

    /**
     * Home Affairs sets the agencies' deadline of a period: after the cut-off, within 60 days.
     * {@code expectedVersion} is the version of the province's row the user saw, null when the
     * default applied; anything else means someone saved in between (409).
     */
    @Transactional
    public void setDeadline(CurrentUser user, int year, ReportPeriod period, LocalDate deadline, Long expectedVersion) {
        long province = reviewersProvince(user);
        requireYear(year);
        LocalDate earliest = period.cutOffEnd(year).plusDays(1);
        LocalDate latest = period.cutOffEnd(year).plusDays(LATEST_DAYS_AFTER_CUT_OFF);
        if (deadline == null || deadline.isBefore(earliest) || deadline.isAfter(latest)) {
            throw DomainException.onField("deadline", "report.error.deadlineRange", DATE.format(earliest),
                    DATE.format(latest));
        }
        ProvinceDeadline row = deadlines.findByProvinceNodeIdAndYearAndPeriod(province, year, period).orElse(null);
        if (row == null ? expectedVersion != null : !Long.valueOf(row.getVersion()).equals(expectedVersion)) {
            throw new ConflictException("consolidation deadline", province + "/" + year + "/" + period);
        }
        try {
            if (row == null) {
                deadlines.saveAndFlush(new ProvinceDeadline(province, year, period, deadline));
            } else {
                row.moveTo(deadline);
                deadlines.saveAndFlush(row);
            }
        } catch (DataIntegrityViolationException e) {
            // A colleague set the first deadline of this period at the same moment: theirs stands.
            throw new ConflictException("consolidation deadline", province + "/" + year + "/" + period);
        }
    }

    /**
     * Every agency of the reviewer's province × the four periods of the year, ordered by agency
     * name then period: one statement whatever the number of agencies. The reviewer's own agency
     * (Sở Nội vụ, which receives them) is not among those that send: it would send to itself.
     */
    public List<AgencyTimeliness> provinceTimeliness(CurrentUser user, int year) {
        return timeliness(reviewersProvince(user), null, year, receivingLine(user));
    }

    /**
     * The reviewer's node and every node above it: the agency among them receives the agencies'
     * consolidated reports and sends none to itself. Read from the node's materialised path.
     */
    public java.util.Set<Long> receivingLine(CurrentUser reviewer) {
        return java.util.Arrays.stream(organizations.pathOf(reviewer.orgNodeId()).split("/"))
                .filter(id -> !id.isEmpty()).map(Long::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The four periods of one agency: for the REVIEWER of its province and for the users of the
     * agency itself (its office, leader). Not an agency (not a child of the province node): 404.
     * A period the agency sent nothing of but a predecessor did, for a period ending by the
     * predecessor's last day, counts the predecessor's report (ADR 0023); only here, for one
     * agency, so that the province-wide table stays one cheap statement.
     */
    public List<AgencyTimeliness> agencyTimeliness(CurrentUser user, long agencyId, int year) {
        long province = organizations.provinceIdOf(agencyId);
        boolean allowed = user.is(Role.REVIEWER) ? organizations.provinceIdOf(user.orgNodeId()) == province
                : !user.is(Role.ADMIN) && organizations.isInScope(user, agencyId);
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not see the consolidated reports of " + agencyId);
        }
        if (!isAgency(agencyId)) {
            throw new NotFoundException("agency", agencyId);
        }
        return timeliness(province, agencyId, year, java.util.Set.of());
    }

    /** An agency sends its consolidated reports to Home Affairs: it is a child of the province node. */
    public boolean isAgency(long nodeId) {
        OrgNodeView node = organizations.find(nodeId);
        return node.parentId() != null && node.parentId() == organizations.provinceIdOf(nodeId);
    }

    /** {@code receiving}: the {@link #receivingLine} whose agency is left out (empty leaves none out). */
    private List<AgencyTimeliness> timeliness(long province, Long agency, int year, java.util.Set<Long> receiving) {
        requireYear(year);
        Instant now = clock.instant();
        return jdbc.sql("""
                select a.id, a.name, a.active, p.period, d.deadline, r.id as report_id, r.status, r.sent_at,
                       f.first_sent_at
                from org_node a
                cross join (values ('Q1', 1, 3), ('H1', 2, 6), ('M9', 3, 9), ('YEAR', 4, 12)) as p (period, ord, m)
                left join consolidation_deadline d
                       on d.province_node_id = :province and d.plan_year = :year and d.period = p.period
                left join lateral (select c.id, c.node_id, c.status, c.sent_at from consolidated_report c
                                   where c.plan_year = :year and c.period = p.period
                                     and (c.node_id = a.id or (not :all and c.node_id in (
                                          select o.node_id from org_predecessors(a.id) o
                                          where make_date(:year, p.m, 14) <= o.until)))
                                   order by c.node_id = a.id desc, c.id desc limit 1) r on true
                left join lateral (select min(c.first_sent_at) as first_sent_at from consolidated_report c
                                   where c.node_id = coalesce(r.node_id, a.id) and c.plan_year = :year
                                     and c.period = p.period) f on true
                where a.parent_id = :province and (a.id = :agency or :all)
                  and a.id <> all(:receiving)
                order by a.name, a.id, p.ord""")
                .param("province", province).param("year", year).param("agency", agency == null ? 0L : agency)
                .param("receiving", receiving.toArray(Long[]::new))
                .param("all", agency == null)
                .query((rs, i) -> {
                    ReportPeriod period = ReportPeriod.valueOf(rs.getString("period"));
                    Date set = rs.getDate("deadline");
                    LocalDate deadline = set == null ? defaultDeadline(period, year) : set.toLocalDate();
                    Timestamp first = rs.getTimestamp("first_sent_at");
                    Timestamp last = rs.getTimestamp("sent_at");
                    Instant firstSent = first == null ? null : first.toInstant();
                    boolean active = rs.getBoolean("active");
                    return new AgencyTimeliness(rs.getLong("id"), rs.getString("name"), active, period, deadline,
                            (Long) rs.getObject("report_id"),
                            rs.getString("status") == null ? null : ConsolidationStatus.valueOf(rs.getString("status")),
                            firstSent, last == null ? null : last.toInstant(),
                            active || firstSent != null
                                    ? ConsolidationTimeliness.of(firstSent, deadline, now, clock.getZone())
                                    : null);
                }).list();
    }

    private long reviewersProvince(CurrentUser user) {
        if (!user.is(Role.REVIEWER)) {
            throw new ForbiddenException(user.username() + " does not follow the agencies' consolidated reports");
        }
        return organizations.provinceIdOf(user.orgNodeId());
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("year", year);
        }
    }
}

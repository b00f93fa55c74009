package vn.parcomms.support;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.SuccessionCommand;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures.World;

/**
 * The 2025 story of a {@link World} through the real services: units file and the office accepts
 * their reports at given moments, and the administrator merges units into a new one from 1 July.
 */
@Component
public class SuccessionFixtures {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    public static final String DECISION = "2468/QĐ-UBND";

    private final OrganizationService organizations;
    private final OrgSuccessionService successions;
    private final ReportDetailsReader reportReader;
    private final ReportDrafting reportDrafting;
    private final ReportLifecycle reportLifecycle;
    private final ConsolidationService consolidations;
    private final TransactionTemplate transactions;

    public SuccessionFixtures(OrganizationService organizations, OrgSuccessionService successions,
            ReportDetailsReader reportReader, ReportDrafting reportDrafting, ReportLifecycle reportLifecycle,
            ConsolidationService consolidations, TransactionTemplate transactions) {
        this.consolidations = consolidations;
        this.organizations = organizations;
        this.successions = successions;
        this.reportReader = reportReader;
        this.reportDrafting = reportDrafting;
        this.reportLifecycle = reportLifecycle;
        this.transactions = transactions;
    }

    /**
     * The unit files the period of the plan with {@code figure} for every indicator of every entry,
     * sent at {@code at} (Vietnam time), and the world's office accepts it.
     */
    public long accepted(World world, long planId, CurrentUser unit, ReportPeriod period, int figure,
            LocalDateTime at) {
        long id = submitted(unit, planId, period, figure, at);
        reportLifecycle.accept(world.office(), id, reportReader.details(world.office(), id).version());
        return id;
    }

    /** The unit files the period with {@code figure} everywhere, sent at {@code at}; not yet accepted. */
    public long submitted(CurrentUser unit, long planId, ReportPeriod period, int figure, LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(VIETNAM).toInstant(), VIETNAM);
        return transactions.execute(tx -> {
            ReportDrafting drafting = reportDrafting.withClock(clock);
            long report = drafting.open(unit, planId, period);
            ReportDetails details = reportReader.details(unit, report);
            List<ReportCommand.Entry> entries = new ArrayList<>();
            for (ReportDetails.EntryView e : details.entries()) {
                Map<Long, Integer> figures = new HashMap<>();
                e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
                entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.IN_PROGRESS, null,
                        "Công văn 1/TTYT", null, figures));
            }
            long version = drafting.save(unit, report, details.version(), new ReportCommand("Đã thực hiện.", null,
                    null, null, null, entries, List.of(), List.of()));
            reportLifecycle.withClock(clock).submit(unit, report, version);
            return report;
        });
    }

    /**
     * The world's office consolidates the period of the plan, its leader approves and the office
     * sends it to Home Affairs at {@code at} (Vietnam time).
     */
    public long sentConsolidated(World world, long planId, ReportPeriod period, LocalDateTime at) {
        long id = consolidations.open(world.office(), planId, period);
        consolidations.submit(world.office(), id, consolidations.details(world.office(), id).version());
        consolidations.approve(world.leader(), id, consolidations.details(world.office(), id).version());
        Clock clock = Clock.fixed(at.atZone(VIETNAM).toInstant(), VIETNAM);
        transactions.executeWithoutResult(tx -> consolidations.withClock(clock).send(world.office(), id,
                consolidations.details(world.office(), id).version()));
        return id;
    }

    /** A new active unit under {@code parent}, named {@code name} and a unique number. */
    public long newUnit(World world, long parent, String name) {
        return organizations.create(world.admin(), new OrgNodeCommand("N" + System.nanoTime() % 1_000_000_000L,
                name + " " + System.nanoTime() % 10_000, null, OrgKind.UNIT, parent));
    }

    /** {@code first} and {@code others} merge into {@code successor} from 1 July 2025. */
    public void merge(CurrentUser admin, long first, List<Long> others, long successor) {
        successions.apply(admin, first, organizations.find(first).version(),
                new SuccessionCommand(SuccessionKind.MERGE, JULY_1, DECISION, null, null, successor, others));
    }

    /** The same account after the merge moved it to {@code node}, as its next sign-in sees it. */
    public static CurrentUser movedTo(CurrentUser user, Role role, long node) {
        return new CurrentUser(user.id(), user.username(), user.fullName(), role, node);
    }
}

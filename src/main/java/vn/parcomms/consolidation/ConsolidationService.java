package vn.parcomms.consolidation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.consolidation.ConsolidationDetails.UnitResult;
import vn.parcomms.consolidation.internal.ConsolidatedReport;
import vn.parcomms.consolidation.internal.ConsolidatedReportRepository;
import vn.parcomms.consolidation.internal.ConsolidationQueries;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanActivities;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportFacts;
import vn.parcomms.register.NewRegistration;
import vn.parcomms.register.OutgoingRegister;
import vn.parcomms.register.RecordKind;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Consolidated reports of a node (Báo cáo tổng hợp): drafted from the accepted unit reports of the
 * node's plan for a period, written by the node's office, approved by its leader, sent to Home
 * Affairs and accepted there. Every method checks role and organisation scope on what it loads.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidationService {

    private final ConsolidatedReportRepository reports;
    private final ConsolidationQueries queries;
    private final OrganizationService organizations;
    private final OrgSuccessionService successions;
    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final ReportFacts reportFacts;
    private final RollupService rollups;
    private final OutgoingRegister register;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    ConsolidationService(ConsolidatedReportRepository reports, ConsolidationQueries queries,
            OrganizationService organizations, OrgSuccessionService successions, PlanListing planListing,
            PlanDetailsReader planReader, ReportFacts reportFacts, RollupService rollups, OutgoingRegister register,
            Clock clock, ApplicationEventPublisher publisher) {
        this.successions = successions;
        this.publisher = publisher;
        this.register = register;
        this.reports = reports;
        this.queries = queries;
        this.organizations = organizations;
        this.planListing = planListing;
        this.planReader = planReader;
        this.reportFacts = reportFacts;
        this.rollups = rollups;
        this.clock = clock;
    }

    /**
     * The same service reading "now" from another clock, for tests that send at a fixed time. The
     * copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ConsolidationService withClock(Clock other) {
        return new ConsolidationService(reports, queries, organizations, successions, planListing, planReader,
                reportFacts, rollups, register, other, publisher);
    }

    /** The issued (or closed) plans of the office's own node: what it consolidates reports for. */
    public List<PlanSummary> planChoices(CurrentUser user) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not draft consolidated reports");
        }
        List<PlanSummary> result = new java.util.ArrayList<>(
                planListing.list(user, new PlanFilter(null, user.orgNodeId(), PlanStatus.ISSUED, false)));
        result.addAll(planListing.list(user, new PlanFilter(null, user.orgNodeId(), PlanStatus.CLOSED, false)));
        return result.stream().filter(p -> p.issuingNodeId() == user.orgNodeId()).toList();
    }

    /** Who has a consolidated reports page: the office and leader of a node, Home Affairs. */
    public static boolean mayRead(CurrentUser user) {
        return user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER);
    }

    public List<ConsolidationRow> list(CurrentUser user) {
        requireReader(user);
        return queries.list(organizations.scopePath(user), user.is(Role.REVIEWER));
    }

    /**
     * The reports the predecessors of the user's node sent before it took over their work (ADR
     * 0015, 0023): its office and leader read them as sent, under the names they were sent with.
     * Empty for Home Affairs, which reads every sent report of the province anyway. One statement.
     */
    public List<ConsolidationRow> predecessorsSent(CurrentUser user) {
        requireReader(user);
        return user.is(Role.REVIEWER) ? List.of() : queries.predecessorsSent(user.orgNodeId());
    }

    /**
     * The consolidated reports waiting for the user: the OFFICE's drafts and returned ones to
     * prepare and approved ones to send, the LEADER's submitted ones to approve, the REVIEWER's
     * received ones (sent, not yet accepted or returned) across the province. One statement.
     */
    public List<ConsolidationRow> toDo(CurrentUser user) {
        return switch (user.role()) {
            case OFFICE -> queries.toDo(user.orgNodeId(), null, List.of("DRAFT", "RETURNED", "APPROVED"));
            case LEADER -> queries.toDo(user.orgNodeId(), null, List.of("SUBMITTED"));
            case REVIEWER -> queries.toDo(null, organizations.scopePath(user), List.of("SENT"));
            default -> List.of();
        };
    }

    /**
     * Opens the node's consolidated report for an issued plan of the node and a period, drafting it
     * from the accepted unit reports when it does not exist yet. Returns its id.
     */
    @Transactional
    public long open(CurrentUser user, long planId, ReportPeriod period) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not draft consolidated reports");
        }
        PlanActivities plan = planReader.planActivities(user, planId);
        if (plan.issuingNodeId() != user.orgNodeId()) {
            throw new ForbiddenException("plan " + planId + " is not issued by the node of " + user.username());
        }
        if (!plan.status().isIssued() && plan.status() != PlanStatus.CLOSED) {
            throw new DomainException("consolidation.error.planNotIssued");
        }
        var existing = reports.findFirstByNodeIdAndPlanIdAndPeriodOrderByVersionNoDesc(plan.issuingNodeId(), planId,
                period);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ConsolidatedReport report;
        try {
            report = reports.saveAndFlush(new ConsolidatedReport(plan.issuingNodeId(), planId, plan.label(),
                    plan.header().year(), period, Step.of(user, clock)));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            // A colleague of the same office drafted it at the same moment: theirs stands.
            throw new vn.parcomms.shared.ConflictException("consolidated report", planId + "/" + period);
        }
        draft(report, plan);
        return report.getId();
    }

    /**
     * Counts the unit reports accepted now (of the period and the earlier ones: figures are
     * cumulative, as on the dashboard) and gathers the units' texts of the period.
     */
    private void draft(ConsolidatedReport report, PlanActivities plan) {
        List<Long> sources = reportFacts.acceptedReportIds(plan.lineageId(), organizations.pathOf(report.getNodeId()),
                report.getPeriod().included());
        queries.replaceSources(report.getId(), sources);
        report.write(gathered(texts(sources, report.getPeriod())));
    }

    /** The texts of the units' reports of the period among the sources, in the units' name order. */
    private List<UnitResult> texts(List<Long> sources, ReportPeriod period) {
        List<ReportFacts.UnitTexts> texts = reportFacts.texts(sources).stream().filter(t -> t.period() == period)
                .toList();
        Map<Long, OrgNodeView> nodes = organizations.findAll(texts.stream().map(ReportFacts.UnitTexts::unitId).toList());
        return texts.stream()
                .map(t -> new UnitResult(t.reportId(), shortName(nodes.get(t.unitId())), 0, 0, t.resultsSummary(),
                        t.shortcomings(), t.difficulties(), t.proposals(), t.nextTasks()))
                .sorted(VietnameseOrder.byName(UnitResult::unitName))
                .toList();
    }

    private static String shortName(OrgNodeView node) {
        return node == null ? "—" : node.displayName();
    }

    /** The units' texts, one paragraph each, attributed: "TTYT TP Bà Rịa: …". */
    static ConsolidationCommand gathered(List<UnitResult> units) {
        return new ConsolidationCommand(attributed(units, UnitResult::resultsSummary),
                attributed(units, UnitResult::shortcomings), attributed(units, UnitResult::difficulties),
                attributed(units, UnitResult::proposals), attributed(units, UnitResult::nextTasks));
    }

    private static String attributed(List<UnitResult> units, Function<UnitResult, String> text) {
        StringBuilder result = new StringBuilder();
        for (UnitResult unit : units) {
            String value = text.apply(unit);
            if (value != null && !value.isBlank()) {
                if (!result.isEmpty()) {
                    result.append('\n');
                }
                result.append(unit.unitName()).append(": ").append(value.strip().replaceAll("\\s*\\R\\s*", " "));
            }
        }
        return result.toString();
    }

    public ConsolidationDetails details(CurrentUser user, long id) {
        ConsolidatedReport report = load(id);
        requireReadable(user, report);
        boolean own = user.is(Role.REVIEWER) || organizations.isInScope(user, report.getNodeId());
        return details(report, user, own);
    }

    /** {@code own} false: a predecessor's sent report, read by its successor's office or leader, who change nothing. */
    private ConsolidationDetails details(ConsolidatedReport report, CurrentUser user, boolean own) {
        long id = report.getId();
        OrgNodeView node = organizations.find(report.getNodeId());
        // A sent report keeps the names valid when it was sent; a draft carries today's.
        java.time.Instant dated = report.getSentAt() != null ? report.getSentAt() : clock.instant();
        var letterhead = organizations.letterheadAt(node.id(), dated.atZone(clock.getZone()).toLocalDate());
        String parentName = letterhead.parentBody();
        PlanActivities plan = planReader.planActivities(user, report.getPlanId());
        boolean ownOffice = own && user.is(Role.OFFICE) && user.orgNodeId() == report.getNodeId();
        boolean ownLeader = own && user.is(Role.LEADER) && user.orgNodeId() == report.getNodeId();
        var status = report.getStatus();
        Long correctedBy = reports.findFirstByCorrectionOf(id).map(ConsolidatedReport::getId).orElse(null);
        var can = new ConsolidationDetails.Permissions(ownOffice && status.isEditable(),
                ownOffice && status.isEditable(), ownLeader && status == ConsolidationStatus.SUBMITTED,
                (ownOffice || ownLeader) && status == ConsolidationStatus.APPROVED,
                user.is(Role.REVIEWER) && status == ConsolidationStatus.SENT,
                (ownLeader && status == ConsolidationStatus.SUBMITTED)
                        || (user.is(Role.REVIEWER) && status == ConsolidationStatus.SENT),
                ownOffice && report.getFrozenAt() != null && correctedBy == null);
        Figures figures;
        List<ConsolidationDetails.Difference> differences = List.of();
        ConsolidationDetails.Coverage coverage = null;
        if (report.getFrozenAt() != null) {
            figures = new Figures(queries.frozenFigures(id, "INDICATOR"), queries.frozenFigures(id, "CONTENT"),
                    queries.frozenFigures(id, "CHANNEL"), queries.frozenUnits(id));
            if ((ownOffice || ownLeader) && correctedBy == null) {
                List<Long> now = reportFacts.acceptedReportIds(plan.lineageId(),
                        organizations.pathOf(report.getNodeId()), report.getPeriod().included());
                differences = differences(figures, figures(user, report, now));
            }
        } else {
            List<Long> sources = queries.sources(id);
            Rollup rollup = rollups.rollup(user, report.getNodeId(), report.getPlanId(), report.getPeriod(), sources);
            figures = figures(rollup, texts(sources, report.getPeriod()));
            if (ownOffice || ownLeader) {
                coverage = coverage(rollup, report.getPeriod());
            }
        }
        return new ConsolidationDetails(report.getId(), node.id(), letterhead.issuingBody(), parentName, report.getPlanId(),
                report.getPlanLabel(), report.getYear(), report.getPeriod(), status, report.getResultsSummary(),
                report.getShortcomings(), report.getDifficulties(), report.getProposals(), report.getNextTasks(),
                report.getReturnReason(), report.getFiguresAt(), report.getVersion(), figures.byIndicator(),
                figures.byContent(), figures.byChannel(), figures.units(), queries.history(id), can,
                plan.header().place() == null ? "" : plan.header().place(), report.getVersionNo(),
                report.getCorrectionOf(), correctedBy, report.getFrozenAt(), report.getCoverageNote(), differences,
                coverage, numbering(report, plan, can.send()));
    }

    private ConsolidationDetails.Numbering numbering(ConsolidatedReport report, PlanActivities plan, boolean sending) {
        String suggested = suggestedSymbol(plan.header().docSymbol());
        Integer next = sending && report.getDocNumber() == null
                ? register.nextNumber(report.getNodeId(), suggested, LocalDate.now(clock).getYear()) : null;
        return new ConsolidationDetails.Numbering(report.getDocNumber(), report.getDocSymbol(), report.getIssuedOn(),
                suggested, next);
    }

    /** The register's line, in Vietnamese as every official document: "Báo cáo kết quả quý I năm 2025 (79a/KH-SYT)". */
    private static String registerSummary(ConsolidatedReport report) {
        String period = switch (report.getPeriod()) {
            case Q1 -> "quý I năm ";
            case H1 -> "6 tháng năm ";
            case M9 -> "9 tháng năm ";
            case YEAR -> "năm ";
        };
        return "Báo cáo kết quả " + period + report.getYear() + " (" + report.getPlanLabel() + ")";
    }

    /** The report's symbol from the plan's: "KH-SYT" gives "BC-SYT"; without one, "BC". */
    static String suggestedSymbol(String planSymbol) {
        if (planSymbol == null || planSymbol.isBlank()) {
            return "BC";
        }
        String symbol = planSymbol.trim();
        int dash = symbol.indexOf('-');
        return dash < 0 ? "BC-" + symbol : "BC" + symbol.substring(dash);
    }

    /** The four tables of a consolidated report. */
    private record Figures(List<ConsolidationDetails.FigureRow> byIndicator,
            List<ConsolidationDetails.FigureRow> byContent, List<ConsolidationDetails.FigureRow> byChannel,
            List<UnitResult> units) {
    }

    private Figures figures(CurrentUser user, ConsolidatedReport report, List<Long> sources) {
        Rollup rollup = rollups.rollup(user, report.getNodeId(), report.getPlanId(), report.getPeriod(), sources);
        return figures(rollup, texts(sources, report.getPeriod()));
    }

    /**
     * The report's tables from the dashboard's computation over its counted unit reports: the
     * totals per indicator, per content item and per channel (rows with nothing reported left out),
     * and per unit its activities done of those due with its texts of the period.
     */
    private static Figures figures(Rollup rollup, List<UnitResult> texts) {
        List<ConsolidationDetails.FigureRow> byIndicator = rollup.indicators().stream()
                .filter(i -> i.actual() > 0)
                .map(i -> new ConsolidationDetails.FigureRow("", false, i.indicator(), i.measure(), i.actual()))
                .toList();
        List<UnitResult> units = new java.util.ArrayList<>();
        for (Rollup.CompletionRow c : rollup.completion()) {
            Long reportId = rollup.timeliness().stream().filter(t -> t.unitId() == c.unitId()).findFirst()
                    .map(t -> t.cell(rollup.period())).filter(cell -> cell.status() == FollowUpStatus.ACCEPTED)
                    .map(Rollup.Cell::reportId).orElse(null);
            UnitResult text = texts.stream().filter(t -> java.util.Objects.equals(t.unitReportId(), reportId))
                    .findFirst().orElse(null);
            units.add(new UnitResult(reportId, c.unitName(), c.done(), c.due() - c.dropped(),
                    text == null ? null : text.resultsSummary(), text == null ? null : text.shortcomings(),
                    text == null ? null : text.difficulties(), text == null ? null : text.proposals(),
                    text == null ? null : text.nextTasks()));
        }
        return new Figures(byIndicator, rows(rollup.byContent()), rows(rollup.byChannel()), units);
    }

    private static List<ConsolidationDetails.FigureRow> rows(List<Rollup.Breakdown> breakdown) {
        return breakdown.stream().filter(b -> b.actual() > 0)
                .map(b -> new ConsolidationDetails.FigureRow(b.label(), b.unitAdded(), b.indicator(), b.measure(),
                        b.actual()))
                .toList();
    }

    /** Where the units' reports of the period stand, from the same matrix as the dashboard's. */
    private static ConsolidationDetails.Coverage coverage(Rollup rollup, ReportPeriod period) {
        List<String> accepted = new java.util.ArrayList<>();
        List<String> pending = new java.util.ArrayList<>();
        List<String> returned = new java.util.ArrayList<>();
        List<String> missing = new java.util.ArrayList<>();
        List<String> notExpected = new java.util.ArrayList<>();
        for (Rollup.TimelinessRow row : rollup.timeliness()) {
            Rollup.Cell cell = row.cell(period);
            if (cell == null) {
                continue;
            }
            switch (cell.status()) {
                case ACCEPTED -> accepted.add(row.unitName());
                case SUBMITTED, LATE -> pending.add(row.unitName());
                case RETURNED -> returned.add(row.unitName());
                case NOT_EXPECTED -> notExpected.add(row.unitName());
                default -> missing.add(row.unitName());
            }
        }
        return new ConsolidationDetails.Coverage(accepted, pending, returned, missing, notExpected);
    }

    /** Every figure the report as sent gives otherwise than the units' accepted reports give now. */
    private static List<ConsolidationDetails.Difference> differences(Figures sent, Figures now) {
        List<ConsolidationDetails.Difference> result = new java.util.ArrayList<>();
        compare("INDICATOR", sent.byIndicator(), now.byIndicator(), result);
        compare("CONTENT", sent.byContent(), now.byContent(), result);
        compare("CHANNEL", sent.byChannel(), now.byChannel(), result);
        return result;
    }

    private static void compare(String table, List<ConsolidationDetails.FigureRow> sent,
            List<ConsolidationDetails.FigureRow> now, List<ConsolidationDetails.Difference> result) {
        Map<String, ConsolidationDetails.FigureRow> before = new java.util.LinkedHashMap<>();
        sent.forEach(r -> before.put(r.group() + "|" + r.unitAdded() + "|" + r.indicator(), r));
        Map<String, ConsolidationDetails.FigureRow> after = new java.util.LinkedHashMap<>();
        now.forEach(r -> after.put(r.group() + "|" + r.unitAdded() + "|" + r.indicator(), r));
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            ConsolidationDetails.FigureRow a = before.get(key);
            ConsolidationDetails.FigureRow b = after.get(key);
            long x = a == null ? 0 : a.total();
            long y = b == null ? 0 : b.total();
            if (x != y) {
                ConsolidationDetails.FigureRow r = a != null ? a : b;
                result.add(new ConsolidationDetails.Difference(table, r.group(), r.unitAdded(), r.indicator(),
                        r.unit(), x, y));
            }
        }
    }

    // ---------------------------------------------------------------- changes

    /** Saves the office's texts; returns the new version. */
    @Transactional
    public long save(CurrentUser user, long id, long expectedVersion, ConsolidationCommand text) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        report.write(text);
        reports.flush();
        return report.getVersion();
    }

    /** Re-drafts the figures from the unit reports accepted now; the texts stay as written. */
    @Transactional
    public void refreshFigures(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        report.figuresRefreshed(Step.of(user, clock));
        List<Long> sources = reportFacts.acceptedReportIds(planReader.planActivities(user,
                report.getPlanId()).lineageId(),
                organizations.pathOf(report.getNodeId()), report.getPeriod().included());
        queries.replaceSources(id, sources);
        reports.flush();
    }

    @Transactional
    public void submit(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForTransition(user, id, expectedVersion, "SUBMITTED",
                r -> requireOwn(user, r, Role.OFFICE));
        if (report == null) {
            return;
        }
        report.submit(Step.of(user, clock));
        reports.flush();
        published(ConsolidatedReportStepTaken.SUBMITTED, report, null, user);
    }

    @Transactional
    public void approve(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForTransition(user, id, expectedVersion, "APPROVED",
                r -> requireOwn(user, r, Role.LEADER));
        if (report == null) {
            return;
        }
        report.approve(Step.of(user, clock));
        reports.flush();
        published(ConsolidatedReportStepTaken.APPROVED, report, null, user);
    }

    @Transactional
    public void send(CurrentUser user, long id, long expectedVersion) {
        send(user, id, expectedVersion, true, false);
    }

    /**
     * Sends the approved report upward and stores its figures and units with it as they are now
     * (computed from the reports it counts): what was sent stays as sent. When not every unit's
     * report of the period is accepted the office must confirm ({@code confirmIncomplete});
     * {@code noteCoverage} writes how many units the figures count into the document.
     */
    @Transactional
    public void send(CurrentUser user, long id, long expectedVersion, boolean confirmIncomplete, boolean noteCoverage) {
        send(user, id, expectedVersion, confirmIncomplete, noteCoverage, OutgoingNumber.NONE);
    }

    /**
     * Sends as above and registers the report as an outgoing document of its node with the
     * register's next number or the typed one (refused on the field when the register holds it),
     * in the same transaction: a number is never taken for a report that was not sent. A report
     * sent again after Home Affairs returned it keeps the number it was first sent with.
     */
    @Transactional
    public void send(CurrentUser user, long id, long expectedVersion, boolean confirmIncomplete, boolean noteCoverage,
            OutgoingNumber number) {
        ConsolidatedReport report = loadForTransition(user, id, expectedVersion, "SENT", r -> {
            if (!user.isAnyOf(Role.OFFICE, Role.LEADER) || user.orgNodeId() != r.getNodeId()) {
                throw new ForbiddenException(user.username() + " does not send report " + id);
            }
        });
        if (report == null) {
            return;
        }
        List<Long> sources = queries.sources(id);
        Rollup rollup = rollups.rollup(user, report.getNodeId(), report.getPlanId(), report.getPeriod(), sources);
        ConsolidationDetails.Coverage coverage = coverage(rollup, report.getPeriod());
        if (!coverage.complete() && !confirmIncomplete) {
            throw new DomainException("consolidation.error.confirmIncomplete");
        }
        Registered registered = number.wanted() && report.getDocNumber() == null ? register(report, number, user) : null;
        report.send(Step.of(user, clock), noteCoverage ? coverage.accepted().size() + "/" + coverage.total() : null,
                registered == null ? null : registered.number(), registered == null ? null : registered.symbol(),
                registered == null ? null : registered.on());
        freeze(report, rollup, sources);
        reports.flush();
        published(ConsolidatedReportStepTaken.SENT, report, null, user);
    }

    /** A number the register gave the report being sent. */
    private record Registered(String number, String symbol, LocalDate on) {
    }

    private Registered register(ConsolidatedReport report, OutgoingNumber number, CurrentUser user) {
        String symbol = number.docSymbol() == null ? "" : number.docSymbol().trim();
        if (symbol.isEmpty()) {
            throw DomainException.onField("docSymbol", "consolidation.error.symbolRequired");
        }
        LocalDate on = number.issuedOn() != null ? number.issuedOn() : LocalDate.now(clock);
        NewRegistration registration = new NewRegistration(report.getNodeId(), symbol, on,
                RecordKind.CONSOLIDATED_REPORT, report.getId(), registerSummary(report), null, user.id());
        String printed;
        if (number.takeNext()) {
            printed = register.take(registration);
        } else {
            printed = number.docNumber().trim();
            register.record(registration, printed);
        }
        return new Registered(printed, symbol, on);
    }

    /**
     * Stores the figures and units of a report as computed now from the reports it counts; the
     * reason goes into its history (e.g. reports sent before figures were stored at sending).
     */
    @Transactional
    public void freezeAsSent(ConsolidatedReport report, CurrentUser system, String reason) {
        List<Long> sources = queries.sources(report.getId());
        Rollup rollup = rollups.rollup(system, report.getNodeId(), report.getPlanId(), report.getPeriod(), sources);
        report.frozenAsSent(Step.of(system, clock), reason);
        freeze(report, rollup, sources);
        reports.flush();
    }

    private void freeze(ConsolidatedReport report, Rollup rollup, List<Long> sources) {
        queries.unfreeze(report.getId());
        Figures figures = figures(rollup, texts(sources, report.getPeriod()));
        queries.freezeFigures(report.getId(), "INDICATOR", figures.byIndicator(), rollup.indicators().stream()
                .filter(i -> i.actual() > 0).map(i -> new long[] {i.indicatorId(), i.target()}).toList());
        queries.freezeFigures(report.getId(), "CONTENT", figures.byContent(), targets(rollup.byContent()));
        queries.freezeFigures(report.getId(), "CHANNEL", figures.byChannel(), targets(rollup.byChannel()));
        List<long[]> extra = rollup.completion().stream()
                .map(c -> new long[] {c.unitId(), c.due(), c.dropped()}).toList();
        queries.freezeUnits(report.getId(), figures.units(), extra);
    }

    private static List<long[]> targets(List<Rollup.Breakdown> rows) {
        return rows.stream().filter(b -> b.actual() > 0).map(b -> new long[] {b.indicatorId(), b.target()}).toList();
    }

    /**
     * Starts a correction of a sent report: a new version, a draft with the same texts, counting
     * the unit reports accepted now; the sent one stays as it was sent. Returns the new id.
     */
    @Transactional
    public long correct(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForChange(id, expectedVersion, r -> requireOwn(user, r, Role.OFFICE));
        if (reports.findFirstByCorrectionOf(id).isPresent()) {
            throw new DomainException("consolidation.error.alreadyCorrected");
        }
        ConsolidatedReport next;
        try {
            next = reports.saveAndFlush(report.correction(Step.of(user, clock)));
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw new ConflictException("consolidated report", id);
        }
        PlanActivities plan = planReader.planActivities(user, report.getPlanId());
        List<Long> sources = reportFacts.acceptedReportIds(plan.lineageId(), organizations.pathOf(report.getNodeId()),
                report.getPeriod().included());
        queries.replaceSources(next.getId(), sources);
        return next.getId();
    }

    @Transactional
    public void accept(CurrentUser user, long id, long expectedVersion) {
        ConsolidatedReport report = loadForTransition(user, id, expectedVersion, "ACCEPTED",
                r -> requireReviewer(user, r));
        if (report == null) {
            return;
        }
        report.accept(Step.of(user, clock));
        reports.flush();
        published(ConsolidatedReportStepTaken.ACCEPTED, report, null, user);
    }

    /** The node's leader returns a submitted report; Home Affairs returns a sent one. */
    @Transactional
    public void returnForRevision(CurrentUser user, long id, long expectedVersion, String reason) {
        ConsolidatedReport report = loadForTransition(user, id, expectedVersion, "RETURNED", r -> {
            if (user.is(Role.REVIEWER)) {
                requireReviewer(user, r);
            } else {
                requireOwn(user, r, Role.LEADER);
            }
        });
        if (report == null) {
            return;
        }
        ConsolidationStatus returnable = user.is(Role.REVIEWER) ? ConsolidationStatus.SENT
                : ConsolidationStatus.SUBMITTED;
        if (report.getStatus() != returnable) {
            throw new DomainException("consolidation.error.state");
        }
        report.returnForRevision(reason, Step.of(user, clock));
        if (report.getFrozenAt() == null) {
            queries.unfreeze(id);
        }
        reports.flush();
        published(ConsolidatedReportStepTaken.RETURNED, report, report.getReturnReason(), user);
    }

    // ---------------------------------------------------------------- checks

    private ConsolidatedReport load(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("consolidated report", id));
    }

    /**
     * Loads a report for a change: {@code access} first, then the version, so that a stale version
     * sent by someone who may not change the report is a 403 like any other, never a 409 that
     * would tell them the report exists.
     */
    private ConsolidatedReport loadForChange(long id, long expectedVersion,
            java.util.function.Consumer<ConsolidatedReport> access) {
        ConsolidatedReport report = load(id);
        access.accept(report);
        requireVersion(report, expectedVersion);
        return report;
    }

    /**
     * Loads a report for a transition, with its row locked: {@code access} first, then the
     * version. Null when the version is stale only by this very user's same transition, the
     * report's latest step: the same click sent again (a double click, also two at once, the
     * second waiting on the lock), which changes nothing and is no conflict. Anyone else's change
     * in between is still a 409.
     */
    private ConsolidatedReport loadForTransition(CurrentUser user, long id, long expectedVersion, String action,
            java.util.function.Consumer<ConsolidatedReport> access) {
        ConsolidatedReport report = reports.findForChange(id)
                .orElseThrow(() -> new NotFoundException("consolidated report", id));
        access.accept(report);
        // One transition is one update of the row: the page's version is the one just before it.
        if (report.getVersion() == expectedVersion + 1 && queries.latestEventIs(id, action, user.id())) {
            return null;
        }
        requireVersion(report, expectedVersion);
        return report;
    }

    /** Tells listeners (notifications) of the step, in this transaction: they commit or roll back with it. */
    private void published(String step, ConsolidatedReport report, String reason, CurrentUser user) {
        publisher.publishEvent(new ConsolidatedReportStepTaken(step, report.getId(), report.getNodeId(),
                report.getPlanLabel(), report.getYear(), report.getPeriod(), reason, user.id()));
    }

    private static void requireVersion(ConsolidatedReport report, long expectedVersion) {
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("consolidated report", report.getId());
        }
    }

    private static void requireReader(CurrentUser user) {
        if (!mayRead(user)) {
            throw new ForbiddenException(user.username() + " has no consolidated reports");
        }
    }

    private void requireReadable(CurrentUser user, ConsolidatedReport report) {
        requireReader(user);
        boolean readable = user.is(Role.REVIEWER)
                ? report.getSentAt() != null && inProvinceOf(user, report)
                : organizations.isInScope(user, report.getNodeId())
                        || report.getSentAt() != null && successions.lineage(user.orgNodeId()).stream()
                                .anyMatch(l -> l.predecessorId() == report.getNodeId());
        if (!readable) {
            throw new ForbiddenException(user.username() + " may not read consolidated report " + report.getId());
        }
    }

    private void requireOwn(CurrentUser user, ConsolidatedReport report, Role role) {
        if (!user.is(role) || user.orgNodeId() != report.getNodeId()) {
            throw new ForbiddenException(user.username() + " may not change consolidated report " + report.getId());
        }
    }

    private void requireReviewer(CurrentUser user, ConsolidatedReport report) {
        if (!user.is(Role.REVIEWER) || !inProvinceOf(user, report)) {
            throw new ForbiddenException(user.username() + " does not review consolidated report " + report.getId());
        }
    }

    private boolean inProvinceOf(CurrentUser user, ConsolidatedReport report) {
        return organizations.provinceIdOf(report.getNodeId()) == organizations.provinceIdOf(user.orgNodeId());
    }
}

package vn.parcomms.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ImplementationStatus;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.plan.ReportingDuty;
import vn.parcomms.report.internal.ReportDeadline;
import vn.parcomms.report.internal.ReportDeadlineRepository;
import vn.parcomms.report.internal.ReportEntry;
import vn.parcomms.report.internal.ReportEvent;
import vn.parcomms.report.internal.ReportEventRepository;
import vn.parcomms.report.internal.ReportFile;
import vn.parcomms.report.internal.ReportFileRepository;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Periodic unit reports against the plan a unit implements. Who may do what:
 * <ul>
 * <li>file (open, edit, submit): UNIT users of the reporting unit, for their own unit only;</li>
 * <li>accept or return: OFFICE of the node that issued the plan;</li>
 * <li>read: the unit itself, OFFICE and LEADER of any node above it, REVIEWER of the province;
 * an ADMIN manages the system and reads no reports.</li>
 * </ul>
 * Lateness and overdue reports are computed on read with the application clock, so nothing
 * scheduled has to run (and two app instances cannot disagree).
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    /** The largest figure a report takes; anything above is a typing error. */
    public static final int MAX_FIGURE = 10_000_000;
    public static final int MAX_TEXT = 20_000;
    static final int REMINDER_DAYS = 3;
    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final UnitReportRepository reports;
    private final ReportFileRepository files;
    private final ReportEventRepository events;
    private final ReportDeadlineRepository deadlines;
    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final OrganizationService organizations;
    private final CatalogService catalog;
    private final Clock clock;
    private final int maxEvidenceFiles;

    ReportService(UnitReportRepository reports, ReportFileRepository files, ReportEventRepository events,
            ReportDeadlineRepository deadlines, PlanListing planListing, PlanDetailsReader planReader,
                    OrganizationService organizations,
            CatalogService catalog, Clock clock,
            @Value("${parcomms.reports.max-evidence-files:10}")
            int maxEvidenceFiles) {
        this.reports = reports;
        this.files = files;
        this.events = events;
        this.deadlines = deadlines;
        this.planListing = planListing;
        this.planReader = planReader;
        this.organizations = organizations;
        this.catalog = catalog;
        this.clock = clock;
        this.maxEvidenceFiles = maxEvidenceFiles;
    }

    /**
     * The same service reading time from another clock, for loading demo history with the dates it
     * would have had. The copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ReportService withClock(Clock other) {
        return new ReportService(reports, files, events, deadlines, planListing, planReader, organizations, catalog,
                other,
                maxEvidenceFiles);
    }

    // ---------------------------------------------------------------- the unit's side

    /**
     * Every period the user's unit has work due in, per plan it implements, with its report if
     * opened. Reads the plans narrowly (when the unit's activities are due, not whole plans): a
     * fixed number of statements however large the plans are (ReportQueryCountTest).
     */
    public List<UnitReportRow> myReports(CurrentUser user) {
        if (!user.is(Role.UNIT)) {
            return List.of();
        }
        // The unit's own implementing plans are not among the duties: their activities come into
        // the report against the parent plan.
        List<ReportingDuty> duties = planListing.reportingDuties(user);
        if (duties.isEmpty()) {
            return List.of();
        }
        Map<String, UnitReportRepository.UnitRow> existing = new HashMap<>();
        reports.ofUnit(user.orgNodeId(), duties.stream().map(ReportingDuty::lineageId).toList())
                .forEach(r -> existing.put(r.getLineageId() + "/" + r.getPeriod(), r));
        Map<String, Map<ReportPeriod, LocalDate>> deadlinesByPlan = deadlinesOf(duties);
        List<UnitReportRow> rows = new ArrayList<>();
        for (ReportingDuty plan : duties) {
            Map<ReportPeriod, LocalDate> due = deadlinesByPlan.get(plan.issuingNodeId() + "/" + plan.year());
            for (ReportPeriod period : ReportPeriod.values()) {
                if (!plan.hasWorkDueBy(period.quarter())) {
                    continue;
                }
                UnitReportRepository.UnitRow report = existing.get(plan.lineageId() + "/" + period.name());
                ReportStatus status = report == null ? null : ReportStatus.valueOf(report.getStatus());
                LocalDate deadline = due.get(period);
                var firstSubmitted = report == null ? null : report.getFirstSubmittedAt();
                rows.add(new UnitReportRow(plan.planId(), plan.label(), plan.year(), period,
                        period.cutOffEnd(plan.year()), deadline, report == null ? null : report.getReportId(),
                        FollowUpStatus.of(status, firstSubmitted, deadline, clock.instant(), clock.getZone()),
                        FollowUpStatus.isLate(firstSubmitted, deadline, clock.getZone())));
            }
        }
        return rows;
    }

    /** Reports the unit still owes whose deadline is within three days or passed: for its home page. */
    public List<Reminder> reminders(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return myReports(user).stream()
                .filter(r -> r.status() == FollowUpStatus.NOT_STARTED || r.status() == FollowUpStatus.DRAFT
                        || r.status() == FollowUpStatus.RETURNED || r.status() == FollowUpStatus.OVERDUE)
                .filter(r -> ChronoUnit.DAYS.between(today, r.deadline()) <= REMINDER_DAYS)
                .map(r -> new Reminder(r.planId(), r.planLabel(), r.period(), r.year(), r.deadline(),
                        ChronoUnit.DAYS.between(today, r.deadline()), r.reportId()))
                .toList();
    }

    /**
     * The unit's report for a plan and period, created (pre-filled with the unit's activities due
     * by the period) if it does not exist yet. Opening twice returns the same report.
     */
    @Transactional
    public long open(CurrentUser user, long planId, ReportPeriod period) {
        if (!user.is(Role.UNIT)) {
            throw new ForbiddenException(user.username() + " does not file unit reports");
        }
        PlanDetails plan = currentVersion(user, planId);
        if (!plan.status().isIssued() || plan.issuingNodeId() == user.orgNodeId()) {
            throw new DomainException("report.error.planNotReportable");
        }
        Optional<UnitReport> existing = reports.findByUnitNodeIdAndPlanLineageIdAndPeriod(user.orgNodeId(),
                plan.lineageId(), period);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        List<ActivityView> due = due(unitActivities(user, plan, user.orgNodeId()), period);
        if (due.isEmpty()) {
            throw new DomainException("report.error.nothingDue");
        }
        UnitReport report = new UnitReport(user.orgNodeId(), plan.issuingNodeId(), plan.lineageId(), plan.id(),
                plan.header().year(), period, clock.instant());
        describeEntries(report, due);
        try {
            reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            // Someone of the same unit opened it at the same moment: theirs stands.
            throw new ConflictException("report", plan.lineageId() + "/" + period);
        }
        record(report, "CREATED", user, null);
        return report.getId();
    }

    /**
     * Saves the unit's draft (or a returned report being corrected). Validation of the values
     * happens before anything changes; a broken rule leaves the report as it was. Returns the
     * report's new version for a submit that follows.
     */
    @Transactional
    public long save(CurrentUser user, long id, long expectedVersion, ReportCommand command) {
        UnitReport report = loadForChange(user, id, expectedVersion);
        requireFiler(user, report);
        if (!report.getStatus().isEditable()) {
            throw new DomainException("report.error.notEditable");
        }
        PlanDetails plan = currentVersion(user, report.getPlanId());
        Map<UUID, ActivityView> activities = byKey(unitActivities(user, plan, report.getUnitNodeId()));
        validate(report, activities, command);
        requireFileRoom(id, command);

        report.changeTexts(text(command.resultsSummary()), text(command.shortcomings()),
                text(command.difficulties()), text(command.proposals()), text(command.nextTasks()), clock.instant());
        describeEntries(report, due(List.copyOf(activities.values()), report.getPeriod()));
        for (ReportCommand.Entry e : command.entries()) {
            ActivityView activity = activities.get(e.activityKey());
            ReportEntry entry = activity != null
                    ? report.entryFor(activity.key(), activity.contentLabel(), activity.name(), activity.position())
                    : report.entry(e.activityKey()).orElseThrow();
            entry.record(e.status(), text(e.dropReason()), text(e.evidence()), text(e.note()),
                    e.figures() == null ? Map.of() : e.figures());
        }
        Set<Long> own = files.rows(id).stream().map(ReportFileRepository.FileRow::getId).collect(Collectors.toSet());
        for (Long fileId : command.deleteFileIds()) {
            if (own.contains(fileId)) {
                files.deleteById(fileId);
            }
        }
        for (ReportCommand.Upload upload : command.uploads()) {
            EvidenceFileType type = EvidenceFileType.detect(upload.content()).orElseThrow();
            files.save(new ReportFile(id, upload.activityKey(), fileName(upload.fileName(), type), type.contentType(),
                    upload.content(), user.fullName(), clock.instant()));
        }
        reports.saveAndFlush(report);
        return report.getVersion();
    }

    /**
     * Submits the report. A repeated request from the same click (an older version of a report
     * that is already submitted) changes nothing and returns false.
     */
    @Transactional
    public boolean submit(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = load(id);
        requireReadable(user, report);
        requireFiler(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.SUBMITTED || report.getStatus() == ReportStatus.ACCEPTED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        PlanDetails plan = currentVersion(user, report.getPlanId());
        Map<UUID, String> due = new LinkedHashMap<>();
        due(unitActivities(user, plan, report.getUnitNodeId()), report.getPeriod())
                .forEach(a -> due.put(a.key(), a.name()));
        Set<UUID> withFiles = files.rows(id).stream().map(ReportFileRepository.FileRow::getActivityKey)
                .collect(Collectors.toSet());
        report.submit(due, withFiles, clock.instant());
        reports.saveAndFlush(report);
        LocalDate deadline = deadlineOf(report);
        record(report, "SUBMITTED", user,
                FollowUpStatus.isLate(report.getSubmittedAt(), deadline, clock.getZone()) ? "LATE" : null);
        return true;
    }

    /** The office accepts a submitted report; it is read-only from then on. */
    @Transactional
    public boolean accept(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = load(id);
        requireReadable(user, report);
        requireDecider(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.ACCEPTED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        report.accept(clock.instant());
        reports.saveAndFlush(report);
        // Empty list would make "in ()": the first period has no earlier ones, so a period none equals.
        List<String> earlier = Arrays.stream(ReportPeriod.values())
                .filter(p -> p.ordinal() < report.getPeriod().ordinal()).map(Enum::name).toList();
        reports.freezeCumulative(report.getId(), earlier.isEmpty() ? List.of("-") : earlier);
        record(report, "ACCEPTED", user, null);
        return true;
    }

    /** The office returns a submitted report with a reason; the unit corrects and submits again. */
    @Transactional
    public boolean returnForRevision(CurrentUser user, long id, long expectedVersion, String reason) {
        UnitReport report = load(id);
        requireReadable(user, report);
        requireDecider(user, report);
        if (report.getVersion() != expectedVersion) {
            if (report.getStatus() == ReportStatus.RETURNED) {
                return false;
            }
            throw new ConflictException("report", id);
        }
        if (reason != null && reason.length() > MAX_TEXT) {
            throw DomainException.onField("reason", "report.error.tooLong");
        }
        report.returnForRevision(reason, clock.instant());
        reports.saveAndFlush(report);
        record(report, "RETURNED", user, report.getReturnReason());
        return true;
    }

    // ---------------------------------------------------------------- reading

    public ReportDetails details(CurrentUser user, long id) {
        UnitReport report = load(id);
        requireReadable(user, report);
        return toDetails(user, report);
    }

    /** An evidence file, for users who may read its report only. */
    public StoredFile file(CurrentUser user, long reportId, long fileId) {
        UnitReport report = load(reportId);
        requireReadable(user, report);
        ReportFile file = files.findById(fileId).filter(f -> f.getReportId() == reportId)
                .orElseThrow(() -> new NotFoundException("report file", fileId));
        return new StoredFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    // ---------------------------------------------------------------- the office's side

    /** Whether the user follows up reports (office, leader, Home Affairs reviewer). */
    public static boolean followsUp(CurrentUser user) {
        return user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER);
    }

    /** Plans whose reports the user follows: the own node's issued plans, or the province's for a reviewer. */
    public List<PlanChoice> followUpPlans(CurrentUser user) {
        requireFollower(user);
        Long node = user.is(Role.REVIEWER) ? null : user.orgNodeId();
        List<PlanSummary> list = new ArrayList<>(planListing.list(user, new PlanFilter(null, node, PlanStatus.ISSUED,
                false)));
        list.addAll(planListing.list(user, new PlanFilter(null, node, PlanStatus.CLOSED, false)));
        // Plans that implement another (a department's) come first: their units are the ones that file.
        return list.stream()
                .sorted(Comparator.comparing(PlanSummary::year).reversed()
                        .thenComparing(p -> p.parentPlanId() == null)
                        .thenComparing(PlanSummary::id))
                .map(p -> new PlanChoice(p.id(), p.numberAndSymbol() == null ? p.title() : p.numberAndSymbol()
                        + " — " + p.issuingNodeName(), p.year()))
                .toList();
    }

    /**
     * Every unit with work due by the period in the plan, with where its report stands; filtered
     * by status and by a part of the unit's name. The counts cover all units, before filtering.
     */
    public FollowUp followUp(CurrentUser user, long planId, ReportPeriod period, FollowUpStatus status,
            String unitQuery) {
        requireFollower(user);
        PlanDetails plan = currentVersion(user, planId);
        if (!organizations.isInScope(user, plan.issuingNodeId())) {
            throw new ForbiddenException(user.username() + " does not follow reports of plan " + planId);
        }
        LocalDate deadline = deadlinesOf(plan.issuingNodeId(), plan.header().year()).get(period);
        Set<Long> unitIds = plan.activities().stream()
                .filter(a -> a.dueByQuarter(period.quarter()) && a.leadNodeId() != plan.issuingNodeId())
                .map(ActivityView::leadNodeId).collect(Collectors.toCollection(LinkedHashSet::new));
        List<FollowUp.Row> rows = unitIds.isEmpty() ? List.of()
                : reports.followUp(plan.lineageId(), period.name(), unitIds).stream()
                        .map(r -> {
                            ReportStatus s = r.getStatus() == null ? null : ReportStatus.valueOf(r.getStatus());
                            return new FollowUp.Row(r.getUnitNodeId(), r.getUnitName(), r.getReportId(),
                                    FollowUpStatus.of(s, r.getFirstSubmittedAt(), deadline, clock.instant(),
                                            clock.getZone()),
                                    FollowUpStatus.isLate(r.getFirstSubmittedAt(), deadline, clock.getZone()),
                                    r.getSubmittedAt());
                        }).toList();
        Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
        Arrays.stream(FollowUpStatus.values()).forEach(s -> counts.put(s, 0L));
        rows.forEach(r -> counts.merge(r.status(), 1L, Long::sum));
        String q = unitQuery == null || unitQuery.isBlank() ? null : unitQuery.trim().toLowerCase(Locale.ROOT);
        List<FollowUp.Row> shown = rows.stream()
                .filter(r -> status == null || r.status() == status)
                .filter(r -> q == null || r.unitName().toLowerCase(Locale.ROOT).contains(q))
                .toList();
        return new FollowUp(plan.id(), label(plan), plan.header().year(), period, deadline, shown, counts);
    }

    /** The periods of a year for the user's node, with cut-offs and deadlines (office and leader). */
    public List<PeriodDeadline> deadlines(CurrentUser user, int year) {
        if (!user.isAnyOf(Role.OFFICE, Role.LEADER)) {
            throw new ForbiddenException(user.username() + " does not set report deadlines");
        }
        requireYear(year);
        Map<ReportPeriod, LocalDate> set = deadlinesOf(user.orgNodeId(), year);
        return Arrays.stream(ReportPeriod.values())
                .map(p -> new PeriodDeadline(p, year, p.cutOffStart(year), p.incrementStart(year), p.cutOffEnd(year),
                        set.get(p), p.defaultDeadline(year)))
                .toList();
    }

    /** The office of a node sets its units' deadline for one period: after the cut-off, within 60 days. */
    @Transactional
    public void setDeadline(CurrentUser user, int year, ReportPeriod period, LocalDate deadline) {
        if (!user.is(Role.OFFICE)) {
            throw new ForbiddenException(user.username() + " does not set report deadlines");
        }
        requireYear(year);
        LocalDate earliest = period.cutOffEnd(year).plusDays(1);
        LocalDate latest = period.cutOffEnd(year).plusDays(60);
        if (deadline == null || deadline.isBefore(earliest) || deadline.isAfter(latest)) {
            throw DomainException.onField("deadline", "report.error.deadlineRange", DATE.format(earliest),
                    DATE.format(latest));
        }
        Optional<ReportDeadline> row = deadlines.findByNodeIdAndYearAndPeriod(user.orgNodeId(), year, period);
        if (row.isPresent()) {
            row.get().moveTo(deadline);
        } else {
            deadlines.save(new ReportDeadline(user.orgNodeId(), year, period, deadline));
        }
    }

    // ---------------------------------------------------------------- rules

    /** A report holds at most {@code parcomms.reports.max-evidence-files} files (27 were once stored on one). */
    private void requireFileRoom(long id, ReportCommand command) {
        if (command.uploads().isEmpty()) {
            return;
        }
        Set<Long> kept = files.rows(id).stream().map(ReportFileRepository.FileRow::getId).collect(Collectors.toSet());
        kept.removeAll(command.deleteFileIds());
        if (kept.size() + command.uploads().size() > maxEvidenceFiles) {
            throw new DomainException("report.error.tooManyFiles", maxEvidenceFiles);
        }
    }

    private void validate(UnitReport report, Map<UUID, ActivityView> activities, ReportCommand c) {
        requireLength("resultsSummary", c.resultsSummary());
        requireLength("shortcomings", c.shortcomings());
        requireLength("difficulties", c.difficulties());
        requireLength("proposals", c.proposals());
        requireLength("nextTasks", c.nextTasks());
        Map<UUID, Integer> index = new HashMap<>();
        for (int i = 0; i < c.entries().size(); i++) {
            ReportCommand.Entry e = c.entries().get(i);
            String field = "entries[" + i + "]";
            index.put(e.activityKey(), i);
            ActivityView activity = activities.get(e.activityKey());
            Optional<ReportEntry> stored = report.entry(e.activityKey());
            if (activity == null && stored.isEmpty()) {
                throw new DomainException("report.error.unknownActivity");
            }
            requireLength(field + ".dropReason", e.dropReason());
            requireLength(field + ".evidence", e.evidence());
            requireLength(field + ".note", e.note());
            Set<Long> indicators = new HashSet<>();
            if (activity != null) {
                activity.targets().forEach(t -> indicators.add(t.indicatorId()));
            }
            stored.ifPresent(s -> indicators.addAll(s.getFigures().keySet()));
            if (e.figures() != null) {
                for (Map.Entry<Long, Integer> f : e.figures().entrySet()) {
                    String figureField = field + ".figures[" + f.getKey() + "]";
                    if (!indicators.contains(f.getKey())) {
                        throw DomainException.onField(figureField, "report.error.unknownIndicator");
                    }
                    if (f.getValue() != null && (f.getValue() < 0 || f.getValue() > MAX_FIGURE)) {
                        throw DomainException.onField(figureField, "report.error.figure", MAX_FIGURE);
                    }
                }
            }
        }
        for (ReportCommand.Upload upload : c.uploads()) {
            Integer i = index.get(upload.activityKey());
            String field = i == null ? null : "entries[" + i + "].files";
            if (i == null && !activities.containsKey(upload.activityKey())) {
                throw new DomainException("report.error.unknownActivity");
            }
            if (upload.content().length > EvidenceFileType.MAX_BYTES) {
                throw fieldOrGlobal(field, "report.error.fileTooLarge", upload.fileName(), 10);
            }
            EvidenceFileType.Inspection inspection = EvidenceFileType.inspect(upload.content());
            if (inspection.unsafeArchive()) {
                throw fieldOrGlobal(field, "report.error.fileArchive", upload.fileName());
            }
            if (inspection.type().isEmpty()) {
                throw fieldOrGlobal(field, "report.error.fileType", upload.fileName());
            }
        }
    }

    private static DomainException fieldOrGlobal(String field, String key, Object... args) {
        return field == null ? new DomainException(key, args) : DomainException.onField(field, key, args);
    }

    private static void requireLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw DomainException.onField(field, "report.error.tooLong");
        }
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundException("report year", year);
        }
    }

    private void requireReadable(CurrentUser user, UnitReport report) {
        boolean allowed = switch (user.role()) {
            case UNIT -> report.getUnitNodeId() == user.orgNodeId();
            case OFFICE, LEADER, REVIEWER -> organizations.isInScope(user, report.getUnitNodeId());
            case ADMIN -> false;
        };
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not read report " + report.getId());
        }
    }

    private static void requireFiler(CurrentUser user, UnitReport report) {
        if (!canFile(user, report)) {
            throw new ForbiddenException(user.username() + " may not file report " + report.getId());
        }
    }

    private static boolean canFile(CurrentUser user, UnitReport report) {
        return user.is(Role.UNIT) && user.orgNodeId() == report.getUnitNodeId();
    }

    private static void requireDecider(CurrentUser user, UnitReport report) {
        if (!canDecide(user, report)) {
            throw new ForbiddenException(user.username() + " may not accept or return report " + report.getId());
        }
    }

    private static boolean canDecide(CurrentUser user, UnitReport report) {
        return user.is(Role.OFFICE) && user.orgNodeId() == report.getPlanNodeId();
    }

    private static void requireFollower(CurrentUser user) {
        if (!followsUp(user)) {
            throw new ForbiddenException(user.username() + " does not follow up reports");
        }
    }

    private UnitReport loadForChange(CurrentUser user, long id, long expectedVersion) {
        UnitReport report = load(id);
        requireReadable(user, report);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("report", id);
        }
        return report;
    }

    private UnitReport load(long id) {
        return reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }

    private void record(UnitReport report, String action, CurrentUser user, String reason) {
        events.save(new ReportEvent(report.getId(), action, user.id() == 0 ? null : user.id(), user.fullName(),
                clock.instant(), reason));
    }

    // ---------------------------------------------------------------- plans and periods

    /** The version of the plan in force (activities may have changed by amendment; keys stay). */
    private PlanDetails currentVersion(CurrentUser user, long planId) {
        PlanDetails plan = planReader.details(user, planId);
        if (plan.status() == PlanStatus.ISSUED) {
            return plan;
        }
        return plan.versions().stream().filter(v -> v.status() == PlanStatus.ISSUED).findFirst()
                .map(v -> planReader.details(user, v.id())).orElse(plan);
    }

    /**
     * The activities a unit reports on in a plan: those of its own issued implementing plan when
     * it has one (they carry the parent's keys), otherwise the plan's activities it leads.
     */
    private List<ActivityView> unitActivities(CurrentUser user, PlanDetails plan, long unitId) {
        Optional<ImplementationStatus> implementation = plan.implementations().stream()
                .filter(i -> i.nodeId() == unitId && i.planId() != null && i.status() != null)
                .findFirst();
        if (implementation.isPresent()) {
            // The latest version may be an amendment still in draft: the version in force counts.
            Optional<Long> inForce = implementation.get().status().isIssued()
                    ? Optional.of(implementation.get().planId())
                    : planReader.details(user, implementation.get().planId()).versions().stream()
                            .filter(v -> v.status().isIssued()).map(PlanSummary::id).findFirst();
            if (inForce.isPresent()) {
                return planReader.activities(user, inForce.get());
            }
        }
        return plan.activities().stream().filter(a -> a.leadNodeId() == unitId).toList();
    }

    private static List<ActivityView> due(List<ActivityView> activities, ReportPeriod period) {
        return activities.stream().filter(a -> a.dueByQuarter(period.quarter()))
                .sorted(Comparator.comparing(ActivityView::position)).toList();
    }

    private static Map<UUID, ActivityView> byKey(List<ActivityView> activities) {
        Map<UUID, ActivityView> map = new LinkedHashMap<>();
        activities.stream().sorted(Comparator.comparing(ActivityView::position)).forEach(a -> map.put(a.key(), a));
        return map;
    }

    private static void describeEntries(UnitReport report, List<ActivityView> due) {
        for (ActivityView a : due) {
            report.entryFor(a.key(), a.contentLabel(), a.name(), a.position());
        }
    }

    private Map<ReportPeriod, LocalDate> deadlinesOf(long nodeId, int year) {
        Map<ReportPeriod, LocalDate> result = new EnumMap<>(ReportPeriod.class);
        for (ReportPeriod p : ReportPeriod.values()) {
            result.put(p, p.defaultDeadline(year));
        }
        deadlines.findByNodeIdAndYear(nodeId, year).forEach(d -> result.put(d.getPeriod(), d.getDeadline()));
        return result;
    }

    /** The deadlines of several plans' issuing nodes and years in one statement, keyed "node/year". */
    private Map<String, Map<ReportPeriod, LocalDate>> deadlinesOf(List<ReportingDuty> duties) {
        Map<String, Map<ReportPeriod, LocalDate>> result = new HashMap<>();
        for (ReportingDuty d : duties) {
            result.computeIfAbsent(d.issuingNodeId() + "/" + d.year(), k -> {
                Map<ReportPeriod, LocalDate> defaults = new EnumMap<>(ReportPeriod.class);
                for (ReportPeriod p : ReportPeriod.values()) {
                    defaults.put(p, p.defaultDeadline(d.year()));
                }
                return defaults;
            });
        }
        deadlines.findByNodeIdInAndYearIn(duties.stream().map(ReportingDuty::issuingNodeId).collect(Collectors.toSet()),
                duties.stream().map(ReportingDuty::year).collect(Collectors.toSet())).forEach(d -> {
                    Map<ReportPeriod, LocalDate> ofPlan = result.get(d.getNodeId() + "/" + d.getYear());
                    if (ofPlan != null) {
                        ofPlan.put(d.getPeriod(), d.getDeadline());
                    }
                });
        return result;
    }

    private LocalDate deadlineOf(UnitReport report) {
        return deadlinesOf(report.getPlanNodeId(), report.getYear()).get(report.getPeriod());
    }

    private static String label(PlanDetails plan) {
        String number = plan.numberAndSymbol();
        return number == null ? plan.header().title() : number;
    }

    // ---------------------------------------------------------------- views

    private ReportDetails toDetails(CurrentUser user, UnitReport report) {
        PlanDetails plan = currentVersion(user, report.getPlanId());
        Map<UUID, ActivityView> activities = byKey(unitActivities(user, plan, report.getUnitNodeId()));
        Map<UUID, ReportEntry> stored = new LinkedHashMap<>();
        report.getEntries().forEach(e -> stored.put(e.getActivityKey(), e));
        // An open report shows every activity now due; a submitted or accepted one what it was filed with.
        List<UUID> keys = new ArrayList<>();
        if (report.getStatus().isEditable()) {
            due(List.copyOf(activities.values()), report.getPeriod()).forEach(a -> keys.add(a.key()));
        }
        stored.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);

        Map<String, Long> earlier = new HashMap<>();
        List<String> earlierPeriods = Arrays.stream(ReportPeriod.values())
                .filter(p -> p.ordinal() < report.getPeriod().ordinal()).map(Enum::name).toList();
        if (!earlierPeriods.isEmpty()) {
            reports.earlierTotals(report.getUnitNodeId(), report.getPlanLineageId(), earlierPeriods)
                    .forEach(t -> earlier.put(t.getActivityKey() + "/" + t.getIndicatorId(), t.getTotal()));
        }
        Map<String, Long> frozen = new HashMap<>();
        if (report.getStatus() == ReportStatus.ACCEPTED) {
            // What the office accepted stays as accepted, whatever an earlier period does later.
            reports.frozenCumulative(report.getId())
                    .forEach(t -> frozen.put(t.getActivityKey() + "/" + t.getIndicatorId(), t.getTotal()));
        }
        Set<Long> unknownIndicators = new HashSet<>();
        stored.values().forEach(e -> unknownIndicators.addAll(e.getFigures().keySet()));
        activities.values().forEach(a -> a.targets().forEach(t -> unknownIndicators.remove(t.indicatorId())));
        Map<Long, IndicatorView> indicators = unknownIndicators.isEmpty() ? Map.of()
                : catalog.indicatorsById(unknownIndicators);
        Map<UUID, List<ReportDetails.FileView>> filesByKey = new HashMap<>();
        files.rows(report.getId()).forEach(f -> filesByKey.computeIfAbsent(f.getActivityKey(), k -> new ArrayList<>())
                .add(new ReportDetails.FileView(f.getId(), f.getActivityKey(), f.getFileName(), f.getContentType(),
                        f.getSizeBytes(), f.getUploadedBy(), f.getUploadedAt())));

        List<ReportDetails.EntryView> entries = new ArrayList<>();
        for (UUID key : keys) {
            ActivityView activity = activities.get(key);
            ReportEntry entry = stored.get(key);
            Map<Long, Integer> amounts = entry == null ? Map.of() : entry.getFigures();
            List<ReportDetails.FigureView> figures = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            if (activity != null) {
                for (ActivityView.TargetView t : activity.targets()) {
                    seen.add(t.indicatorId());
                    figures.add(figure(key, t.indicatorId(), t.name(), t.nameEn(), t.unit(), t.target(),
                            amounts.get(t.indicatorId()), earlier, frozen));
                }
            }
            for (Map.Entry<Long, Integer> a : amounts.entrySet()) {
                if (!seen.contains(a.getKey())) {
                    IndicatorView iv = indicators.get(a.getKey());
                    figures.add(figure(key, a.getKey(), iv == null ? "?" : iv.name(), iv == null ? null : iv.nameEn(),
                            iv == null ? "" : iv.unit(), null, a.getValue(), earlier, frozen));
                }
            }
            boolean useStoredWording = entry != null && !report.getStatus().isEditable();
            entries.add(new ReportDetails.EntryView(key,
                    useStoredWording || activity == null ? entry.getContentLabel() : activity.contentLabel(),
                    useStoredWording || activity == null ? entry.getActivityName() : activity.name(),
                    entry == null ? null : entry.getStatus(), entry == null ? null : entry.getDropReason(),
                    entry == null ? null : entry.getEvidence(), entry == null ? null : entry.getNote(), figures,
                    filesByKey.getOrDefault(key, List.of())));
        }
        List<ReportDetails.EventView> history = events.findByReportIdOrderByAtAscIdAsc(report.getId()).stream()
                .map(e -> new ReportDetails.EventView(e.getAction(), e.getActorName(), e.getAt(), e.getReason()))
                .toList();
        LocalDate deadline = deadlineOf(report);
        boolean filer = canFile(user, report);
        boolean decider = canDecide(user, report);
        ReportStatus s = report.getStatus();
        return new ReportDetails(report.getId(), report.getUnitNodeId(),
                organizations.find(report.getUnitNodeId()).name(), plan.id(), label(plan), plan.header().title(),
                report.getYear(), report.getPeriod(), s,
                FollowUpStatus.of(s, report.getFirstSubmittedAt(), deadline, clock.instant(), clock.getZone()),
                FollowUpStatus.isLate(report.getFirstSubmittedAt(), deadline, clock.getZone()), deadline,
                report.getResultsSummary(), report.getShortcomings(), report.getDifficulties(), report.getProposals(),
                report.getNextTasks(), report.getReturnReason(), report.getSubmittedAt(), report.getVersion(), entries,
                history, new ReportDetails.Permissions(filer && s.isEditable(), filer && s.isEditable(),
                        decider && s == ReportStatus.SUBMITTED, decider && s == ReportStatus.SUBMITTED));
    }

    private static ReportDetails.FigureView figure(UUID key, long indicatorId, String name, String nameEn,
            String unit, Integer target, Integer amount, Map<String, Long> earlier, Map<String, Long> frozen) {
        Long stored = frozen.get(key + "/" + indicatorId);
        if (stored != null) {
            long increment = amount == null ? 0 : amount;
            return new ReportDetails.FigureView(indicatorId, name, nameEn, unit, target, amount, stored - increment,
                    stored);
        }
        long before = earlier.getOrDefault(key + "/" + indicatorId, 0L);
        return new ReportDetails.FigureView(indicatorId, name, nameEn, unit, target, amount, before,
                before + (amount == null ? 0 : amount));
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A safe file name: no path, no control characters, no invisible format characters (a
     * right-to-left override U+202E would show "gpj.exe" as "exe.jpg"; bidi marks and isolates,
     * zero-width characters), the extension of the detected type.
     */
    static String fileName(String original, EvidenceFileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "evidence";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + type.extension();
    }

    /** The id of the user's unit's report for a plan and period, if it was opened. */
    public Optional<Long> findReportId(CurrentUser user, long planId, ReportPeriod period) {
        PlanDetails plan = currentVersion(user, planId);
        return reports.findByUnitNodeIdAndPlanLineageIdAndPeriod(user.orgNodeId(), plan.lineageId(), period)
                .map(UnitReport::getId);
    }
}

package vn.parcomms.report;

import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.report.internal.ReportAccess;
import vn.parcomms.report.internal.ReportEntry;
import vn.parcomms.report.internal.ReportFile;
import vn.parcomms.report.internal.ReportFileRepository;
import vn.parcomms.report.internal.ReportPlans;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * A unit writes its report: opens it for a plan and period, pre-filled with the activities due,
 * and saves its texts, figures and evidence files. Only UNIT users of the reporting unit, and only
 * while the report is a draft or returned.
 */
@Service
@Transactional(readOnly = true)
public class ReportDrafting {

    /** The largest figure a report takes; anything above is a typing error. */
    public static final int MAX_FIGURE = 10_000_000;
    public static final int MAX_TEXT = 20_000;

    private final UnitReportRepository reports;
    private final ReportFileRepository files;
    private final ReportAccess access;
    private final ReportPlans reportPlans;
    private final Clock clock;
    private final int maxEvidenceFiles;

    ReportDrafting(UnitReportRepository reports, ReportFileRepository files, ReportAccess access,
            ReportPlans reportPlans, Clock clock,
            @Value("${parcomms.reports.max-evidence-files:10}") int maxEvidenceFiles) {
        this.reports = reports;
        this.files = files;
        this.access = access;
        this.reportPlans = reportPlans;
        this.clock = clock;
        this.maxEvidenceFiles = maxEvidenceFiles;
    }

    /**
     * The same service reading time from another clock, for loading demo history with the dates it
     * would have had. The copy is not a Spring proxy: callers run it inside their own transaction.
     */
    public ReportDrafting withClock(Clock other) {
        return new ReportDrafting(reports, files, access, reportPlans, other, maxEvidenceFiles);
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
        PlanDetails plan = reportPlans.currentVersion(user, planId);
        if (!plan.status().isIssued() || plan.issuingNodeId() == user.orgNodeId()) {
            throw new DomainException("report.error.planNotReportable");
        }
        Optional<UnitReport> existing = reports.findByUnitNodeIdAndPlanLineageIdAndPeriod(user.orgNodeId(),
                plan.lineageId(), period);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        List<ActivityView> due = ReportPlans.due(reportPlans.unitActivities(user, plan, user.orgNodeId()), period);
        if (due.isEmpty()) {
            throw new DomainException("report.error.nothingDue");
        }
        UnitReport report = new UnitReport(user.orgNodeId(), plan.issuingNodeId(), plan.lineageId(), plan.id(),
                plan.header().year(), period, Step.of(user, clock));
        describeEntries(report, due);
        try {
            reports.saveAndFlush(report);
        } catch (DataIntegrityViolationException e) {
            // Someone of the same unit opened it at the same moment: theirs stands.
            throw new ConflictException("report", plan.lineageId() + "/" + period);
        }
        return report.getId();
    }

    /**
     * Saves the unit's draft (or a returned report being corrected). Validation of the values
     * happens before anything changes; a broken rule leaves the report as it was. Returns the
     * report's new version for a submit that follows.
     */
    @Transactional
    public long save(CurrentUser user, long id, long expectedVersion, ReportCommand command) {
        UnitReport report = access.loadReadable(user, id);
        ReportAccess.requireFiler(user, report);
        if (report.getVersion() != expectedVersion) {
            throw new ConflictException("report", id);
        }
        if (!report.getStatus().isEditable()) {
            throw new DomainException("report.error.notEditable");
        }
        PlanDetails plan = reportPlans.currentVersion(user, report.getPlanId());
        Map<UUID, ActivityView> activities = ReportPlans.byKey(
                reportPlans.unitActivities(user, plan, report.getUnitNodeId()));
        validate(report, activities, command);
        requireFileRoom(id, command);

        report.changeTexts(text(command.resultsSummary()), text(command.shortcomings()),
                text(command.difficulties()), text(command.proposals()), text(command.nextTasks()), clock.instant());
        describeEntries(report, ReportPlans.due(List.copyOf(activities.values()), report.getPeriod()));
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
        reports.flush();
        return report.getVersion();
    }

    /**
     * Attaches one evidence file to an activity of the unit's draft (or returned report): each file
     * travels in its own request, so that several files never add up past the request limit, and
     * the report's texts are not part of it (its version does not change).
     */
    @Transactional
    public AttachedFile attach(CurrentUser user, long id, UUID activityKey, String fileName, byte[] content) {
        UnitReport report = access.loadReadable(user, id);
        ReportAccess.requireFiler(user, report);
        if (!report.getStatus().isEditable()) {
            throw new DomainException("report.error.notEditable");
        }
        PlanDetails plan = reportPlans.currentVersion(user, report.getPlanId());
        Map<UUID, ActivityView> activities = ReportPlans.byKey(
                reportPlans.unitActivities(user, plan, report.getUnitNodeId()));
        if (activityKey == null || (!activities.containsKey(activityKey) && report.entry(activityKey).isEmpty())) {
            throw new DomainException("report.error.unknownActivity");
        }
        ReportCommand.Upload upload = new ReportCommand.Upload(activityKey, fileName, content);
        if (files.rows(id).size() + 1 > maxEvidenceFiles) {
            throw new DomainException("report.error.tooManyFiles", maxEvidenceFiles);
        }
        if (content.length > EvidenceFileType.MAX_BYTES) {
            throw new DomainException("report.error.fileTooLarge", fileName, 10);
        }
        EvidenceFileType.Inspection inspection = EvidenceFileType.inspect(content);
        if (inspection.unsafeArchive()) {
            throw new DomainException("report.error.fileArchive", fileName);
        }
        EvidenceFileType type = inspection.type().orElseThrow(() -> new DomainException("report.error.fileType", fileName));
        ReportFile saved = files.save(new ReportFile(id, upload.activityKey(), fileName(upload.fileName(), type),
                type.contentType(), upload.content(), user.fullName(), clock.instant()));
        return new AttachedFile(saved.getId(), saved.getFileName());
    }

    private static void describeEntries(UnitReport report, List<ActivityView> due) {
        for (ActivityView a : due) {
            report.entryFor(a.key(), a.contentLabel(), a.name(), a.position());
        }
    }

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

    static void requireLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw DomainException.onField(field, "report.error.tooLong");
        }
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
}

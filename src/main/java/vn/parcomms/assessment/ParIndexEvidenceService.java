package vn.parcomms.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import vn.parcomms.assessment.internal.EvidencePack;
import vn.parcomms.assessment.internal.EvidencePackWriter;
import vn.parcomms.assessment.internal.SelfAssessmentQueries;
import vn.parcomms.consolidation.AgencyTimeliness;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationExports;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanExports;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportExports;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.database.ReplicaReads;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The evidence pack of a node and year for the province's scoring: the self-assessment sheet and
 * every document behind it, named by the criterion it supports. Which documents a criterion names
 * follows its rule kind:
 * <ul>
 * <li>{@code PLAN_ISSUED}: the plans the node itself issued for the year (issued or closed);</li>
 * <li>{@code ACTIVITIES_DONE}, {@code TARGETS_MET}, {@code ACTIVITY_COUNT},
 * {@code CHANNEL_DIVERSITY}: the accepted unit reports of the plan the assessment rolls up, each
 * with the evidence files uploaded to it;</li>
 * <li>{@code REPORTS_ON_TIME}: for an agency, its consolidated reports sent to Home Affairs; for
 * any other node, the accepted unit reports; each with the date it was sent;</li>
 * <li>{@code GROUP} and {@code MANUAL}: none computed.</li>
 * </ul>
 * Under every criterion then come the files the node's office uploaded with its self-assessment
 * for it; a file uploaded under two criteria (the same bytes) is written once. The sheet is the
 * one every view of the self-assessment reads ({@link SelfAssessmentService#sheet}).
 * Access is the PAR INDEX page's ({@link ParIndexService#assess}), and the node asked for must be
 * the one the page would show: a node outside the user's scope, or another node than a UNIT's,
 * OFFICE's or LEADER's own, is forbidden. The documents come from their modules' exports, which
 * check access again.
 */
@Service
@ReplicaReads
public class ParIndexEvidenceService {

    private static final Set<CriterionKind> ACTIVITY_KINDS = EnumSet.of(CriterionKind.ACTIVITIES_DONE,
            CriterionKind.TARGETS_MET, CriterionKind.ACTIVITY_COUNT, CriterionKind.CHANNEL_DIVERSITY);
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ParIndexService assessments;
    private final SelfAssessmentService sheets;
    private final SelfAssessmentQueries selfFiles;
    private final PlanListing planListing;
    private final PlanExports planExports;
    private final RollupService rollups;
    private final ReportDetailsReader reportReader;
    private final ReportExports reportExports;
    private final ConsolidationDeadlineService consolidationDeadlines;
    private final ConsolidationExports consolidationExports;
    private final OrganizationService organizations;
    private final EvidencePackWriter writer;
    private final MessageSource messages;
    private final Clock clock;

    ParIndexEvidenceService(ParIndexService assessments, SelfAssessmentService sheets,
            SelfAssessmentQueries selfFiles, PlanListing planListing, PlanExports planExports,
            RollupService rollups, ReportDetailsReader reportReader, ReportExports reportExports,
            ConsolidationDeadlineService consolidationDeadlines, ConsolidationExports consolidationExports,
            OrganizationService organizations, EvidencePackWriter writer, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.sheets = sheets;
        this.selfFiles = selfFiles;
        this.planListing = planListing;
        this.planExports = planExports;
        this.rollups = rollups;
        this.reportReader = reportReader;
        this.reportExports = reportExports;
        this.consolidationDeadlines = consolidationDeadlines;
        this.consolidationExports = consolidationExports;
        this.organizations = organizations;
        this.writer = writer;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The pack of the node and year as the user may download it; texts of the index and the sheet's
     * XLSX in the user's language, links in the sheet absolute from {@code base}.
     */
    public EvidencePackDownload pack(CurrentUser user, long nodeId, int year, String base, Locale locale) {
        EvidencePack pack = contents(user, nodeId, year, base, locale);
        return new EvidencePackDownload(TableExports.fileName("ho-so-minh-chung", pack.nodeName(), year, ".zip"),
                out -> writer.write(pack, locale, out));
    }

    /** What the pack holds: the sheet's rows and each criterion's evidence, nothing rendered yet. */
    EvidencePack contents(CurrentUser user, long nodeId, int year, String base, Locale locale) {
        ParIndex index = assessments.assess(user, nodeId, year);
        if (index.nodeId() != nodeId) {
            throw new ForbiddenException(user.username() + " may not download the evidence pack of node " + nodeId);
        }
        AssessmentSheet sheet = sheets.sheetOf(user, index);
        Map<String, List<SelfAssessmentQueries.PackFile>> uploaded = new HashMap<>();
        if (sheet.assessmentId() != null) {
            selfFiles.packFiles(sheet.assessmentId()).forEach(f -> uploaded
                    .computeIfAbsent(f.criterionCode().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(f));
        }
        List<PlanSummary> plans = null;
        List<ReportDetails> accepted = null;
        List<AgencyTimeliness> sent = null;
        List<EvidencePack.Evidence> evidence = new ArrayList<>();
        for (CriterionScore score : index.scores()) {
            Criterion c = score.criterion();
            if (c.kind() == CriterionKind.PLAN_ISSUED) {
                plans = plans == null ? issuedPlans(user, nodeId, year) : plans;
                plans.forEach(p -> evidence.add(plan(user, c, p, locale)));
            } else if (ACTIVITY_KINDS.contains(c.kind())) {
                accepted = accepted == null ? acceptedReports(user, index) : accepted;
                for (ReportDetails r : accepted) {
                    evidence.add(report(user, c, r, locale));
                    r.entries().forEach(e -> e.files().forEach(f -> evidence.add(file(user, c, r, f, locale))));
                }
            } else if (c.kind() == CriterionKind.REPORTS_ON_TIME && index.reports().consolidated()) {
                sent = sent == null ? sentConsolidations(user, nodeId, year) : sent;
                sent.forEach(t -> evidence.add(consolidation(user, c, t, year, locale)));
            } else if (c.kind() == CriterionKind.REPORTS_ON_TIME) {
                accepted = accepted == null ? acceptedReports(user, index) : accepted;
                accepted.forEach(r -> evidence.add(report(user, c, r, locale)));
            }
            for (SelfAssessmentQueries.PackFile f : uploaded.getOrDefault(c.code().toUpperCase(Locale.ROOT),
                    List.of())) {
                evidence.add(selfFile(c, sheet.assessmentId(), f, locale));
            }
        }
        return new EvidencePack(organizations.letterheadAt(nodeId, LocalDate.now(clock)), sheet, base, evidence);
    }

    private List<PlanSummary> issuedPlans(CurrentUser user, long nodeId, int year) {
        List<PlanSummary> plans = new ArrayList<>(planListing.list(user, new PlanFilter(year, nodeId,
                PlanStatus.ISSUED, false)));
        plans.addAll(planListing.list(user, new PlanFilter(year, nodeId, PlanStatus.CLOSED, false)));
        return plans.stream().filter(p -> p.issuingNodeId() == nodeId).sorted(Comparator.comparing(PlanSummary::id))
                .toList();
    }

    /**
     * The accepted unit reports of the plan the assessment rolls up (for a unit, its own). An
     * agency's reports criterion scores its consolidated reports, so its unit reports are read
     * from the rollup here.
     */
    private List<ReportDetails> acceptedReports(CurrentUser user, ParIndex index) {
        List<Long> ids = new ArrayList<>();
        if (!index.reports().consolidated()) {
            index.reports().cells().stream()
                    .filter(c -> FollowUpStatus.ACCEPTED.name().equals(c.status()) && c.reportId() != null)
                    .forEach(c -> ids.add(c.reportId()));
        } else if (index.carried().planId() != null) {
            Rollup rollup = rollups.rollup(user, index.nodeId(), index.carried().planId(), ReportPeriod.YEAR);
            for (Rollup.TimelinessRow row : rollup.timeliness()) {
                for (ReportPeriod p : ReportPeriod.values()) {
                    Rollup.Cell cell = row.cell(p);
                    if (cell != null && cell.status() == FollowUpStatus.ACCEPTED && cell.reportId() != null) {
                        ids.add(cell.reportId());
                    }
                }
            }
        }
        return ids.stream().map(id -> reportReader.details(user, id)).toList();
    }

    private List<AgencyTimeliness> sentConsolidations(CurrentUser user, long nodeId, int year) {
        return consolidationDeadlines.agencyTimeliness(user, nodeId, year).stream()
                .filter(t -> t.sent() && t.reportId() != null).toList();
    }

    private EvidencePack.Evidence plan(CurrentUser user, Criterion c, PlanSummary p, Locale locale) {
        String number = p.numberAndSymbol();
        return new EvidencePack.Evidence(c.code(), c.title(), "plan:" + p.id(), p.title(), number, p.issueDate(),
                text("parIndex.evidence.file.plan", VIETNAMESE, number == null ? p.label() : number), "pdf",
                out -> out.write(planExports.pdf(user, p.id()).content()));
    }

    private EvidencePack.Evidence report(CurrentUser user, Criterion c, ReportDetails r, Locale locale) {
        return new EvidencePack.Evidence(c.code(), c.title(), "report:" + r.id(),
                text("parIndex.evidence.doc.report", locale, period(r.period(), r.year(), locale), r.unitName()), null,
                date(r.submittedAt()),
                text("parIndex.evidence.file.report", VIETNAMESE, r.period().name(), r.unitName()), "pdf",
                out -> out.write(reportExports.pdf(user, r.id()).content()));
    }

    private EvidencePack.Evidence file(CurrentUser user, Criterion c, ReportDetails r, ReportDetails.FileView f,
            Locale locale) {
        String original = f.fileName();
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        String extension = dot > 0 ? original.substring(dot + 1) : "";
        return new EvidencePack.Evidence(c.code(), c.title(), "report-file:" + f.id(),
                text("parIndex.evidence.doc.file", locale, original, period(r.period(), r.year(), locale),
                        r.unitName()),
                null, date(f.uploadedAt()),
                text("parIndex.evidence.file.file", VIETNAMESE, r.period().name(), r.unitName(), base), extension,
                out -> out.write(reportReader.file(user, r.id(), f.id()).content()));
    }

    /** A file uploaded with the self-assessment; the same bytes under two criteria are one document. */
    private EvidencePack.Evidence selfFile(Criterion c, long assessmentId, SelfAssessmentQueries.PackFile f,
            Locale locale) {
        String original = f.fileName();
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        String extension = dot > 0 ? original.substring(dot + 1) : "";
        return new EvidencePack.Evidence(c.code(), c.title(), "self-file:" + f.digest(),
                text("parIndex.evidence.doc.selfFile", locale, original), null, date(f.uploadedAt()),
                text("parIndex.evidence.file.selfFile", VIETNAMESE, base), extension,
                out -> out.write(selfFiles.content(f.id()).filter(x -> x.assessmentId() == assessmentId)
                        .orElseThrow(() -> new NotFoundException("self-assessment file", f.id())).content()));
    }

    private EvidencePack.Evidence consolidation(CurrentUser user, Criterion c, AgencyTimeliness t, int year,
            Locale locale) {
        return new EvidencePack.Evidence(c.code(), c.title(), "consolidation:" + t.reportId(),
                text("parIndex.evidence.doc.consolidation", locale, period(t.period(), year, locale)), null,
                date(t.firstSentAt()), text("parIndex.evidence.file.consolidation", VIETNAMESE, t.period().name()),
                "pdf", out -> out.write(consolidationExports.pdf(user, t.reportId()).content()));
    }

    private String period(ReportPeriod period, int year, Locale locale) {
        return messages.getMessage("report.period." + period, new Object[] {year}, locale);
    }

    private LocalDate date(Instant at) {
        return at == null ? null : LocalDate.ofInstant(at, clock.getZone());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}

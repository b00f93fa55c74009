package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.assessment.internal.SelfAssessment;
import vn.parcomms.assessment.internal.SelfAssessmentQueries;
import vn.parcomms.assessment.internal.SelfAssessmentRepository;
import vn.parcomms.report.EvidenceFileType;
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * A node's PAR INDEX self-assessment of a year: the sheet as every view reads it, and the
 * office's self-score with its evidence. Who may read it is the PAR INDEX page's rule, checked
 * by {@link ParIndexService#assess} for the node asked for (OFFICE, LEADER and UNIT their own
 * node, REVIEWER any node of the province, ADMIN none); only the OFFICE of the node edits a
 * draft. The lifecycle steps are {@link SelfAssessmentLifecycle}'s.
 */
@Service
@Transactional(readOnly = true)
public class SelfAssessmentService {

    /** At most this many files per self-assessment, each at most {@link EvidenceFileType#MAX_BYTES}. */
    public static final int MAX_FILES = 20;
    public static final int MAX_LINKS = 10;
    public static final int MAX_TEXT = 2000;
    static final BigDecimal LOWEST = new BigDecimal("-100");

    private final ParIndexService index;
    private final SelfAssessmentRepository assessments;
    private final SelfAssessmentQueries queries;
    private final Clock clock;

    SelfAssessmentService(ParIndexService index, SelfAssessmentRepository assessments, SelfAssessmentQueries queries,
            Clock clock) {
        this.index = index;
        this.assessments = assessments;
        this.queries = queries;
        this.clock = clock;
    }

    /** The node's self-assessment of the year as the user may read it (403 when they may not). */
    public AssessmentSheet sheet(CurrentUser user, long nodeId, int year) {
        ParIndex computed = readable(user, nodeId, year);
        SelfAssessment a = assessments.findByNodeIdAndYear(nodeId, year).orElse(null);
        return build(user, computed, a);
    }

    /** The sheet of a node whose computed PAR INDEX the caller has read for this user (the evidence pack). */
    AssessmentSheet sheetOf(CurrentUser user, ParIndex computed) {
        return build(user, computed, assessments.findByNodeIdAndYear(computed.nodeId(), computed.year()).orElse(null));
    }

    /** The computed PAR INDEX of the node, refused unless the user may read exactly that node. */
    ParIndex readable(CurrentUser user, long nodeId, int year) {
        ParIndex computed = index.assess(user, nodeId, year);
        if (computed.nodeId() != nodeId) {
            throw new ForbiddenException(user.username() + " may not read the self-assessment of node " + nodeId);
        }
        return computed;
    }

    AssessmentSheet build(CurrentUser user, ParIndex computed, SelfAssessment a) {
        SheetRows.Values v = SheetRows.values(computed, a, null, null);
        List<SelfAssessmentQueries.FileRow> files = a == null ? List.of() : queries.rows(a.getId());
        AssessmentStatus status = a == null ? AssessmentStatus.NONE : a.getStatus();
        boolean own = user.orgNodeId() == computed.nodeId();
        AssessmentSheet.Permissions may = new AssessmentSheet.Permissions(
                own && user.is(Role.OFFICE) && (status == AssessmentStatus.NONE || status == AssessmentStatus.DRAFT),
                own && user.is(Role.LEADER) && status == AssessmentStatus.DRAFT,
                user.is(Role.REVIEWER) && status == AssessmentStatus.SUBMITTED);
        List<AssessmentSheet.HistoryLine> history = new ArrayList<>();
        if (a != null) {
            a.getHistory().forEach(h -> history.add(0, new AssessmentSheet.HistoryLine(h.getAction(),
                    h.getActorName(), h.getAt(), h.getReason(), h.getDetails())));
        }
        CriteriaSet set = computed.criteria();
        BigDecimal appraisedTotal = status == AssessmentStatus.APPRAISED ? SheetRows.total(set, v.appraised()) : null;
        return new AssessmentSheet(computed.nodeId(), computed.nodeName(), computed.year(),
                a == null ? null : a.getId(), a == null ? null : a.getVersion(), status,
                SheetRows.rows(computed, a, v, files), SheetRows.total(set, v.computed()), SheetRows.total(set, v.self()),
                appraisedTotal, computed.maximum(), a == null ? null : a.getReturnReason(),
                a == null ? null : a.getSubmittedBy(), a == null ? null : a.getSubmittedAt(),
                a == null ? null : a.getAppraisedBy(), a == null ? null : a.getAppraisedAt(), history, may,
                documentChoices(computed));
    }

    /** The node's own records a criterion may link to: its issued plan, its units' accepted reports, its sent consolidated reports. */
    private static List<AssessmentSheet.Evidence> documentChoices(ParIndex computed) {
        List<AssessmentSheet.Evidence> choices = new ArrayList<>();
        if (computed.plan().planId() != null) {
            choices.add(new AssessmentSheet.Evidence("PLAN", String.valueOf(computed.plan().planId()),
                    computed.plan().planLabel(), null));
        }
        for (ParIndex.ReportCell c : computed.reports().cells()) {
            if (c.consolidationId() != null) {
                choices.add(new AssessmentSheet.Evidence("CONSOLIDATION", String.valueOf(c.consolidationId()),
                        c.unitName(), c.period().name()));
            } else if (c.reportId() != null && FollowUpStatus.ACCEPTED.name().equals(c.status())) {
                choices.add(new AssessmentSheet.Evidence("REPORT", String.valueOf(c.reportId()), c.unitName(),
                        c.period().name()));
            }
        }
        return choices;
    }

    /**
     * Saves the office's self-score of the node's draft (starting it on the first save; {@code
     * expectedVersion} null then): points within the criterion's maximum, a reason wherever they
     * differ from the computed ones, links to web addresses or to the node's own records, files
     * of the report's types and size. Nothing changes when a rule is broken; a stale version is a
     * conflict.
     */
    @Transactional
    public void save(CurrentUser user, long nodeId, int year, Long expectedVersion, SelfAssessmentCommand command) {
        ParIndex computed = readable(user, nodeId, year);
        if (!user.is(Role.OFFICE) || user.orgNodeId() != nodeId) {
            throw new ForbiddenException(user.username() + " may not edit the self-assessment of node " + nodeId);
        }
        SelfAssessment a = assessments.findForChange(nodeId, year).orElse(null);
        if (a == null ? expectedVersion != null : expectedVersion == null || a.getVersion() != expectedVersion) {
            throw new ConflictException("self-assessment", nodeId + "/" + year);
        }
        if (a != null && a.getStatus() != AssessmentStatus.DRAFT) {
            throw new DomainException("selfAssessment.error.notDraft");
        }
        CriteriaSet set = computed.criteria();
        Set<String> codes = new HashSet<>();
        set.criteria().stream().filter(c -> SheetRows.editable(set, c)).forEach(c -> codes.add(c.code().toUpperCase()));
        Map<String, AssessmentSheet.Evidence> choices = new HashMap<>();
        documentChoices(computed).forEach(d -> choices.put(d.ref(), d));

        SheetRows.Values live = SheetRows.values(computed, null, null, null);
        Map<String, BigDecimal> selfPoints = new HashMap<>();
        Map<String, SelfAssessmentCommand.Entry> byCode = new HashMap<>();
        Map<String, List<SelfAssessment.LinkData>> links = new HashMap<>();
        for (int i = 0; i < command.entries().size(); i++) {
            SelfAssessmentCommand.Entry e = command.entries().get(i);
            String field = "entries[" + i + "]";
            Criterion c = set.criteria().stream().filter(x -> x.code().equalsIgnoreCase(e.code())).findFirst()
                    .filter(x -> codes.contains(x.code().toUpperCase()))
                    .orElseThrow(() -> new DomainException("selfAssessment.error.unknownCriterion", e.code()));
            if (e.selfPoints() != null) {
                requirePoints(field + ".selfPoints", e.selfPoints(), c);
            }
            requireLength(field + ".reason", e.reason());
            BigDecimal comp = live.computed().get(c.code());
            if (e.selfPoints() != null && e.selfPoints().compareTo(comp) != 0
                    && (e.reason() == null || e.reason().isBlank())) {
                throw DomainException.onField(field + ".reason", "selfAssessment.error.reasonRequired", c.code());
            }
            List<SelfAssessment.LinkData> own = new ArrayList<>();
            for (String url : e.urls()) {
                String u = url.strip();
                if (u.length() > 1000 || !(u.startsWith("https://") || u.startsWith("http://")) || u.contains(" ")) {
                    throw DomainException.onField(field + ".urls", "selfAssessment.error.url", u);
                }
                own.add(new SelfAssessment.LinkData("URL", u, null, null));
            }
            for (String ref : e.documents()) {
                AssessmentSheet.Evidence d = choices.get(ref);
                if (d == null) {
                    throw DomainException.onField(field + ".documents", "selfAssessment.error.document");
                }
                own.add(new SelfAssessment.LinkData(d.kind(), d.target(), d.label(), d.period()));
            }
            if (own.size() > MAX_LINKS) {
                throw DomainException.onField(field + ".urls", "selfAssessment.error.tooManyLinks", MAX_LINKS);
            }
            // Points equal to the computed ones are not an adjustment: the line follows the computed points.
            selfPoints.put(c.code(), e.selfPoints() != null && e.selfPoints().compareTo(comp) == 0 ? null
                    : e.selfPoints());
            byCode.put(c.code(), e);
            links.put(c.code(), own);
        }
        List<SelfAssessmentQueries.FileRow> kept = a == null ? List.of() : queries.rows(a.getId()).stream()
                .filter(f -> !command.deleteFileIds().contains(f.id())).toList();
        if (kept.size() + command.uploads().size() > MAX_FILES) {
            throw new DomainException("selfAssessment.error.tooManyFiles", MAX_FILES);
        }
        List<EvidenceFileType> types = new ArrayList<>();
        for (SelfAssessmentCommand.Upload u : command.uploads()) {
            if (!codes.contains(u.code().toUpperCase())) {
                throw new DomainException("selfAssessment.error.unknownCriterion", u.code());
            }
            if (u.content().length > EvidenceFileType.MAX_BYTES) {
                throw new DomainException("report.error.fileTooLarge", u.fileName(), 10);
            }
            EvidenceFileType.Inspection inspection = EvidenceFileType.inspect(u.content());
            if (inspection.unsafeArchive()) {
                throw new DomainException("report.error.fileArchive", u.fileName());
            }
            types.add(inspection.type().orElseThrow(() -> new DomainException("report.error.fileType", u.fileName())));
        }

        Step step = Step.of(user, clock);
        boolean created = a == null;
        if (created) {
            a = new SelfAssessment(nodeId, year, step);
        }
        Map<String, BigDecimal> effective = new HashMap<>();
        List<SelfAssessment.SelfLine> lines = new ArrayList<>();
        for (String code : selfPoints.keySet()) {
            SelfAssessmentCommand.Entry e = byCode.get(code);
            effective.put(code, selfPoints.get(code));
            lines.add(new SelfAssessment.SelfLine(code, live.computed().get(code), selfPoints.get(code), e.reason(),
                    links.get(code)));
        }
        // Criteria the form did not send keep what they had.
        a.getEntries().stream().filter(x -> !effective.containsKey(x.getCriterionCode()))
                .forEach(x -> effective.put(x.getCriterionCode(), x.getSelfPoints()));
        SheetRows.Values after = SheetRows.values(computed, null, effective, null);
        a.saveSelf(lines, SheetRows.total(set, after.self()), computed.maximum(), step);
        try {
            if (created) {
                a = assessments.saveAndFlush(a);
            } else {
                assessments.flush();
            }
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("self-assessment", nodeId + "/" + year);
        }
        queries.delete(a.getId(), command.deleteFileIds());
        for (int i = 0; i < command.uploads().size(); i++) {
            SelfAssessmentCommand.Upload u = command.uploads().get(i);
            EvidenceFileType type = types.get(i);
            queries.add(a.getId(), u.code(), fileName(u.fileName(), type), type.contentType(), u.content(),
                    user.fullName(), clock.instant());
        }
    }

    /** An evidence file, for whoever may read the self-assessment it belongs to. */
    public EvidenceFile file(CurrentUser user, long fileId) {
        SelfAssessmentQueries.FileContent f = queries.content(fileId)
                .orElseThrow(() -> new NotFoundException("self-assessment file", fileId));
        SelfAssessment a = assessments.findById(f.assessmentId())
                .orElseThrow(() -> new NotFoundException("self-assessment", f.assessmentId()));
        readable(user, a.getNodeId(), a.getYear());
        return new EvidenceFile(f.fileName(), f.contentType(), f.content());
    }

    /** An evidence file as served for download. */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    /** Points with at most two decimals, not above the criterion's maximum nor below {@link #LOWEST}. */
    static void requirePoints(String field, BigDecimal points, Criterion c) {
        if (points.stripTrailingZeros().scale() > 2 || points.compareTo(c.maxPoints()) > 0
                || points.compareTo(LOWEST) < 0) {
            throw DomainException.onField(field, "selfAssessment.error.points", c.maxPoints());
        }
    }

    static void requireLength(String field, String value) {
        if (value != null && value.length() > MAX_TEXT) {
            throw DomainException.onField(field, "selfAssessment.error.tooLong", MAX_TEXT);
        }
    }

    /** A safe file name (no path, no control or invisible format characters), the detected type's extension. */
    static String fileName(String original, EvidenceFileType type) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\\p{Cf}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "evidence";
        }
        return (base.length() > 150 ? base.substring(0, 150) : base) + "." + type.extension();
    }
}

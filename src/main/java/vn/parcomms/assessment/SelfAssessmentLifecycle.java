package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.assessment.internal.SelfAssessment;
import vn.parcomms.assessment.internal.SelfAssessmentRepository;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The steps of a self-assessment after the office's draft: the node's LEADER submits it; Home
 * Affairs (REVIEWER of the province) appraises it or returns it for revision with a reason. Each
 * step is the aggregate's transition (with its history line), then a {@link SelfAssessmentStepTaken}.
 */
@Service
@Transactional
public class SelfAssessmentLifecycle {

    private final SelfAssessmentService sheets;
    private final SelfAssessmentRepository assessments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SelfAssessmentLifecycle(SelfAssessmentService sheets, SelfAssessmentRepository assessments,
            ApplicationEventPublisher events, Clock clock) {
        this.sheets = sheets;
        this.assessments = assessments;
        this.events = events;
        this.clock = clock;
    }

    public void submit(CurrentUser user, long nodeId, int year, long expectedVersion) {
        ParIndex computed = sheets.readable(user, nodeId, year);
        if (!user.is(Role.LEADER) || user.orgNodeId() != nodeId) {
            throw new ForbiddenException(user.username() + " may not submit the self-assessment of node " + nodeId);
        }
        SelfAssessment a = load(nodeId, year, expectedVersion);
        a.submit(Step.of(user, clock));
        publish(a, computed, SelfAssessmentStepTaken.SUBMITTED, null, user);
    }

    public void returnForRevision(CurrentUser user, long nodeId, int year, long expectedVersion, String reason) {
        ParIndex computed = sheets.readable(user, nodeId, year);
        requireReviewer(user, nodeId);
        SelfAssessment a = load(nodeId, year, expectedVersion);
        SelfAssessmentService.requireLength("reason", reason);
        a.returnForRevision(reason, Step.of(user, clock));
        publish(a, computed, SelfAssessmentStepTaken.RETURNED, a.getReturnReason(), user);
    }

    /**
     * Appraises every criterion that takes points: appraised points within the criterion's
     * maximum, a comment wherever they differ from the self points.
     */
    public void appraise(CurrentUser user, long nodeId, int year, long expectedVersion, AppraisalCommand command) {
        ParIndex computed = sheets.readable(user, nodeId, year);
        requireReviewer(user, nodeId);
        SelfAssessment a = load(nodeId, year, expectedVersion);
        if (a.getStatus() != AssessmentStatus.SUBMITTED) {
            throw new DomainException("selfAssessment.error.notSubmitted");
        }
        CriteriaSet set = computed.criteria();
        SheetRows.Values current = SheetRows.values(computed, a, null, null);
        Map<String, BigDecimal> appraised = new HashMap<>();
        List<SelfAssessment.AppraisalLine> lines = new ArrayList<>();
        for (int i = 0; i < command.entries().size(); i++) {
            AppraisalCommand.Entry e = command.entries().get(i);
            String field = "entries[" + i + "]";
            Criterion c = set.criteria().stream().filter(x -> x.code().equalsIgnoreCase(e.code()))
                    .filter(x -> SheetRows.editable(set, x)).findFirst()
                    .orElseThrow(() -> new DomainException("selfAssessment.error.unknownCriterion", e.code()));
            if (e.points() == null) {
                throw DomainException.onField(field + ".points", "selfAssessment.error.appraisedRequired", c.code());
            }
            SelfAssessmentService.requirePoints(field + ".points", e.points(), c);
            SelfAssessmentService.requireLength(field + ".comment", e.comment());
            BigDecimal self = current.self().get(c.code());
            if (self != null && self.compareTo(e.points()) != 0 && (e.comment() == null || e.comment().isBlank())) {
                throw DomainException.onField(field + ".comment", "selfAssessment.error.commentRequired", c.code());
            }
            appraised.put(c.code(), e.points());
            lines.add(new SelfAssessment.AppraisalLine(c.code(), e.points(), e.comment()));
        }
        for (Criterion c : set.criteria()) {
            if (SheetRows.editable(set, c) && !appraised.containsKey(c.code())) {
                throw new DomainException("selfAssessment.error.appraisedRequired", c.code());
            }
        }
        SheetRows.Values after = SheetRows.values(computed, a, null, appraised);
        a.appraise(lines, current.self(), SheetRows.total(set, after.appraised()), Step.of(user, clock));
        publish(a, computed, SelfAssessmentStepTaken.APPRAISED, null, user);
    }

    private static void requireReviewer(CurrentUser user, long nodeId) {
        if (!user.is(Role.REVIEWER)) {
            throw new ForbiddenException(user.username() + " may not appraise the self-assessment of node " + nodeId);
        }
    }

    private SelfAssessment load(long nodeId, int year, long expectedVersion) {
        SelfAssessment a = assessments.findForChange(nodeId, year)
                .orElseThrow(() -> new NotFoundException("self-assessment", nodeId + "/" + year));
        if (a.getVersion() != expectedVersion) {
            throw new ConflictException("self-assessment", nodeId + "/" + year);
        }
        return a;
    }

    private void publish(SelfAssessment a, ParIndex computed, String step, String reason, CurrentUser user) {
        // The aggregate is managed: flushing writes the transition and its history line (a merge would not).
        assessments.flush();
        events.publishEvent(new SelfAssessmentStepTaken(step, a.getId(), a.getNodeId(), computed.nodeName(),
                a.getYear(), reason, user.id()));
    }
}

package vn.parcomms.notification.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.Recipient;
import vn.parcomms.assessment.SelfAssessmentStepTaken;
import vn.parcomms.consolidation.ConsolidatedReportStepTaken;
import vn.parcomms.notification.NotificationKind;
import vn.parcomms.plan.PlanStepTaken;
import vn.parcomms.report.UnitReportStepTaken;
import vn.parcomms.shared.security.Role;

/**
 * Turns the lifecycle events of plans, unit reports and consolidated reports into notifications
 * for the people the step concerns. Runs inside the transaction that took the step, so a step
 * that rolls back leaves no notification, and one that commits always has its notifications.
 */
@Component
class StepListener {

    private final AccountService accounts;
    private final NotificationWriter writer;

    StepListener(AccountService accounts, NotificationWriter writer) {
        this.accounts = accounts;
        this.writer = writer;
    }

    @EventListener
    void on(PlanStepTaken e) {
        String link = "/plans/" + e.planId();
        switch (e.step()) {
            case PlanStepTaken.SUBMITTED -> writer.write(at(e.issuingNodeId(), Role.LEADER, Role.UNIT), e.actorId(),
                    NotificationKind.PLAN_SUBMITTED, e.label(), null, null, null, link, null);
            case PlanStepTaken.RETURNED -> writer.write(at(e.issuingNodeId(), Role.OFFICE, Role.UNIT), e.actorId(),
                    NotificationKind.PLAN_RETURNED, e.label(), e.reason(), null, null, link, null);
            case PlanStepTaken.ISSUED -> {
                List<Recipient> to = new ArrayList<>(accounts.recipients(Role.OFFICE, List.of(e.issuingNodeId())));
                Set<Long> units = new HashSet<>(e.leadNodeIds());
                units.remove(e.issuingNodeId());
                to.addAll(accounts.recipients(Role.UNIT, units));
                writer.write(to, e.actorId(), NotificationKind.PLAN_ISSUED, e.label(), null, null, null, link, null);
            }
            default -> {
            }
        }
    }

    @EventListener
    void on(UnitReportStepTaken e) {
        String link = "/reports/" + e.reportId();
        String period = e.period().name();
        switch (e.step()) {
            case UnitReportStepTaken.SUBMITTED -> writer.write(accounts.recipients(Role.OFFICE, List.of(e.planNodeId())),
                    e.actorId(), NotificationKind.REPORT_SUBMITTED, e.planLabel(), null, period, e.year(), link, null);
            case UnitReportStepTaken.RETURNED -> writer.write(accounts.recipients(Role.UNIT, List.of(e.unitNodeId())),
                    e.actorId(), NotificationKind.REPORT_RETURNED, e.planLabel(), e.reason(), period, e.year(), link,
                    null);
            case UnitReportStepTaken.ACCEPTED -> writer.write(accounts.recipients(Role.UNIT, List.of(e.unitNodeId())),
                    e.actorId(), NotificationKind.REPORT_ACCEPTED, e.planLabel(), null, period, e.year(), link, null);
            default -> {
            }
        }
    }

    @EventListener
    void on(ConsolidatedReportStepTaken e) {
        String link = "/consolidations/" + e.reportId();
        String period = e.period().name();
        List<Recipient> to;
        NotificationKind kind;
        switch (e.step()) {
            case ConsolidatedReportStepTaken.SUBMITTED -> {
                to = accounts.recipients(Role.LEADER, List.of(e.nodeId()));
                kind = NotificationKind.CONSOLIDATION_SUBMITTED;
            }
            case ConsolidatedReportStepTaken.APPROVED -> {
                to = accounts.recipients(Role.OFFICE, List.of(e.nodeId()));
                kind = NotificationKind.CONSOLIDATION_APPROVED;
            }
            case ConsolidatedReportStepTaken.SENT -> {
                to = accounts.recipientsInProvince(Role.REVIEWER, e.nodeId());
                kind = NotificationKind.CONSOLIDATION_SENT;
            }
            case ConsolidatedReportStepTaken.RETURNED -> {
                to = accounts.recipients(Role.OFFICE, List.of(e.nodeId()));
                kind = NotificationKind.CONSOLIDATION_RETURNED;
            }
            case ConsolidatedReportStepTaken.ACCEPTED -> {
                to = accounts.recipients(Role.OFFICE, List.of(e.nodeId()));
                kind = NotificationKind.CONSOLIDATION_ACCEPTED;
            }
            default -> {
                return;
            }
        }
        writer.write(to, e.actorId(), kind, e.planLabel(), e.reason(), period, e.year(), link, null);
    }

    /**
     * A self-assessment submitted → the province's REVIEWERs (Home Affairs); returned (with the
     * reason) or appraised → the node's OFFICE and LEADER.
     */
    @EventListener
    void on(SelfAssessmentStepTaken e) {
        String link = "/rollups/par-index/self?node=" + e.nodeId() + "&year=" + e.year();
        String label = e.nodeName() + " (" + e.year() + ")";
        switch (e.step()) {
            case SelfAssessmentStepTaken.SUBMITTED -> writer.write(accounts.recipientsInProvince(Role.REVIEWER,
                    e.nodeId()), e.actorId(), NotificationKind.SELF_ASSESSMENT_SUBMITTED, label, null, null, e.year(),
                    link, null);
            case SelfAssessmentStepTaken.RETURNED -> writer.write(at(e.nodeId(), Role.OFFICE, Role.LEADER),
                    e.actorId(), NotificationKind.SELF_ASSESSMENT_RETURNED, label, e.reason(), null, e.year(), link,
                    null);
            case SelfAssessmentStepTaken.APPRAISED -> writer.write(at(e.nodeId(), Role.OFFICE, Role.LEADER),
                    e.actorId(), NotificationKind.SELF_ASSESSMENT_APPRAISED, label, null, null, e.year(), link, null);
            default -> {
            }
        }
    }

    private List<Recipient> at(long nodeId, Role... roles) {
        List<Recipient> result = new ArrayList<>();
        for (Role role : roles) {
            result.addAll(accounts.recipients(role, List.of(nodeId)));
        }
        return result;
    }
}

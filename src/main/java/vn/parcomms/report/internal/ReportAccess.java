package vn.parcomms.report.internal;

import org.springframework.stereotype.Component;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Who may read and change a unit report, checked where the report is loaded: the unit itself
 * files it, the OFFICE of the node that issued the plan decides on it, OFFICE, LEADER and
 * REVIEWER above the unit on its reporting line read it; an ADMIN reads no reports. Changes check access before the
 * version, so a 409 never tells someone without rights that a report changed.
 */
@Component
public class ReportAccess {

    private final UnitReportRepository reports;
    private final OrganizationService organizations;

    ReportAccess(UnitReportRepository reports, OrganizationService organizations) {
        this.reports = reports;
        this.organizations = organizations;
    }

    public UnitReport loadReadable(CurrentUser user, long id) {
        UnitReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("report", id));
        requireReadable(user, report);
        return report;
    }

    public void requireReadable(CurrentUser user, UnitReport report) {
        boolean allowed = switch (user.role()) {
            case UNIT -> report.getUnitNodeId() == user.orgNodeId();
            // The reporting line, not the administrative tree (ADR 0016): a commune's office does not
            // read what its health station reports to the health centre; the centre's office does.
            // The node whose plan it is always reads the reports filed on it.
            case OFFICE, LEADER -> report.getPlanNodeId() == user.orgNodeId()
                    || organizations.isInReportingScope(user, report.getUnitNodeId());
            case REVIEWER -> organizations.isInReportingScope(user, report.getUnitNodeId());
            case ADMIN, OPERATOR -> false;
        };
        if (!allowed) {
            throw new ForbiddenException(user.username() + " may not read report " + report.getId());
        }
    }

    public static void requireFiler(CurrentUser user, UnitReport report) {
        if (!canFile(user, report)) {
            throw new ForbiddenException(user.username() + " may not file report " + report.getId());
        }
    }

    public static boolean canFile(CurrentUser user, UnitReport report) {
        return user.is(Role.UNIT) && user.orgNodeId() == report.getUnitNodeId();
    }

    public static void requireDecider(CurrentUser user, UnitReport report) {
        if (!canDecide(user, report)) {
            throw new ForbiddenException(user.username() + " may not accept or return report " + report.getId());
        }
    }

    public static boolean canDecide(CurrentUser user, UnitReport report) {
        return user.is(Role.OFFICE) && user.orgNodeId() == report.getPlanNodeId();
    }

    /** Whether the user follows up reports (office, leader, Home Affairs reviewer). */
    public static boolean followsUp(CurrentUser user) {
        return user.isAnyOf(Role.OFFICE, Role.LEADER, Role.REVIEWER);
    }

    public static void requireFollower(CurrentUser user) {
        if (!followsUp(user)) {
            throw new ForbiddenException(user.username() + " does not follow up reports");
        }
    }
}

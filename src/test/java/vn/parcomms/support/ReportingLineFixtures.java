package vn.parcomms.support;

import org.springframework.stereotype.Component;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures.World;

/**
 * A {@link World} with a reporting line (ADR 0016): a commune committee under the province with a
 * health station it administers, which reports to the world's health centre A.
 * <pre>
 * province ─┬─ homeAffairs (reviewer)
 *           ├─ agency (office, leader) ─┬─ unitA = the health centre (centreOffice, centreLeader) ── subUnitA
 *           │                           └─ unitB
 *           └─ commune (communeOffice, communeLeader) ── station (stationUnit)  ⇢ reports to unitA
 * </pre>
 */
@Component
public class ReportingLineFixtures {

    private final Fixtures fixtures;
    private final OrganizationService organizations;
    private final AccountService accounts;

    public ReportingLineFixtures(Fixtures fixtures, OrganizationService organizations, AccountService accounts) {
        this.fixtures = fixtures;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    public Line newLine() {
        World w = fixtures.newWorld();
        String p = organizations.find(w.province()).code();
        long commune = organizations.create(w.admin(), new OrgNodeCommand(p + ".XA", "Ủy ban nhân dân xã Thử " + p,
                "UBND xã Thử", OrgKind.AGENCY, w.province()));
        long station = organizations.create(w.admin(), new OrgNodeCommand(p + ".XA.TYT", "Trạm Y tế xã Thử " + p,
                null, OrgKind.UNIT, commune));
        reportTo(w.admin(), station, w.unitA());
        return new Line(w, commune, station,
                user(p, "centre-office", w.unitA(), Role.OFFICE),
                user(p, "centre-leader", w.unitA(), Role.LEADER),
                user(p, "commune-office", commune, Role.OFFICE),
                user(p, "commune-leader", commune, Role.LEADER),
                user(p, "station", station, Role.UNIT));
    }

    /** Makes the node report to {@code body} (null: to its parent again) through the edit of the node. */
    public void reportTo(CurrentUser admin, long node, Long body) {
        OrgNodeView view = organizations.find(node);
        organizations.update(admin, node, view.version(), new OrgNodeCommand(view.code(), view.name(),
                view.shortName(), view.kind(), view.parentId(), view.place(), body));
    }

    private CurrentUser user(String prefix, String name, long node, Role role) {
        String username = (prefix + "-" + name).toLowerCase();
        long id = accounts.createForSetup(new UserCommand(username, "Người dùng " + name, null, node, role),
                Fixtures.PASSWORD);
        return new CurrentUser(id, username, "Người dùng " + name, role, node);
    }

    public record Line(World world, long commune, long station, CurrentUser centreOffice, CurrentUser centreLeader,
            CurrentUser communeOffice, CurrentUser communeLeader, CurrentUser stationUnit) {

        public long centre() {
            return world.unitA();
        }

        /**
         * The world seen from the health centre as the issuing body: its office and leader draft and
         * issue, the station is its "unit A" and its own sub-unit its "unit B".
         */
        public World centreWorld() {
            return new World(world.province(), world.homeAffairs(), world.unitA(), station, world.subUnitA(),
                    world.subUnitA(), world.admin(), centreOffice, centreLeader, stationUnit, world.unitUserA(),
                    world.reviewer());
        }

        /** The user of each role who follows reports of the centre's line: its office and leader, the reviewer. */
        public CurrentUser centreSide(Role role) {
            return switch (role) {
                case ADMIN -> world.admin();
                case OFFICE -> centreOffice;
                case LEADER -> centreLeader;
                case UNIT -> stationUnit;
                case REVIEWER -> world.reviewer();
                case OPERATOR -> throw new IllegalArgumentException("the operator belongs to no province");
            };
        }
    }
}

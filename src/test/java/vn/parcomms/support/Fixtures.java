package vn.parcomms.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.account.internal.AccountUserDetails;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * Builds a small province of its own for each test, with unique codes, so that tests never
 * depend on each other's data or on the demo data.
 */
@Component
public class Fixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final String PASSWORD = "correct-horse-1";

    private final OrganizationService organizations;
    private final AccountService accounts;

    private final java.util.Map<Long, CurrentUser> leaders = new java.util.concurrent.ConcurrentHashMap<>();

    public Fixtures(OrganizationService organizations, AccountService accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /**
     * province ─┬─ homeAffairs (reviewer)
     *           └─ agency (office, leader) ─┬─ unitA (unitUserA) ── subUnitA
     *                                       └─ unitB (unitUserB)
     */
    public World newWorld() {
        String p = "T" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        long province = organizations.createProvince(p, "Tỉnh thử " + p, null);
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, province);
        long homeAffairs = node(setup, p + ".SNV", "Sở Nội vụ " + p, OrgKind.AGENCY, province);
        long agency = node(setup, p + ".SYT", "Sở Y tế " + p, OrgKind.AGENCY, province);
        long unitA = node(setup, p + ".SYT.A", "Trung tâm Y tế A " + p, OrgKind.UNIT, agency);
        long unitB = node(setup, p + ".SYT.B", "Trung tâm Y tế B " + p, OrgKind.UNIT, agency);
        long subUnitA = node(setup, p + ".SYT.A.K1", "Khoa Khám bệnh " + p, OrgKind.SUB_UNIT, unitA);
        return new World(province, homeAffairs, agency, unitA, unitB, subUnitA,
                user(p, "admin", province, Role.ADMIN),
                user(p, "office", agency, Role.OFFICE),
                user(p, "leader", agency, Role.LEADER),
                user(p, "unita", unitA, Role.UNIT),
                user(p, "unitb", unitB, Role.UNIT),
                user(p, "reviewer", homeAffairs, Role.REVIEWER));
    }

    /**
     * Another agency of the same province with its own two units, office, leader and unit users
     * (named {@code name} + the province code); the province, Home Affairs, its reviewer and the
     * administrator stay the world's. For tests with several agencies.
     */
    public World anotherAgency(World world, String name) {
        String p = "A" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, world.province());
        long agency = node(setup, p, name + " " + p, OrgKind.AGENCY, world.province());
        long unitA = node(setup, p + ".A", "Đơn vị A " + p, OrgKind.UNIT, agency);
        long unitB = node(setup, p + ".B", "Đơn vị B " + p, OrgKind.UNIT, agency);
        long subUnitA = node(setup, p + ".A.K1", "Phòng 1 " + p, OrgKind.SUB_UNIT, unitA);
        return new World(world.province(), world.homeAffairs(), agency, unitA, unitB, subUnitA, world.admin(),
                user(p, "office", agency, Role.OFFICE),
                user(p, "leader", agency, Role.LEADER),
                user(p, "unita", unitA, Role.UNIT),
                user(p, "unitb", unitB, Role.UNIT),
                world.reviewer());
    }

    private long node(CurrentUser setup, String code, String name, OrgKind kind, long parent) {
        return organizations.create(setup, new OrgNodeCommand(code, name, null, kind, parent));
    }

    private CurrentUser user(String prefix, String name, long node, Role role) {
        String username = (prefix + "-" + name).toLowerCase();
        long id = accounts.createForSetup(new UserCommand(username, "Người dùng " + name, null, node, role), PASSWORD);
        return new CurrentUser(id, username, "Người dùng " + name, role, node);
    }

    /** A further user of the node with the role: a colleague of a world's user. */
    public CurrentUser userAt(long node, Role role) {
        return user("C" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet(), "colleague", node,
                role);
    }

    /**
     * The head (a LEADER) of the node: the one who issues the node's own plans, which its UNIT
     * account drafts. Made on first use, then the same user for that node.
     */
    public CurrentUser leaderAt(long node) {
        return leaders.computeIfAbsent(node, n -> user("H" + System.nanoTime() % 1_000_000_000L + "-"
                + SEQUENCE.incrementAndGet(), "head", n, Role.LEADER));
    }

    /** A new installation operator account (ADR 0026): no node, outside every province. */
    public CurrentUser newOperator() {
        String username = ("op-" + System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet());
        long id = accounts.createOperatorForSetup(username, "Vận hành " + username, PASSWORD, true);
        return new CurrentUser(id, username, "Vận hành " + username, Role.OPERATOR, CurrentUser.NO_NODE);
    }

    /** Signs a MockMvc request in as this user. */
    public static RequestPostProcessor as(CurrentUser user) {
        return SecurityMockMvcRequestPostProcessors.user(AccountUserDetails.of(user));
    }

    public record World(long province, long homeAffairs, long agency, long unitA, long unitB, long subUnitA,
            CurrentUser admin, CurrentUser office, CurrentUser leader, CurrentUser unitUserA, CurrentUser unitUserB,
            CurrentUser reviewer) {

        public CurrentUser userWith(Role role) {
            return switch (role) {
                case ADMIN -> admin;
                case OFFICE -> office;
                case LEADER -> leader;
                case UNIT -> unitUserA;
                case REVIEWER -> reviewer;
                case OPERATOR -> throw new IllegalArgumentException("the operator belongs to no province");
            };
        }
    }
}

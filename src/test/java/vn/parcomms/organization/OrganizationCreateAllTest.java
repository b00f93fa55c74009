package vn.parcomms.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/** The bulk creation behind the spreadsheet import keeps the rules of the one-by-one forms, all or none. */
@IntegrationTest
class OrganizationCreateAllTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationService organizations;

    @Autowired
    AccountService accounts;

    World world;
    String p;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        p = organizations.find(world.province()).code();
    }

    @Test
    void aNodeMayHangUnderOneCreatedEarlierInTheList() {
        Map<String, Long> ids = organizations.createAll(world.admin(), List.of(
                new NewOrgNode(p + ".b1", "Đơn vị B1", null, OrgKind.UNIT, p + ".SYT", "Vũng Tàu"),
                new NewOrgNode(p + ".B1.K", "Khoa", "K", OrgKind.SUB_UNIT, p + ".B1", null)));
        OrgNodeView unit = organizations.find(ids.get(p + ".B1"));
        OrgNodeView sub = organizations.find(ids.get(p + ".B1.K"));
        assertThat(unit.code()).isEqualTo(p + ".B1");
        assertThat(unit.place()).isEqualTo("Vũng Tàu");
        assertThat(sub.parentId()).isEqualTo(unit.id());
        assertThat(organizations.isWithin(sub.id(), world.agency())).isTrue();
        assertThat(organizations.pathOf(sub.id())).isEqualTo(organizations.pathOf(unit.id()) + sub.id() + "/");
    }

    @Test
    void oneBrokenRuleCreatesNoneOfTheList() {
        assertThatThrownBy(() -> organizations.createAll(world.admin(), List.of(
                new NewOrgNode(p + ".OK", "Tốt", null, OrgKind.UNIT, p + ".SYT", null),
                new NewOrgNode(p + ".CAO", "Cấp cao hơn cấp trên", null, OrgKind.AGENCY, p + ".SYT.A", null))))
                .isInstanceOf(DomainException.class);
        assertThat(organizations.existsCode(p + ".OK")).isFalse();

        assertThatThrownBy(() -> organizations.createAll(world.admin(), List.of(
                new NewOrgNode(p + ".OK", "Tốt", null, OrgKind.UNIT, p + ".SYT", null),
                new NewOrgNode(p + ".SYT.A", "Trùng", null, OrgKind.UNIT, p + ".SYT", null))))
                .isInstanceOf(DomainException.class);
        assertThat(organizations.existsCode(p + ".OK")).isFalse();
    }

    @Test
    void anAgencyAdministratorCannotCreateOutsideTheirAgency() {
        String username = p.toLowerCase() + "-sytadmin";
        long id = accounts.createForSetup(new UserCommand(username, "Quản trị", null, world.agency(), Role.ADMIN),
                Fixtures.PASSWORD);
        CurrentUser agencyAdmin = new CurrentUser(id, username, "Quản trị", Role.ADMIN, world.agency());
        assertThatThrownBy(() -> organizations.createAll(agencyAdmin, List.of(
                new NewOrgNode(p + ".IN", "Trong", null, OrgKind.UNIT, p + ".SYT", null),
                new NewOrgNode(p + ".OUT", "Ngoài", null, OrgKind.UNIT, p + ".SNV", null))))
                .isInstanceOf(ForbiddenException.class);
        assertThat(organizations.existsCode(p + ".IN")).isFalse();
        assertThatThrownBy(() -> organizations.createAll(world.office(), List.of(
                new NewOrgNode(p + ".X", "X", null, OrgKind.UNIT, p + ".SYT", null))))
                .isInstanceOf(ForbiddenException.class);
    }
}

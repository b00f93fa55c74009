package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/** The accounts the spreadsheet import creates: the form's rules, a one-time password each, all or none. */
@IntegrationTest
class OneTimePasswordAccountsTest {

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
    void oneTimePasswordAccountsAreAllOrNone() {
        List<UserCommand> twice = List.of(
                new UserCommand(p + "-mot", "Một", null, world.unitA(), Role.UNIT),
                new UserCommand(p.toUpperCase() + "-MOT", "Một lần nữa", null, world.unitA(), Role.UNIT));
        assertThatThrownBy(() -> accounts.createWithOneTimePasswords(world.admin(), twice))
                .isInstanceOf(DomainException.class);
        assertThat(accounts.exists(p + "-mot")).isFalse();

        var passwords = accounts.createWithOneTimePasswords(world.admin(), List.of(
                new UserCommand(p + "-hai", "Hai", null, world.unitA(), Role.UNIT),
                new UserCommand(p + "-ba", "Ba", null, world.unitB(), Role.OFFICE)));
        assertThat(passwords).extracting(OneTimePassword::username)
                .containsExactly(p + "-hai", p + "-ba");
        assertThat(passwords.get(0).password()).hasSize(14).doesNotContain("0", "O", "1", "l", "I");
        assertThat(accounts.exists(p + "-ba")).isTrue();
    }

    @Test
    void aNodeOutsideTheScopeIsRefused() {
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> accounts.createWithOneTimePasswords(world.admin(), List.of(
                new UserCommand(p + "-ngoai", "Ngoài", null, other.unitA(), Role.UNIT))))
                .isInstanceOf(DomainException.class);
        assertThat(accounts.exists(p + "-ngoai")).isFalse();
    }
}

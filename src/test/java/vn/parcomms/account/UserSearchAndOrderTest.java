package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The user list's search ignores case, tones and đ/d in the full name, the account name and the
 * unit's name, takes % and _ as typed, and lists the users of a unit in Vietnamese order.
 */
@IntegrationTest
class UserSearchAndOrderTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganizationService organizations;

    World w;
    String p;
    long office;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        p = organizations.find(w.province()).code();
        office = organizations.create(w.admin(), new OrgNodeCommand(p + ".VP", "Văn phòng Điều phối " + p, null,
                OrgKind.AGENCY, w.province()));
    }

    @Test
    void aFullNameIsFoundWithoutTonesAndWithDForDStroke() {
        user("duc", "Nguyễn Văn Đức");
        user("doan", "Trần Thị Doãn");

        assertThat(names("nguyen van duc")).containsExactly("Nguyễn Văn Đức");
        assertThat(names("NGUYỄN VĂN ĐỨC")).containsExactly("Nguyễn Văn Đức");
        assertThat(names("đoan")).containsExactly("Trần Thị Doãn");
    }

    @Test
    void theUnitsNameIsSearchedWithoutTonesToo() {
        user("an", "Lê An");

        assertThat(names("van phong dieu phoi")).containsExactly("Lê An");
    }

    @Test
    void percentAndUnderscoreAreTakenLiterally() {
        user("pct", "Tổ 50% Bắc");
        user("num", "Tổ 500 Bắc");
        user("und", "Tổ a_b");
        user("axb", "Tổ axb");

        assertThat(names("50%")).containsExactly("Tổ 50% Bắc");
        assertThat(names("a_b")).containsExactly("Tổ a_b");
        assertThat(accounts.search(w.admin(), "50%", null, 0, 50).total()).isEqualTo(1);
    }

    @Test
    void theUsersOfAUnitAreListedInVietnameseOrder() {
        user("s", "Sử Văn Ba");
        user("da", "Đào Thị Hai");
        user("du", "Dương Văn Năm");
        user("c", "Cù Văn Một");
        user("a", "Âu Thị Bốn");
        user("an", "An Văn Sáu");

        List<String> expected = List.of("An Văn Sáu", "Âu Thị Bốn", "Cù Văn Một", "Dương Văn Năm", "Đào Thị Hai",
                "Sử Văn Ba");
        assertThat(names("van phong dieu phoi")).containsExactlyElementsOf(expected);
        assertThat(expected.stream().sorted(VietnameseOrder.names())).containsExactlyElementsOf(expected);
    }

    private List<String> names(String query) {
        return accounts.search(w.admin(), query, null, 0, 50).rows().stream().map(UserView::fullName).toList();
    }

    private void user(String name, String fullName) {
        accounts.createForSetup(new UserCommand((p + "-" + name).toLowerCase(), fullName, null, office, Role.UNIT),
                Fixtures.PASSWORD);
    }
}

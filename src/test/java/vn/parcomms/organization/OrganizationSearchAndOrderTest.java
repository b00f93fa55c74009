package vn.parcomms.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.shared.VietnameseOrder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * The organisation search ignores case, tones and the đ/d difference and takes %, _ and \ as
 * typed; the tree lists the nodes under a parent in Vietnamese order, from SQL and from Java alike.
 * Each test searches inside its own province, whose nodes carry the province's unique code.
 */
@IntegrationTest
class OrganizationSearchAndOrderTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    World w;
    String p;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
        p = organizations.find(w.province()).code();
    }

    @Test
    void searchingWithoutTonesFindsTheNameWithTones() {
        node("BR", "Trung tâm Bà Rịa");
        node("DS", "Ban Đường sắt");

        assertThat(found("ba ria")).containsExactly("Trung tâm Bà Rịa " + p);
        assertThat(found("BA RỊA")).containsExactly("Trung tâm Bà Rịa " + p);
        assertThat(found("duong sat")).containsExactly("Ban Đường sắt " + p);
    }

    @Test
    void dAndDStrokeMatchEachOtherInBothDirectionsAndCases() {
        node("DP", "Đài Phát thanh");
        node("DT", "Ban Dân tộc");

        assertThat(found("dai phat")).containsExactly("Đài Phát thanh " + p);
        assertThat(found("ĐÀI PHÁT")).containsExactly("Đài Phát thanh " + p);
        assertThat(found("đân tộc")).containsExactly("Ban Dân tộc " + p);
    }

    @Test
    void theCodeAndTheShortNameAreSearchedToo() {
        organizations.create(admin(), new OrgNodeCommand(p + ".QLĐ", "Văn phòng " + p, "Quản lý đất đai",
                OrgKind.AGENCY, w.province()));

        assertThat(found("quan ly dat")).containsExactly("Văn phòng " + p);
        assertThat(found(".qld")).containsExactly("Văn phòng " + p);
    }

    @Test
    void percentUnderscoreAndBackslashAreTakenLiterally() {
        node("P1", "Đạt 50% chỉ tiêu");
        node("P2", "Đạt 500 chỉ tiêu");
        node("U1", "Tổ a_b");
        node("U2", "Tổ axb");
        node("B1", "Tổ c\\d");
        node("B2", "Tổ cd");

        assertThat(found("50%")).containsExactly("Đạt 50% chỉ tiêu " + p);
        assertThat(found("a_b")).containsExactly("Tổ a_b " + p);
        assertThat(found("c\\d")).containsExactly("Tổ c\\d " + p);
        // A full-width ％ folds to % and is still a percent sign, not a wildcard.
        assertThat(found("50％")).containsExactly("Đạt 50% chỉ tiêu " + p);
    }

    @Test
    void theTreeListsTheNodesUnderAParentInVietnameseOrder() {
        node("S", "Sở Tài chính");
        node("DA", "Đài Phát thanh và Truyền hình");
        node("DU", "Dương Kinh");
        node("C", "Cục Thuế");
        node("A", "Ấp Bắc");
        node("AN", "An Giang");

        List<String> expected = List.of("An Giang " + p, "Ấp Bắc " + p, "Cục Thuế " + p, "Dương Kinh " + p,
                "Đài Phát thanh và Truyền hình " + p, "Sở Nội vụ " + p, "Sở Tài chính " + p, "Sở Y tế " + p);
        // From SQL (order by name, the column's vi collation) ...
        assertThat(organizations.children(w.province()).stream().map(OrgNodeView::name)).containsExactlyElementsOf(expected);
        // ... and from the Java comparator that arranges the tree.
        assertThat(organizations.browse(admin(), null, null).rows().stream()
                .filter(r -> r.level() == 1).map(r -> r.node().name())).containsExactlyElementsOf(expected);
        assertThat(expected.stream().sorted(VietnameseOrder.names())).containsExactlyElementsOf(expected);
    }

    @Test
    void searchResultsOfOneLevelAreInVietnameseOrder() {
        node("S", "Sở Tài chính khu Bắc");
        node("DA", "Đài Phát thanh khu Bắc");
        node("C", "Cục Thuế khu Bắc");

        assertThat(found("khu bac")).containsExactly("Cục Thuế khu Bắc " + p, "Đài Phát thanh khu Bắc " + p,
                "Sở Tài chính khu Bắc " + p);
    }

    private List<String> found(String query) {
        OrgTreePage page = organizations.browse(admin(), query, null);
        assertThat(page.search()).isTrue();
        return page.rows().stream().map(r -> r.node().name()).toList();
    }

    private void node(String code, String name) {
        organizations.create(admin(), new OrgNodeCommand(p + "." + code, name + " " + p, null, OrgKind.AGENCY,
                w.province()));
    }

    private CurrentUser admin() {
        return w.admin();
    }
}

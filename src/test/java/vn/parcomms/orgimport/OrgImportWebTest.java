package vn.parcomms.orgimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserView;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
class OrgImportWebTest {

    private static final String NODE_HEADERS = "Mã,Tên,Loại,Mã đơn vị cấp trên,Mã đơn vị nhận báo cáo";

    @Autowired
    MockMvc mvc;

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
    void aCsvWithSemicolonsPreviewsEveryRowAsNewAndImportsIt() throws Exception {
        String csv = "\uFEFFMã;Tên;Loại;Mã đơn vị cấp trên;Mã đơn vị nhận báo cáo\n"
                + p + ".K2;\"Khoa Nội; tầng 2\";Đơn vị cấp dưới;" + p + ".SYT.A;\n"
                + p + ".C1;Trung tâm C;UNIT;" + p + ".SYT;" + p + ".SYT.A\n";
        Cookie session = upload(world.admin(), file("don-vi.csv", csv));
        Document page = preview(world.admin(), session);
        assertThat(outcome(page, "node-row-2")).isEqualTo("Tạo mới");
        assertThat(outcome(page, "node-row-3")).isEqualTo("Tạo mới");
        assertThat(page.getElementById("node-row-2").text()).contains("Khoa Nội; tầng 2", "Đơn vị cấp dưới");
        assertThat(page.getElementById("confirm")).isNotNull();

        Document result = Html.page(confirm(world.admin(), session).andExpect(status().isOk()));
        assertThat(result.getElementById("imported").text()).contains("Đã tạo 2 đơn vị");
        OrgNodeView k2 = organizations.findByCode(p + ".K2");
        assertThat(k2.parentId()).isEqualTo(world.unitA());
        assertThat(k2.kind()).isEqualTo(OrgKind.SUB_UNIT);
        assertThat(k2.name()).isEqualTo("Khoa Nội; tầng 2");
        assertThat(organizations.findByCode(p + ".C1").parentId()).isEqualTo(world.agency());
    }

    @Test
    void anXlsxWithNodesAndUsersImportsBothAndHandsOutOneTimePasswords() throws Exception {
        byte[] xlsx = xlsx(Map.of(
                "Đơn vị", List.of(List.of("Code", "Name", "Kind", "Parent code"),
                        List.of(p + ".X1", "Trạm Y tế X1", "Sub-unit", p + ".SYT.B")),
                "Người dùng", List.of(List.of("Tên đăng nhập", "Họ và tên", "Mã đơn vị", "Vai trò", "Thư điện tử"),
                        List.of(p.toLowerCase() + "-nhap1", "Trần Thị Nhập", p + ".X1", "UNIT", "nhap@example.vn"),
                        List.of(p.toLowerCase() + "-nhap2", "Lê Văn Nhập", p + ".SYT", "Văn phòng", ""))));
        Cookie session = upload(world.admin(), new MockMultipartFile("file", "mau.xlsx", null, xlsx));
        Document page = preview(world.admin(), session);
        assertThat(outcome(page, "user-row-2")).isEqualTo("Tạo mới");
        assertThat(outcome(page, "user-row-3")).isEqualTo("Tạo mới");

        Document result = Html.page(confirm(world.admin(), session).andExpect(status().isOk()));
        List<String> passwords = result.select("#passwords tbody code").eachText();
        assertThat(passwords).hasSize(2).allSatisfy(pw -> assertThat(pw).hasSizeGreaterThanOrEqualTo(12));
        assertThat(passwords.get(0)).isNotEqualTo(passwords.get(1));
        long node = organizations.findByCode(p + ".X1").id();
        List<UserView> users = accounts.usersOfNode(world.admin(), node);
        assertThat(users).extracting(UserView::username, UserView::role, UserView::email)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(p.toLowerCase() + "-nhap1", Role.UNIT,
                        "nhap@example.vn"));
        assertThat(accounts.usersOfNode(world.admin(), world.agency())).extracting(UserView::role)
                .contains(Role.OFFICE);

        // The one-time password signs in.
        mvc.perform(vn.parcomms.support.SignIn.login(p.toLowerCase() + "-nhap1", passwords.get(0),
                        vn.parcomms.support.SignIn.newAddress()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void badRowsAreReportedPerRowAndConfirmingImportsNothing() throws Exception {
        String csv = NODE_HEADERS + "\n"
                + p + ".D1,Trùng 1,UNIT," + p + ".SYT,\n"          // row 2: code twice (with row 3)
                + p + ".D1,Trùng 2,UNIT," + p + ".SYT,\n"          // row 3
                + p + ".U1,Không cha,UNIT,KHONG-CO-" + p + ",\n"   // row 4: unknown parent
                + p + ".V1,Vòng 1,SUB_UNIT," + p + ".V2,\n"        // row 5: cycle 5 → 6 → 5
                + p + ".V2,Vòng 2,SUB_UNIT," + p + ".V1,\n"        // row 6
                + p + ".OK,Tốt,UNIT," + p + ".SYT,\n"              // row 7: fine on its own
                + p + ".L1,Loại lạ,PHONG," + p + ".SYT,\n"         // row 8: unknown kind
                + "," + "Thiếu mã,UNIT," + p + ".SYT,\n"            // row 9: missing code
                + p + ".SYT.A,Trung tâm khác,UNIT," + p + ".SYT,\n" // row 10: code taken, other name
                + p + ".C3,Con của dòng lỗi,SUB_UNIT," + p + ".U1,\n"; // row 11: parent row has an error
        Cookie session = upload(world.admin(), file("xau.csv", csv));
        Document page = preview(world.admin(), session);

        assertThat(problems(page, "node-row-2")).contains("Mã: mã " + p + ".D1 còn có ở dòng 3 của tệp.");
        assertThat(problems(page, "node-row-3")).contains("Mã: mã " + p + ".D1 đã có ở dòng 2 của tệp.");
        assertThat(problems(page, "node-row-4"))
                .contains("Mã đơn vị cấp trên: không có đơn vị mã KHONG-CO-" + p + " trong tệp hay trong phạm vi bạn quản lý.");
        assertThat(problems(page, "node-row-5")).contains("Mã đơn vị cấp trên: các dòng là cấp trên của nhau thành vòng: 5 → 6 → 5.");
        assertThat(problems(page, "node-row-6")).anyMatch(t -> t.contains("thành vòng"));
        assertThat(outcome(page, "node-row-7")).isEqualTo("Tạo mới");
        assertThat(problems(page, "node-row-8")).anyMatch(t -> t.startsWith("Loại: không nhận ra loại \"PHONG\""));
        assertThat(problems(page, "node-row-9")).contains("Mã: không được để trống.");
        assertThat(problems(page, "node-row-10")).anyMatch(t -> t.startsWith("Mã: mã " + p + ".SYT.A đã được dùng"));
        assertThat(problems(page, "node-row-11")).contains("Mã đơn vị cấp trên: đơn vị cấp trên (dòng 4) có lỗi.");
        assertThat(page.getElementById("summary").text()).contains("9 dòng lỗi");
        assertThat(page.getElementById("confirm")).as("no confirm button while rows have errors").isNull();

        int before = organizations.subtree(world.province()).size();
        Document refused = Html.page(confirm(world.admin(), session).andExpect(status().isConflict()));
        assertThat(refused.getElementById("confirm-error").text()).contains("Chưa có gì được tạo");
        assertThat(organizations.subtree(world.province())).hasSize(before);
        assertThat(organizations.existsCode(p + ".OK")).isFalse();
    }

    @Test
    void aBadUserRowBlocksTheWholeFileNodesIncluded() throws Exception {
        byte[] xlsx = xlsx(Map.of(
                "Nodes", List.of(List.of("Code", "Name", "Kind", "Parent code"),
                        List.of(p + ".N1", "Đơn vị N1", "UNIT", p + ".SYT")),
                "Users", List.of(List.of("Username", "Full name", "Node code", "Role"),
                        List.of(world.office().username(), "Người khác", p + ".N1", "UNIT"),
                        List.of(p.toLowerCase() + "-u2", "Hai", p + ".N1", "CHU-TICH"),
                        List.of(p.toLowerCase() + "-u3", "Ba", "KHONG-" + p, "UNIT"),
                        List.of(p.toLowerCase() + "-u3", "Ba lần hai", p + ".N1", "UNIT"))));
        Cookie session = upload(world.admin(), new MockMultipartFile("file", "u.xlsx", null, xlsx));
        Document page = preview(world.admin(), session);
        assertThat(outcome(page, "node-row-2")).isEqualTo("Tạo mới");
        assertThat(problems(page, "user-row-2")).anyMatch(t -> t.contains("đã có người dùng"));
        assertThat(problems(page, "user-row-3")).anyMatch(t -> t.startsWith("Vai trò: không nhận ra vai trò"));
        assertThat(problems(page, "user-row-4")).anyMatch(t -> t.startsWith("Mã đơn vị: không có đơn vị mã"));
        assertThat(problems(page, "user-row-5")).anyMatch(t -> t.contains("đã có ở dòng 4"));

        confirm(world.admin(), session).andExpect(status().isConflict());
        assertThat(organizations.existsCode(p + ".N1")).isFalse();
        assertThat(accounts.exists(p.toLowerCase() + "-u2")).isFalse();
    }

    @Test
    void threeHundredNodesListedChildrenFirstImportUnderTheirParents() throws Exception {
        // 10 agencies' worth of units, each unit with 2 sub-units: rows written leaves first, so
        // every parent comes after its children.
        List<String> rows = new ArrayList<>();
        for (int u = 0; u < 100; u++) {
            for (int s = 0; s < 2; s++) {
                rows.add(p + ".S" + u + "-" + s + ",Khoa " + u + "-" + s + ",SUB_UNIT," + p + ".U" + u + ",");
            }
        }
        for (int u = 0; u < 100; u++) {
            rows.add(p + ".U" + u + ",Đơn vị " + u + ",UNIT," + p + ".SYT,");
        }
        Collections.reverse(rows.subList(200, 300));
        String csv = NODE_HEADERS + "\n" + String.join("\n", rows) + "\n";
        Cookie session = upload(world.admin(), file("lon.csv", csv));
        Document page = preview(world.admin(), session);
        assertThat(page.getElementById("summary").text()).contains("Sẽ tạo 300 đơn vị", "0 dòng lỗi");

        int before = organizations.subtree(world.province()).size();
        confirm(world.admin(), session).andExpect(status().isOk());
        List<OrgNodeView> after = organizations.subtree(world.province());
        assertThat(after).hasSize(before + 300);
        Map<String, OrgNodeView> byCode = after.stream().collect(Collectors.toMap(OrgNodeView::code, n -> n));
        for (int u = 0; u < 100; u++) {
            OrgNodeView unit = byCode.get(p + ".U" + u);
            assertThat(unit.parentId()).isEqualTo(world.agency());
            assertThat(unit.depth()).isEqualTo(2);
            for (int s = 0; s < 2; s++) {
                OrgNodeView sub = byCode.get(p + ".S" + u + "-" + s);
                assertThat(sub.parentId()).isEqualTo(unit.id());
                assertThat(sub.depth()).isEqualTo(3);
            }
        }
        // The same file again: every row exists unchanged, nothing new.
        Cookie again = upload(world.admin(), file("lon.csv", csv));
        assertThat(preview(world.admin(), again).getElementById("summary").text())
                .contains("Sẽ tạo 0 đơn vị", "300 dòng đã có");
    }

    @Test
    void anAdminOfAnAgencyCannotImportUnderANodeOutsideTheirScope() throws Exception {
        CurrentUser agencyAdmin = agencyAdmin();
        String csv = NODE_HEADERS + "\n"
                + p + ".IN,Trong phạm vi,UNIT," + p + ".SYT,\n"
                + p + ".OUT,Ngoài phạm vi,UNIT," + p + ".SNV,\n";
        Cookie session = upload(agencyAdmin, file("pham-vi.csv", csv));
        Document page = preview(agencyAdmin, session);
        assertThat(outcome(page, "node-row-2")).isEqualTo("Tạo mới");
        assertThat(problems(page, "node-row-3"))
                .contains("Mã đơn vị cấp trên: không có đơn vị mã " + p + ".SNV trong tệp hay trong phạm vi bạn quản lý.");
        confirm(agencyAdmin, session).andExpect(status().isConflict());
        assertThat(organizations.existsCode(p + ".IN")).isFalse();
        assertThat(organizations.existsCode(p + ".OUT")).isFalse();
    }

    @Test
    void theTreeAsItIsListedWithTheFileIsLeftUnchangedProvinceIncluded() throws Exception {
        OrgNodeView province = organizations.find(world.province());
        OrgNodeView agency = organizations.find(world.agency());
        String csv = NODE_HEADERS + "\n"
                + p + ".MOI,Đơn vị mới,UNIT," + p + ".SYT,\n"
                + p + "," + province.name() + ",PROVINCE,,\n"
                + p + ".SYT," + agency.name() + ",AGENCY," + p + ",\n";
        Cookie session = upload(world.admin(), file("ca-cay.csv", csv));
        Document page = preview(world.admin(), session);
        assertThat(outcome(page, "node-row-2")).isEqualTo("Tạo mới");
        assertThat(outcome(page, "node-row-3")).isEqualTo("Đã có, giữ nguyên");
        assertThat(outcome(page, "node-row-4")).isEqualTo("Đã có, giữ nguyên");
        confirm(world.admin(), session).andExpect(status().isOk());
        assertThat(organizations.findByCode(p + ".MOI").parentId()).isEqualTo(world.agency());
        assertThat(organizations.find(world.agency()).version()).isEqualTo(agency.version());
    }

    @Test
    void aCodeTakenBetweenPreviewAndConfirmStopsTheWholeImport() throws Exception {
        String csv = NODE_HEADERS + "\n"
                + p + ".R1,Một,UNIT," + p + ".SYT,\n"
                + p + ".R2,Hai,UNIT," + p + ".SYT,\n";
        Cookie session = upload(world.admin(), file("dua.csv", csv));
        assertThat(outcome(preview(world.admin(), session), "node-row-3")).isEqualTo("Tạo mới");
        organizations.create(world.admin(), new vn.parcomms.organization.OrgNodeCommand(p + ".R2", "Người khác tạo",
                null, OrgKind.UNIT, world.agency()));

        Document page = Html.page(confirm(world.admin(), session).andExpect(status().isConflict()));
        assertThat(problems(page, "node-row-3")).anyMatch(t -> t.startsWith("Mã: mã " + p + ".R2 đã được dùng"));
        assertThat(organizations.existsCode(p + ".R1")).isFalse();
    }

    @Test
    void withoutAnUploadThePreviewAndConfirmLeadBackToTheFormAndCancelDropsTheFile() throws Exception {
        mvc.perform(get("/organizations/import/preview").with(as(world.admin())))
                .andExpect(redirectedUrl("/organizations/import"));
        mvc.perform(post("/organizations/import/confirm").with(as(world.admin())).with(csrf()))
                .andExpect(redirectedUrl("/organizations/import"));
        Cookie session = upload(world.admin(), file("huy.csv", NODE_HEADERS + "\n" + p + ".H1,H,UNIT," + p + ".SYT,\n"));
        mvc.perform(post("/organizations/import/cancel").cookie(session).with(as(world.admin())).with(csrf()))
                .andExpect(redirectedUrl("/organizations/import"));
        mvc.perform(post("/organizations/import/confirm").cookie(session).with(as(world.admin())).with(csrf()))
                .andExpect(redirectedUrl("/organizations/import"));
        assertThat(organizations.existsCode(p + ".H1")).isFalse();
    }

    @Test
    void aConfirmedFileCannotBeConfirmedTwice() throws Exception {
        Cookie session = upload(world.admin(), file("mot.csv", NODE_HEADERS + "\n" + p + ".T1,T,UNIT," + p + ".SYT,\n"));
        confirm(world.admin(), session).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
        confirm(world.admin(), session).andExpect(redirectedUrl("/organizations/import"));
        assertThat(organizations.children(world.agency())).extracting(OrgNodeView::code).containsOnlyOnce(p + ".T1");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdminReachesAnyImportRoute(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        String csv = NODE_HEADERS + "\n" + p + ".Z,Z,UNIT," + p + ".SYT,\n";
        mvc.perform(get("/organizations/import").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/import/template.xlsx").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/organizations/import/preview").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/organizations/import").file(file("z.csv", csv)).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/import/confirm").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/organizations/import/cancel").with(as(user)).with(csrf())).andExpect(status().isForbidden());
        assertThat(organizations.existsCode(p + ".Z")).isFalse();
    }

    @Test
    void theAdminSeesTheImportLinkAndTheTemplatePreviewsCleanly() throws Exception {
        Document tree = Html.page(mvc.perform(get("/organizations").with(as(world.admin()))));
        assertThat(tree.getElementById("import-link").attr("href")).isEqualTo("/organizations/import");
        assertThat(Html.page(mvc.perform(get("/organizations").with(as(world.office())))).getElementById("import-link"))
                .isNull();

        MvcResult download = mvc.perform(get("/organizations/import/template.xlsx").with(as(world.admin())))
                .andExpect(status().isOk()).andReturn();
        byte[] template = download.getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã");
            assertThat(book.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo(p);
            assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên đăng nhập");
        }
        Cookie session = upload(world.admin(), new MockMultipartFile("file", "mau.xlsx", null, template));
        Document page = preview(world.admin(), session);
        assertThat(outcome(page, "node-row-2")).isEqualTo("Tạo mới");
        assertThat(outcome(page, "user-row-2")).isEqualTo("Tạo mới");
    }

    @Test
    void badFilesStayOnTheFormWithAMessage() throws Exception {
        assertUploadRefused(new MockMultipartFile("file", "empty.csv", null, new byte[0]), "Tệp trống.");
        assertUploadRefused(new MockMultipartFile("file", "anh.png", null,
                new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'}), "không phải bảng tính");
        assertUploadRefused(new MockMultipartFile("file", "hong.xlsx", null,
                new byte[] {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8}), "không phải bảng tính");
        assertUploadRefused(file("tieu-de.csv", "Họ,Tên,Tuổi\nA,B,3\n"), "không nhận ra tiêu đề cột");
        assertUploadRefused(file("thieu.csv", "Mã,Tên\nA,B\n"), "thiếu cột Loại / Kind, Mã đơn vị cấp trên / Parent code");
        assertUploadRefused(file("chi-tieu-de.csv", NODE_HEADERS + "\n"), "không có dòng dữ liệu");
        assertUploadRefused(new MockMultipartFile("file", "latin1.csv", null,
                "Mã,Tên,Loại,Mã đơn vị cấp trên\nA,Bà Rịa,UNIT,B\n".getBytes(StandardCharsets.ISO_8859_1)), "UTF-8");
        Document noFile = Html.page(mvc.perform(multipart("/organizations/import").with(as(world.admin())).with(csrf()))
                .andExpect(status().isOk()));
        assertThat(noFile.getElementById("upload-error").text()).isEqualTo("Hãy chọn một tệp XLSX hoặc CSV.");
    }

    @Test
    void moreThanTheRowLimitIsRefusedWithTheLimit() throws Exception {
        StringBuilder csv = new StringBuilder(NODE_HEADERS).append('\n');
        for (int i = 0; i <= OrgImportService.MAX_ROWS; i++) {
            csv.append(p).append(".R").append(i).append(",R,UNIT,").append(p).append(".SYT,\n");
        }
        assertUploadRefused(file("nhieu.csv", csv.toString()), "quá 5.000 dòng");
    }

    @Test
    void theEnglishPageSpeaksEnglish() throws Exception {
        Cookie session = upload(world.admin(), file("x.csv", NODE_HEADERS + "\n" + p + ".E1,E,UNIT,NOPE-" + p + ",\n"));
        Document page = Html.page(mvc.perform(get("/organizations/import/preview").param("lang", "en")
                .cookie(session).with(as(world.admin()))));
        assertThat(problems(page, "node-row-2"))
                .contains("Parent code: no node with code NOPE-" + p + " in the file or in your scope.");
    }

    @Test
    void reportingParentCodesAreStoredWithTheNewNodes() throws Exception {
        String csv = NODE_HEADERS + "\n"
                + p + ".XA,UBND xã Thử,AGENCY," + p + ",\n"                              // row 2
                + p + ".XA.TYT,Trạm Y tế xã Thử,UNIT," + p + ".XA," + p + ".SYT.A\n"     // row 3: to an existing centre
                + p + ".XA.TYT2,Trạm Y tế xã Hai,UNIT," + p + ".XA," + p + ".KV\n"       // row 4: to a centre further down
                + p + ".KV,Trung tâm Y tế khu vực,UNIT," + p + ".SYT,\n";                // row 5
        Cookie session = upload(world.admin(), file("tuyen.csv", csv));
        Document page = preview(world.admin(), session);
        for (int row = 2; row <= 5; row++) {
            assertThat(outcome(page, "node-row-" + row)).isEqualTo("Tạo mới");
        }
        confirm(world.admin(), session).andExpect(status().isOk());

        assertThat(organizations.findByCode(p + ".XA.TYT").parentId()).isEqualTo(organizations.findByCode(p + ".XA").id());
        assertThat(organizations.reportingParent(organizations.findByCode(p + ".XA.TYT").id()))
                .map(OrgNodeView::id).contains(world.unitA());
        assertThat(organizations.reportingParent(organizations.findByCode(p + ".XA.TYT2").id()))
                .map(OrgNodeView::id).contains(organizations.findByCode(p + ".KV").id());
        assertThat(organizations.reportingParent(organizations.findByCode(p + ".KV").id())).isEmpty();
        assertThat(organizations.reportsWithin(organizations.findByCode(p + ".XA.TYT").id(), world.unitA())).isTrue();
    }

    @Test
    void badReportingLinesAreReportedPerRowAndNothingIsImported() throws Exception {
        String elsewhere = organizations.find(fixtures.newWorld().unitA()).code();
        String csv = NODE_HEADERS + "\n"
                + p + ".R1,Không rõ nơi nhận,UNIT," + p + ".SYT,KHONG-CO-" + p + "\n"  // row 2: unknown code
                + p + ".R2,Tỉnh khác,UNIT," + p + ".SYT," + elsewhere + "\n"           // row 3: other province
                + p + ".R3,Vòng trên,UNIT," + p + ".SYT," + p + ".R4\n"                // row 4: R3 reports to its own sub-unit
                + p + ".R4,Vòng dưới,SUB_UNIT," + p + ".R3,\n"                         // row 5: under R3
                + p + ".R5,Chính nó,UNIT," + p + ".SYT," + p + ".R5\n"                 // row 6: itself
                + p + ".R6,Tốt,UNIT," + p + ".SYT," + p + ".SYT.B\n";                  // row 7: fine
        Cookie session = upload(world.admin(), file("tuyen-xau.csv", csv));
        Document page = preview(world.admin(), session);

        assertThat(problems(page, "node-row-2"))
                .contains("Mã đơn vị nhận báo cáo: không có đơn vị mã KHONG-CO-" + p + " trong tệp hay trong tỉnh.");
        assertThat(problems(page, "node-row-3"))
                .contains("Mã đơn vị nhận báo cáo: đơn vị mã " + elsewhere + " thuộc tỉnh khác.");
        assertThat(problems(page, "node-row-4"))
                .contains("Mã đơn vị nhận báo cáo: tuyến báo cáo khép thành vòng qua các dòng 4 → 5 → 4.");
        assertThat(problems(page, "node-row-5")).contains("Mã đơn vị cấp trên: đơn vị cấp trên (dòng 4) có lỗi.");
        assertThat(problems(page, "node-row-6")).anyMatch(t -> t.contains("chính nó"));
        assertThat(outcome(page, "node-row-7")).isEqualTo("Tạo mới");
        assertThat(page.getElementById("confirm")).isNull();

        confirm(world.admin(), session).andExpect(status().isConflict());
        for (String code : List.of(".R1", ".R2", ".R3", ".R4", ".R5", ".R6")) {
            assertThat(organizations.existsCode(p + code)).as(code).isFalse();
        }
    }

    private void assertUploadRefused(MockMultipartFile file, String message) throws Exception {
        Document page = Html.page(mvc.perform(multipart("/organizations/import").file(file)
                .with(as(world.admin())).with(csrf())).andExpect(status().isOk()));
        assertThat(page.getElementById("upload-error").text()).contains(message);
    }

    private CurrentUser agencyAdmin() {
        String username = p.toLowerCase() + "-agencyadmin";
        long id = accounts.createForSetup(new vn.parcomms.account.UserCommand(username, "Quản trị Sở", null,
                world.agency(), Role.ADMIN), Fixtures.PASSWORD);
        return new CurrentUser(id, username, "Quản trị Sở", Role.ADMIN, world.agency());
    }

    private Cookie upload(CurrentUser admin, MockMultipartFile file) throws Exception {
        MvcResult result = mvc.perform(multipart("/organizations/import").file(file).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/organizations/import/preview")).andReturn();
        Cookie session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie").isNotNull();
        return session;
    }

    private Document preview(CurrentUser admin, Cookie session) throws Exception {
        return Html.page(mvc.perform(get("/organizations/import/preview").cookie(session).with(as(admin)))
                .andExpect(status().isOk()));
    }

    private ResultActions confirm(CurrentUser admin, Cookie session) throws Exception {
        return mvc.perform(post("/organizations/import/confirm").cookie(session).with(as(admin)).with(csrf()));
    }

    private static String outcome(Document page, String rowId) {
        Element row = page.getElementById(rowId);
        assertThat(row).as(rowId).isNotNull();
        return row.selectFirst(".badge").text();
    }

    private static List<String> problems(Document page, String rowId) {
        Element row = page.getElementById(rowId);
        assertThat(row).as(rowId).isNotNull();
        return row.select("li").eachText();
    }

    private static MockMultipartFile file(String name, String csv) {
        return new MockMultipartFile("file", name, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] xlsx(Map<String, List<List<String>>> sheets) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (var entry : new java.util.TreeMap<>(sheets).descendingMap().entrySet()) {
                Sheet sheet = book.createSheet(entry.getKey());
                for (int r = 0; r < entry.getValue().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<String> cells = entry.getValue().get(r);
                    for (int c = 0; c < cells.size(); c++) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}

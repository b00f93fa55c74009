package vn.parcomms.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
class HomeWebTest {

    /** What must never reach a user: exception names, stack frames, Java class or package names. */
    private static final Pattern TECHNICAL = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+|vn\\.parcomms|java\\.|jakarta\\.|org\\.spring|Whitelabel|trace",
            Pattern.CASE_INSENSITIVE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganizationService organizations;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyRoleSeesItsNameAndItsNodeOnTheHomePage(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        Document page = Html.page(mvc.perform(get("/").with(as(user))).andExpect(status().isOk()));

        assertThat(page.selectFirst("main h1").text()).isEqualTo("Xin chào, " + user.fullName());
        assertThat(page.select("main a[href=/organizations/" + user.orgNodeId() + "]").text())
                .isEqualTo(organizations.find(user.orgNodeId()).name());
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("vi");
    }

    @Test
    void onlyTheAdminSeesTheUserCountsAndTheUserLinks() throws Exception {
        Document admin = Html.page(mvc.perform(get("/").with(as(world.admin()))));
        Document office = Html.page(mvc.perform(get("/").with(as(world.office()))));
        assertThat(admin.select("a[href=/users]")).isNotEmpty();
        assertThat(admin.text()).contains("Người dùng đang hoạt động");
        assertThat(office.select("a[href=/users]")).isEmpty();
        assertThat(office.text()).doesNotContain("Người dùng đang hoạt động");
    }

    @Test
    void aLongListOfUnitsSaysHowManyMoreThereAre() throws Exception {
        for (int i = 1; i <= 9; i++) {
            organizations.create(world.admin(), new OrgNodeCommand(world.office().username() + ".U" + i,
                    "Đơn vị thêm " + i, null, OrgKind.UNIT, world.agency()));
        }
        Document page = Html.page(mvc.perform(get("/").with(as(world.office()))).andExpect(status().isOk()));
        assertThat(page.select("main .card li a")).hasSize(8);
        assertThat(page.text()).contains("và 3 đơn vị trực thuộc khác");

        Document unitHome = Html.page(mvc.perform(get("/").with(as(world.unitUserA()))));
        assertThat(unitHome.text()).doesNotContain("đơn vị trực thuộc khác");
    }

    @Test
    void englishIsChosenWithLangAndACookieKeepsIt() throws Exception {
        ResultActions english = mvc.perform(get("/").param("lang", "en").with(as(world.office())))
                .andExpect(status().isOk());
        Cookie cookie = english.andReturn().getResponse().getCookie("parcomms-lang");
        assertThat(cookie).isNotNull();
        assertThat(Html.page(english).selectFirst("main h1").text()).isEqualTo("Welcome, " + world.office().fullName());

        Document next = Html.page(mvc.perform(get("/").cookie(cookie).with(as(world.office()))));
        assertThat(next.selectFirst("main h1").text()).isEqualTo("Welcome, " + world.office().fullName());
        assertThat(next.selectFirst("html").attr("lang")).isEqualTo("en");

        Document backToVietnamese = Html.page(mvc.perform(get("/").param("lang", "vi").cookie(cookie)
                .with(as(world.office()))));
        assertThat(backToVietnamese.selectFirst("main h1").text()).isEqualTo("Xin chào, " + world.office().fullName());
    }

    @Test
    void withoutTheCookieTheNextRequestIsVietnameseAgain() throws Exception {
        mvc.perform(get("/").param("lang", "en").with(as(world.office()))).andExpect(status().isOk());
        Document next = Html.page(mvc.perform(get("/").with(as(world.office()))));
        assertThat(next.selectFirst("main h1").text()).startsWith("Xin chào");
    }

    @Test
    void theForbiddenPagesSayWhatHappenedWithoutTechnicalText() throws Exception {
        mvc.perform(get("/users").with(as(world.unitUserA()))).andExpect(status().isForbidden());
        assertFriendlyErrorPage(mvc.perform(get("/organizations/{id}", world.unitB()).with(as(world.unitUserA())))
                .andExpect(status().isForbidden()), "Không có quyền truy cập");
        assertFriendlyErrorPage(mvc.perform(get("/users/{id}", fixtures.newWorld().office().id())
                .with(as(world.admin()))).andExpect(status().isForbidden()), "Không có quyền truy cập");
    }

    @Test
    void theNotFoundPagesSayWhatHappenedWithoutTechnicalText() throws Exception {
        assertFriendlyErrorPage(mvc.perform(get("/organizations/{id}", Long.MAX_VALUE).with(as(world.admin())))
                .andExpect(status().isNotFound()), "Không tìm thấy");
        assertFriendlyErrorPage(mvc.perform(get("/users/{id}", Long.MAX_VALUE).with(as(world.admin())))
                .andExpect(status().isNotFound()), "Không tìm thấy");
        assertFriendlyErrorPage(mvc.perform(get("/organizations/not-a-number").with(as(world.admin())))
                .andExpect(status().isNotFound()), "Không tìm thấy");
        assertFriendlyErrorPage(mvc.perform(get("/no-such-page").with(as(world.office())))
                .andExpect(status().isNotFound()), "Không tìm thấy");
    }

    @Test
    void theConflictPageSaysWhatHappenedWithoutTechnicalText() throws Exception {
        // A stale edit form is shown again with the saved values (EditConflictWebTest); a stale
        // button such as "deactivate" has no form to come back to and gets the 409 page.
        var node = organizations.find(world.unitA());
        assertFriendlyErrorPage(mvc.perform(post("/organizations/{id}/deactivate", node.id()).with(as(world.admin()))
                        .with(csrf()).param("version", String.valueOf(node.version() + 1)))
                .andExpect(status().isConflict()), "Dữ liệu vừa được người khác thay đổi");
    }

    /*
     * A refusal by a URL rule, or an unexpected failure, is sent by the servlet container to
     * /error, a dispatch MockMvc does not make; this asks /error directly, as the container would,
     * with the exception attached, to prove its text never reaches the page.
     */
    @Test
    void theContainersErrorPagesNeverShowTheException() throws Exception {
        assertFriendlyErrorPage(mvc.perform(containerError(403, "/users",
                        new AccessDeniedException("Access Denied"))
                        .with(as(world.unitUserA())))
                .andExpect(status().isForbidden()), "Không có quyền truy cập");
        assertFriendlyErrorPage(mvc.perform(containerError(500, "/organizations",
                        new IllegalStateException("secret detail from vn.parcomms.organization.OrganizationService"))
                        .with(as(world.office())))
                .andExpect(status().isInternalServerError()), "Hệ thống đang gặp sự cố");
    }

    private static MockHttpServletRequestBuilder containerError(
            int status, String uri, Exception exception) {
        return get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri)
                .requestAttr(RequestDispatcher.ERROR_MESSAGE, exception.getMessage())
                .requestAttr(RequestDispatcher.ERROR_EXCEPTION, exception);
    }

    @Test
    void errorPagesFollowTheChosenLanguage() throws Exception {
        assertFriendlyErrorPage(mvc.perform(get("/organizations/{id}", Long.MAX_VALUE).param("lang", "en")
                .with(as(world.admin()))).andExpect(status().isNotFound()), "Not found");
    }

    private static void assertFriendlyErrorPage(ResultActions result, String title) throws Exception {
        Document page = Html.page(result);
        assertThat(page.selectFirst("main h1").text()).isEqualTo(title);
        assertThat(page.text()).doesNotContainPattern(TECHNICAL);
        assertThat(result.andReturn().getResponse().getContentAsString()).doesNotContainPattern(TECHNICAL);
    }
}

package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.SignIn;

/** Account administration (/users) and every user's own password (/account/password). */
@IntegrationTest
class UserWebTest {

    private static final String NEW_PASSWORD = "new-password-42";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Value("${parcomms.security.max-failed-logins}")
    int maxFailedLogins;

    World world;

    /** This test's own client address: its wrong passwords throttle no other test. */
    String address = SignIn.newAddress();

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    /** Every route of /users; those naming a user aim at the unit user A of {@code target}. */
    private static List<MockHttpServletRequestBuilder> everyUserRoute(World target, long version) {
        List<MockHttpServletRequestBuilder> routes = new ArrayList<>(List.of(
                get("/users"),
                get("/users/new"),
                post("/users").with(csrf()).param("username", target.unitUserA().username() + "-x")
                        .param("fullName", "Người mới").param("orgNodeId", String.valueOf(target.unitA()))
                        .param("role", "UNIT").param("password", NEW_PASSWORD)));
        routes.addAll(routesNamingAUser(target, version));
        return routes;
    }

    private static List<MockHttpServletRequestBuilder> routesNamingAUser(World target, long version) {
        long id = target.unitUserA().id();
        String v = String.valueOf(version);
        return List.of(
                get("/users/{id}", id),
                get("/users/{id}/edit", id),
                post("/users/{id}", id).with(csrf()).param("username", target.unitUserA().username())
                        .param("fullName", "Tên đã sửa").param("orgNodeId", String.valueOf(target.unitA()))
                        .param("role", "UNIT").param("version", v),
                post("/users/{id}/reset-password", id).with(csrf()).param("newPassword", NEW_PASSWORD)
                        .param("version", v),
                post("/users/{id}/deactivate", id).with(csrf()).param("version", v),
                post("/users/{id}/activate", id).with(csrf()).param("version", v));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdminReachesAnyUserRoute(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        long version = accounts.view(world.admin(), world.unitUserA().id()).version();
        for (MockHttpServletRequestBuilder request : everyUserRoute(world, version)) {
            mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
        }
        UserView untouched = accounts.view(world.admin(), world.unitUserA().id());
        assertThat(untouched.fullName()).isEqualTo(world.unitUserA().fullName());
        assertThat(untouched.active()).isTrue();
        assertThat(untouched.version()).isEqualTo(version);
        assertThat(accounts.exists(world.unitUserA().username() + "-x")).isFalse();
    }

    @Test
    void anAdminReachesEveryUserRouteOfTheirProvince() throws Exception {
        long id = world.unitUserA().id();
        mvc.perform(get("/users").with(as(world.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(world.unitUserA().username())));
        mvc.perform(get("/users/new").with(as(world.admin()))).andExpect(status().isOk());
        mvc.perform(get("/users/{id}", id).with(as(world.admin()))).andExpect(status().isOk());
        mvc.perform(get("/users/{id}/edit", id).with(as(world.admin()))).andExpect(status().isOk());

        String username = world.unitUserA().username() + "-x";
        String location = mvc.perform(post("/users").with(as(world.admin())).with(csrf())
                        .param("username", username).param("fullName", "Người mới")
                        .param("orgNodeId", String.valueOf(world.unitA())).param("role", "UNIT")
                        .param("password", NEW_PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(accounts.exists(username)).isTrue();
        assertThat(location).startsWith("/users/");

        mvc.perform(post("/users/{id}", id).with(as(world.admin())).with(csrf())
                        .param("username", world.unitUserA().username()).param("fullName", "Tên đã sửa")
                        .param("orgNodeId", String.valueOf(world.subUnitA())).param("role", "UNIT")
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(accounts.view(world.admin(), id).fullName()).isEqualTo("Tên đã sửa");
        assertThat(accounts.view(world.admin(), id).orgNodeId()).isEqualTo(world.subUnitA());

        mvc.perform(post("/users/{id}/deactivate", id).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(accounts.view(world.admin(), id).active()).isFalse();

        mvc.perform(post("/users/{id}/activate", id).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(accounts.view(world.admin(), id).active()).isTrue();

        mvc.perform(post("/users/{id}/reset-password", id).with(as(world.admin())).with(csrf())
                        .param("newPassword", NEW_PASSWORD).param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/users/" + id));
        mvc.perform(SignIn.login(world.unitUserA().username(), NEW_PASSWORD, address))
                .andExpect(authenticated());
    }

    @Test
    void anAdminOfOneProvinceCannotTouchTheUsersOfAnother() throws Exception {
        World other = fixtures.newWorld();
        long version = accounts.view(other.admin(), other.unitUserA().id()).version();
        for (MockHttpServletRequestBuilder request : routesNamingAUser(other, version)) {
            mvc.perform(request.with(as(world.admin()))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/users/{id}", other.unitUserA().id()).with(as(world.admin())).with(csrf())
                        .param("username", other.unitUserA().username()).param("fullName", "")
                        .param("orgNodeId", String.valueOf(other.unitA())).param("role", "UNIT")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        UserView untouched = accounts.view(other.admin(), other.unitUserA().id());
        assertThat(untouched.fullName()).isEqualTo(other.unitUserA().fullName());
        assertThat(untouched.active()).isTrue();
        assertThat(untouched.version()).isEqualTo(version);

        var list = Html.page(mvc.perform(get("/users").with(as(world.admin()))).andExpect(status().isOk()));
        assertThat(list.text()).contains(world.unitUserA().username()).doesNotContain(other.unitUserA().username());
    }

    @Test
    void editingAnUnknownUserIsNotFoundEvenWithBadInput() throws Exception {
        mvc.perform(post("/users/{id}", Long.MAX_VALUE).with(as(world.admin())).with(csrf())
                        .param("username", "ghost").param("fullName", "").param("role", "UNIT").param("version", "0"))
                .andExpect(status().isNotFound());
    }

    @Test
    void anAdminCannotCreateAUserInAnotherProvince() throws Exception {
        World other = fixtures.newWorld();
        String username = world.admin().username() + "-outside";
        Document page = Html.page(createUser(username, "Người ngoài", String.valueOf(other.unitA()), NEW_PASSWORD)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "orgNodeId")));
        assertThat(errorBeside(page, "orgNodeId")).isEqualTo("Hãy chọn một đơn vị trong phạm vi bạn quản lý.");
        assertThat(page.selectFirst("input#username").val()).isEqualTo(username);
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aBlankNameStaysOnTheFormWithTheMessageAndTheTypedValues() throws Exception {
        String username = world.admin().username() + "-blank";
        Document page = Html.page(createUser(username, "  ", String.valueOf(world.unitB()), NEW_PASSWORD)
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "fullName")).isEqualTo("Không được để trống.");
        assertThat(page.selectFirst("input#username").val()).isEqualTo(username);
        assertThat(page.selectFirst("select#orgNodeId option[selected]").val()).isEqualTo(String.valueOf(world.unitB()));
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aUsernameWithSpacesOrDiacriticsIsRefusedBesideTheField() throws Exception {
        Document page = Html.page(createUser("Nguyễn Văn A", "Nguyễn Văn A", String.valueOf(world.unitB()), NEW_PASSWORD)
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "username")).startsWith("Tên đăng nhập gồm 3–60 ký tự");
        assertThat(page.selectFirst("input#username").val()).isEqualTo("Nguyễn Văn A");
        assertThat(page.selectFirst("input#fullName").val()).isEqualTo("Nguyễn Văn A");
    }

    @Test
    void aShortInitialPasswordIsRefusedBesideTheField() throws Exception {
        String username = world.admin().username() + "-short";
        Document page = Html.page(createUser(username, "Người mới", String.valueOf(world.unitB()), "short")
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "password")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertThat(page.selectFirst("input#fullName").val()).isEqualTo("Người mới");
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void aTakenUsernameIsRefusedWhateverItsCase() throws Exception {
        String taken = world.office().username().toUpperCase();
        Document page = Html.page(createUser(taken, "Trùng tên", String.valueOf(world.unitB()), NEW_PASSWORD)
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "username")).isEqualTo("Tên đăng nhập " + taken + " đã có người dùng.");
        assertThat(page.selectFirst("input#fullName").val()).isEqualTo("Trùng tên");
    }

    @Test
    void resettingAPasswordLetsTheUserInAndUnlocksTheAccount() throws Exception {
        CurrentUser user = world.unitUserB();
        String address = SignIn.newAddress();
        for (int i = 0; i < maxFailedLogins; i++) {
            mvc.perform(SignIn.login(user.username(), "wrong-" + i, address));
        }
        assertThat(accounts.view(world.admin(), user.id()).locked()).isTrue();

        mvc.perform(post("/users/{id}/reset-password", user.id()).with(as(world.admin())).with(csrf())
                        .param("newPassword", NEW_PASSWORD).param("version", String.valueOf(version(user.id()))))
                .andExpect(redirectedUrl("/users/" + user.id()));

        assertThat(accounts.view(world.admin(), user.id()).locked()).isFalse();
        mvc.perform(SignIn.login(user.username(), Fixtures.PASSWORD, address))
                .andExpect(unauthenticated());
        mvc.perform(SignIn.login(user.username(), NEW_PASSWORD, address))
                .andExpect(authenticated().withUsername(user.username()));
    }

    @Test
    void aShortResetPasswordIsRefusedOnTheDetailPage() throws Exception {
        long id = world.unitUserB().id();
        Document page = Html.page(mvc.perform(post("/users/{id}/reset-password", id).with(as(world.admin())).with(csrf())
                        .param("newPassword", "short").param("version", String.valueOf(version(id))))
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "newPassword")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        mvc.perform(SignIn.login(world.unitUserB().username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated());
    }

    @Test
    void aStaleVersionGetsTheConflictPageAndChangesNothing() throws Exception {
        long id = world.unitUserA().id();
        long stale = version(id) + 7;
        mvc.perform(post("/users/{id}", id).with(as(world.admin())).with(csrf())
                        .param("username", world.unitUserA().username()).param("fullName", "Ghi đè")
                        .param("orgNodeId", String.valueOf(world.unitA())).param("role", "UNIT")
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isConflict())
                // The form again, with the conflict said and the saved account beside what was typed.
                .andExpect(content().string(containsString("Tài khoản vừa được người khác lưu thay đổi")));
        mvc.perform(post("/users/{id}/deactivate", id).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isConflict());
        assertThat(accounts.view(world.admin(), id).fullName()).isEqualTo(world.unitUserA().fullName());
        assertThat(accounts.view(world.admin(), id).active()).isTrue();
    }

    @Test
    void anAdminCannotDeactivateThemselves() throws Exception {
        long id = world.admin().id();
        mvc.perform(post("/users/{id}/deactivate", id).with(as(world.admin())).with(csrf())
                        .param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/users/" + id));
        assertThat(accounts.view(world.admin(), id).active()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "OPERATOR", mode = EnumSource.Mode.EXCLUDE)
    void everyUserChangesTheirOwnPasswordAndSignsInWithIt(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        mvc.perform(get("/account/password").with(as(user))).andExpect(status().isOk());
        mvc.perform(changeOwnPassword(user, Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(SignIn.login(user.username(), NEW_PASSWORD, address))
                .andExpect(authenticated().withUsername(user.username()));
        mvc.perform(SignIn.login(user.username(), Fixtures.PASSWORD, address))
                .andExpect(unauthenticated());
    }

    @Test
    void aWrongCurrentPasswordIsShownBesideThatField() throws Exception {
        Document page = Html.page(mvc.perform(
                        changeOwnPassword(world.office(), "not-my-password", NEW_PASSWORD, NEW_PASSWORD))
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "currentPassword")).isEqualTo("Mật khẩu hiện tại không đúng.");
        assertOldPasswordStillWorks(world.office());
    }

    @Test
    void twoDifferentNewPasswordsAreShownAsAMismatch() throws Exception {
        Document page = Html.page(mvc.perform(
                        changeOwnPassword(world.office(), Fixtures.PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x"))
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "confirmPassword")).isEqualTo("Hai lần nhập mật khẩu mới không khớp.");
        assertOldPasswordStillWorks(world.office());
    }

    @Test
    void aTooShortNewPasswordIsShownBesideThatField() throws Exception {
        Document page = Html.page(mvc.perform(changeOwnPassword(world.office(), Fixtures.PASSWORD, "short", "short"))
                .andExpect(status().isOk()));
        assertThat(errorBeside(page, "newPassword")).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");
        assertOldPasswordStillWorks(world.office());
    }

    private ResultActions createUser(String username, String fullName, String orgNodeId, String password)
            throws Exception {
        return mvc.perform(post("/users").with(as(world.admin())).with(csrf())
                .param("username", username).param("fullName", fullName).param("orgNodeId", orgNodeId)
                .param("role", "UNIT").param("password", password));
    }

    private MockHttpServletRequestBuilder changeOwnPassword(CurrentUser user, String current, String next,
            String confirm) {
        return post("/account/password").with(as(user)).with(csrf()).with(SignIn.from(address))
                .param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm);
    }

    private void assertOldPasswordStillWorks(CurrentUser user) throws Exception {
        mvc.perform(SignIn.login(user.username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated());
    }

    private long version(long userId) {
        return accounts.view(world.admin(), userId).version();
    }

    /** The inline message the user sees right under a field. */
    private static String errorBeside(Document page, String field) {
        var feedback = page.selectFirst("#" + field + " + .invalid-feedback");
        assertThat(feedback).as("message beside " + field).isNotNull();
        assertThat(page.selectFirst("#" + field).hasClass("is-invalid")).as(field + " marked invalid").isTrue();
        return feedback.text();
    }
}

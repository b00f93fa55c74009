package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.SignIn;

/**
 * A change of access reaches sessions that are already open: each test signs in through the real
 * form, lets the administrator change the account, and sends the open session's next request.
 */
@IntegrationTest
class SessionRevocationTest {

    private static final String NEW_PASSWORD = "a-new-password-9";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @Test
    void aDeactivatedUsersOpenSessionIsSentToTheLoginPageOnItsNextRequest() throws Exception {
        MockHttpSession session = signIn(world.office());
        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());

        accounts.setActive(world.admin(), world.office().id(), version(world.office()), false);

        mvc.perform(get("/plans").session(session)).andExpect(redirectedUrl("/login?revoked"));
        assertThat(session.isInvalid()).isTrue();
        var page = Html.page(mvc.perform(get("/login").param("revoked", "")));
        assertThat(page.select(".alert-warning").text()).startsWith("Quyền truy cập của tài khoản vừa thay đổi");
    }

    @Test
    void aUserGivenAnotherRoleCannotGoOnWithTheOldOne() throws Exception {
        MockHttpSession session = signIn(world.office());

        accounts.update(world.admin(), world.office().id(), version(world.office()),
                new UserCommand(world.office().username(), world.office().fullName(), null, world.agency(), Role.UNIT));

        mvc.perform(post("/plans").session(session).with(csrf()).param("year", "2031"))
                .andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aUserMovedToAnotherNodeIsSignedOut() throws Exception {
        MockHttpSession session = signIn(world.unitUserA());

        accounts.update(world.admin(), world.unitUserA().id(), version(world.unitUserA()),
                new UserCommand(world.unitUserA().username(), world.unitUserA().fullName(), null, world.unitB(),
                        Role.UNIT));

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheUsersSessions() throws Exception {
        MockHttpSession session = signIn(world.leader());

        accounts.resetPassword(world.admin(), world.leader().id(), version(world.leader()), NEW_PASSWORD);

        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aRevokedSessionGets401OnTheApi() throws Exception {
        MockHttpSession session = signIn(world.reviewer());
        mvc.perform(get("/api/v1/plans").session(session)).andExpect(status().isOk());

        accounts.setActive(world.admin(), world.reviewer().id(), version(world.reviewer()), false);

        mvc.perform(get("/api/v1/plans").session(session)).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        MockHttpSession phone = signIn(world.office());
        MockHttpSession desk = signIn(world.office());
        String deskId = desk.getId();

        mvc.perform(post("/account/password").session(desk).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        assertThat(desk.getId()).as("a new session id after the change").isNotEqualTo(deskId);
        mvc.perform(get("/account").session(desk)).andExpect(status().isOk());
        mvc.perform(get("/account").session(phone)).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aNewNameOrEmailKeepsTheSessionOpen() throws Exception {
        MockHttpSession session = signIn(world.office());

        accounts.update(world.admin(), world.office().id(), version(world.office()),
                new UserCommand(world.office().username(), "Tên mới", "moi@example.vn", world.agency(), Role.OFFICE));

        mvc.perform(get("/plans").session(session)).andExpect(status().isOk());
    }

    @Test
    void aPrincipalWithAnOutdatedRoleIsRefusedEvenWithoutASignInStamp() throws Exception {
        CurrentUser asSignedIn = world.leader();
        accounts.update(world.admin(), asSignedIn.id(), version(asSignedIn),
                new UserCommand(asSignedIn.username(), asSignedIn.fullName(), null, world.agency(), Role.UNIT));

        mvc.perform(get("/").with(as(asSignedIn))).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void anAdministratorResettingTheirOwnPasswordStaysSignedIn() throws Exception {
        MockHttpSession session = signIn(world.admin());

        mvc.perform(post("/users/{id}/reset-password", world.admin().id()).session(session).with(csrf())
                        .param("newPassword", NEW_PASSWORD).param("version", String.valueOf(version(world.admin()))))
                .andExpect(redirectedUrl("/users/" + world.admin().id()));

        mvc.perform(get("/users").session(session)).andExpect(status().isOk());
    }

    private MockHttpSession signIn(CurrentUser user) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(
                        SignIn.login(user.username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        assertThat(session).isNotNull();
        return session;
    }

    private long version(CurrentUser user) {
        return accounts.view(world.admin(), user.id()).version();
    }
}

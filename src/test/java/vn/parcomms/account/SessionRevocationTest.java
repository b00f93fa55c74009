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
        Session session = signIn(world.office());
        session.perform(get("/plans")).andExpect(status().isOk());

        accounts.setActive(world.admin(), world.office().id(), version(world.office()), false);

        session.perform(get("/plans")).andExpect(redirectedUrl("/login?revoked"));
        assertThat(session.cleared()).as("the session cookie is cleared").isTrue();
        var page = Html.page(mvc.perform(get("/login").param("revoked", "")));
        assertThat(page.select(".alert-warning").text()).startsWith("Quyền truy cập của tài khoản vừa thay đổi");
    }

    @Test
    void aUserGivenAnotherRoleCannotGoOnWithTheOldOne() throws Exception {
        Session session = signIn(world.office());

        accounts.update(world.admin(), world.office().id(), version(world.office()),
                new UserCommand(world.office().username(), world.office().fullName(), null, world.agency(), Role.UNIT));

        session.perform(post("/plans").with(csrf()).param("year", "2031"))
                .andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aUserMovedToAnotherNodeIsSignedOut() throws Exception {
        Session session = signIn(world.unitUserA());

        accounts.update(world.admin(), world.unitUserA().id(), version(world.unitUserA()),
                new UserCommand(world.unitUserA().username(), world.unitUserA().fullName(), null, world.unitB(),
                        Role.UNIT));

        session.perform(get("/")).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aPasswordResetByTheAdministratorEndsTheUsersSessions() throws Exception {
        Session session = signIn(world.leader());

        accounts.resetPassword(world.admin(), world.leader().id(), version(world.leader()), NEW_PASSWORD);

        session.perform(get("/")).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aRevokedSessionGets401OnTheApi() throws Exception {
        Session session = signIn(world.reviewer());
        session.perform(get("/api/v1/plans")).andExpect(status().isOk());

        accounts.setActive(world.admin(), world.reviewer().id(), version(world.reviewer()), false);

        session.perform(get("/api/v1/plans")).andExpect(status().isUnauthorized());
    }

    @Test
    void changingOwnPasswordEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        Session phone = signIn(world.office());
        Session desk = signIn(world.office());
        String deskId = desk.id();

        desk.perform(post("/account/password").with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", NEW_PASSWORD).param("confirmPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        assertThat(desk.id()).as("a new session id after the change").isNotEqualTo(deskId);
        desk.perform(get("/account")).andExpect(status().isOk());
        phone.perform(get("/account")).andExpect(redirectedUrl("/login?revoked"));
    }

    @Test
    void aNewNameOrEmailKeepsTheSessionOpen() throws Exception {
        Session session = signIn(world.office());

        accounts.update(world.admin(), world.office().id(), version(world.office()),
                new UserCommand(world.office().username(), "Tên mới", "moi@example.vn", world.agency(), Role.OFFICE));

        session.perform(get("/plans")).andExpect(status().isOk());
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
        Session session = signIn(world.admin());

        session.perform(post("/users/{id}/reset-password", world.admin().id()).with(csrf())
                        .param("newPassword", NEW_PASSWORD).param("version", String.valueOf(version(world.admin()))))
                .andExpect(redirectedUrl("/users/" + world.admin().id()));

        session.perform(get("/users")).andExpect(status().isOk());
    }

    private Session signIn(CurrentUser user) throws Exception {
        Session session = new Session();
        session.perform(SignIn.login(user.username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(redirectedUrl("/"));
        assertThat(session.id()).isNotNull();
        return session;
    }

    /**
     * A browser's session: sessions live in the database (Spring Session), the browser holds the
     * SESSION cookie, which a response may replace (a new id) or clear (signed out).
     */
    private final class Session {
        private jakarta.servlet.http.Cookie cookie;
        private boolean cleared;

        org.springframework.test.web.servlet.ResultActions perform(
                org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            var result = mvc.perform(request);
            jakarta.servlet.http.Cookie set = result.andReturn().getResponse().getCookie("SESSION");
            if (set != null) {
                if (set.getMaxAge() == 0 || set.getValue() == null || set.getValue().isEmpty()) {
                    cleared = true;
                } else {
                    cookie = set;
                }
            }
            return result;
        }

        String id() {
            return cookie == null ? null : cookie.getValue();
        }

        boolean cleared() {
            return cleared;
        }
    }

    private long version(CurrentUser user) {
        return accounts.view(world.admin(), user.id()).version();
    }
}

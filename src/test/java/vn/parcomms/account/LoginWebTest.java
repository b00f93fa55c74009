package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;
import static vn.parcomms.support.SignIn.login;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import jakarta.servlet.http.Cookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.SignIn;

/** Signing in through the real form, against real accounts and the real failure counting. */
@IntegrationTest
class LoginWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Value("${parcomms.security.max-failed-logins}")
    int maxFailedLogins;

    @Autowired
    JdbcClient jdbc;

    World world;

    /** This test's own client address: its wrong passwords throttle no other test. */
    String address = SignIn.newAddress();

    private static final String FAILURE_MESSAGE = "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang "
            + "tạm khóa hay đã ngừng hoạt động. Vui lòng thử lại sau ít phút hoặc liên hệ quản trị hệ thống.";

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @Test
    void theRightPasswordSignsInAndLandsOnTheHomePage() throws Exception {
        mvc.perform(SignIn.login(world.office().username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated().withUsername(world.office().username()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordReturnsToTheLoginPageWithTheOneFailureMessage() throws Exception {
        mvc.perform(login(world.office().username(), "wrong-password", SignIn.newAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));

        var page = Html.page(mvc.perform(get("/login").param("error", "bad")).andExpect(status().isOk()));
        assertThat(page.select(".alert-danger").text()).isEqualTo(FAILURE_MESSAGE);
    }

    @Test
    void anUnknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
        mvc.perform(login("nobody-" + world.office().username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void afterTooManyWrongPasswordsEvenTheRightOneIsRefusedWithTheSameAnswer() throws Exception {
        String username = world.unitUserA().username();
        String address = SignIn.newAddress();
        for (int i = 0; i < maxFailedLogins; i++) {
            mvc.perform(login(username, "wrong-" + i, address)).andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(login(username, Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
        assertThat(accounts.view(world.admin(), world.unitUserA().id()).locked()).isTrue();
    }

    @Test
    void anUnknownNameIsLockedLikeAKnownOneSoTheLockRevealsNothing() throws Exception {
        String unknown = "nobody-" + world.office().username();
        String address = SignIn.newAddress();
        for (int i = 0; i < maxFailedLogins; i++) {
            mvc.perform(login(unknown, "wrong-" + i, address));
        }

        assertThat(throttleRow(unknown)).isEqualTo(1);
        assertThat(throttleRow(world.office().username())).isZero();
    }

    @Test
    void aSuccessfulLoginResetsTheFailureCount() throws Exception {
        String username = world.unitUserB().username();
        String address = SignIn.newAddress();
        for (int i = 0; i < maxFailedLogins - 1; i++) {
            mvc.perform(login(username, "wrong-" + i, address));
        }
        mvc.perform(login(username, Fixtures.PASSWORD, address)).andExpect(authenticated());
        for (int i = 0; i < maxFailedLogins - 1; i++) {
            mvc.perform(login(username, "wrong-again-" + i, address));
        }

        mvc.perform(login(username, Fixtures.PASSWORD, address)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void aDeactivatedAccountGetsTheSameAnswerAsAWrongPassword() throws Exception {
        CurrentUser leader = world.leader();
        long version = accounts.view(world.admin(), leader.id()).version();
        accounts.setActive(world.admin(), leader.id(), version, false);

        mvc.perform(login(leader.username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    /** Locked rows of the throttle for a typed name (0 or 1). */
    private int throttleRow(String name) {
        return jdbc.sql("select count(*) from login_throttle where throttle_key = :key and locked_until > now()")
                .param("key", "account:" + name.toLowerCase()).query(Integer.class).single();
    }

    @Test
    void loggingOutEndsTheSessionAndSaysSo() throws Exception {
        // Sessions live in the database (Spring Session): the browser only holds the SESSION cookie.
        Cookie session = mvc.perform(
                        SignIn.login(world.reviewer().username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated())
                .andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());

        mvc.perform(post("/logout").cookie(session).with(csrf()))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/").cookie(session)).andExpect(status().is3xxRedirection());

        var page = Html.page(mvc.perform(get("/login").param("logout", "")));
        assertThat(page.select(".alert-info").text()).isEqualTo("Bạn đã đăng xuất.");
    }

    /*
     * A POST without any token is what an expired session looks like to the server, so Spring
     * Security sends it to the login page with the "session expired" message (invalidSessionUrl);
     * a POST with a wrong token is a forgery and gets 403. Either way nothing happens.
     */
    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", world.office().username()).param("password", Fixtures.PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/login").with(csrf().useInvalidToken())
                        .param("username", world.office().username()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void aPasswordChangeWithoutAValidCsrfTokenChangesNothing() throws Exception {
        String newPassword = "another-password-1";
        mvc.perform(post("/account/password").with(as(world.office()))
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/login?expired"));
        mvc.perform(post("/account/password").with(as(world.office())).with(csrf().useInvalidToken())
                        .param("currentPassword", Fixtures.PASSWORD)
                        .param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(as(world.office())).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());

        mvc.perform(SignIn.login(world.office().username(), newPassword, address))
                .andExpect(unauthenticated());
        mvc.perform(SignIn.login(world.office().username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated());
    }

    @Test
    void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/organizations")).andExpect(redirectedUrl("/login?continue=%2Forganizations"));
        mvc.perform(post("/organizations").with(csrf())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aSignedInUserOpeningTheLoginPageGoesHome() throws Exception {
        mvc.perform(get("/login").with(as(world.office()))).andExpect(redirectedUrl("/"));
    }
}

package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.SignIn;

/**
 * A session that expired sends the user to sign in with the page they were on, and back to it
 * afterwards (ADR 0027); a background request gets a 401 instead of a sign-in page; only paths of
 * the application are returned to. "Tiếp tục làm việc" pings the session.
 */
@IntegrationTest
class ReturnAfterSignInWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    World world;
    String address = SignIn.newAddress();

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    /** The cookie of a session the server no longer has: what an expired session looks like. */
    static Cookie expiredSession() {
        return new Cookie("SESSION", Base64.getEncoder().encodeToString(UUID.randomUUID().toString()
                .getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aPageOpenedWithAnExpiredSessionIsNamedOnTheSignInPage() throws Exception {
        mvc.perform(get("/reports/42/edit").cookie(expiredSession()))
                .andExpect(redirectedUrl("/login?expired&continue=%2Freports%2F42%2Fedit"));
    }

    @Test
    void aPageOpenedSignedOutIsNamedOnTheSignInPageButTheHomePageIsNot() throws Exception {
        // A link from a reminder e-mail, opened in a browser that is not signed in.
        mvc.perform(get("/reports/42/edit")).andExpect(redirectedUrl("/login?continue=%2Freports%2F42%2Fedit"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }

    @Test
    void aFormSentWithAnExpiredSessionNamesThePageItWasSentFrom() throws Exception {
        mvc.perform(post("/reports/42").cookie(expiredSession()).header("Referer", "http://localhost/reports/42/edit"))
                .andExpect(redirectedUrl("/login?expired&continue=%2Freports%2F42%2Fedit"));
        mvc.perform(post("/reports/42").cookie(expiredSession()).header("Referer", "http://evil.example/reports/42/edit"))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aBackgroundSaveWithAnExpiredSessionGets401() throws Exception {
        mvc.perform(post("/reports/42/draft").cookie(expiredSession()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theSignInPageCarriesThePathOnlyWhenItIsTheApplications() throws Exception {
        Document page = Html.page(mvc.perform(get("/login?expired&continue=/plans/7/edit")).andExpect(status().isOk()));
        assertThat(page.select("input[name=continue]").val()).isEqualTo("/plans/7/edit");
        assertThat(page.select("#login-continue").text()).contains("quay về trang đang làm dở");
        for (String elsewhere : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example",
                "/login?continue=/x", "javascript:alert(1)"}) {
            Document refused = Html.page(mvc.perform(get("/login").param("continue", elsewhere)));
            assertThat(refused.select("input[name=continue]")).as(elsewhere).isEmpty();
        }
    }

    @Test
    void signingInReturnsToThePageAndAStrangeAddressGoesHome() throws Exception {
        mvc.perform(SignIn.login(world.unitUserA().username(), Fixtures.PASSWORD, address)
                        .param("continue", "/reports/42/edit"))
                .andExpect(authenticated()).andExpect(redirectedUrl("/reports/42/edit"));
        mvc.perform(SignIn.login(world.unitUserA().username(), Fixtures.PASSWORD, address)
                        .param("continue", "//evil.example/"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(SignIn.login(world.unitUserA().username(), Fixtures.PASSWORD, address))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordKeepsWhereToReturn() throws Exception {
        mvc.perform(SignIn.login(world.unitUserA().username(), "wrong-password", address)
                        .param("continue", "/reports/42/edit"))
                .andExpect(redirectedUrl("/login?error=bad&continue=%2Freports%2F42%2Fedit"));
    }

    /** A real sign-in's session cookie: the warning and the ping need the server's session. */
    Cookie signedIn() throws Exception {
        Cookie session = mvc.perform(SignIn.login(world.unitUserA().username(), Fixtures.PASSWORD, address))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }

    @Test
    void thePingAnswersEmptyForASignedInUserAndSendsOthersToSignIn() throws Exception {
        mvc.perform(post("/session/ping").cookie(signedIn()).with(csrf()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNoContent());
        mvc.perform(post("/session/ping").cookie(expiredSession()).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void everyPageOfASignedInUserTellsTheWarningHowLongTheSessionLasts() throws Exception {
        Document page = Html.page(mvc.perform(get("/").cookie(signedIn())).andExpect(status().isOk()));
        assertThat(page.select("meta[name=parcomms-session-seconds]").attr("content")).isEqualTo("1800");
        assertThat(page.select("dialog#session-dialog button#session-continue").text()).isEqualTo("Tiếp tục làm việc");
        assertThat(page.select("script[src=/js/drafts.js]")).hasSize(1);
    }
}

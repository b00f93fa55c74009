package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;
import static vn.parcomms.support.SignIn.login;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.SignIn;

/** Sign-in throttling one request at a time; the parallel bursts are in {@link LoginBurstTest}. */
@IntegrationTest
class LoginThrottlingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Value("${parcomms.security.max-failed-logins}")
    int maxPerAccount;

    @Value("${parcomms.security.max-failed-logins-per-address}")
    int maxPerAddress;

    @Value("${parcomms.security.lockout-duration}")
    Duration firstLock;

    @Value("${parcomms.security.max-lockout-duration}")
    Duration longestLock;

    World world;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
    }

    @Test
    void eachLockInARowLastsTwiceAsLongUpToTheLongest() throws Exception {
        String name = world.unitUserA().username();
        Duration expected = firstLock;
        for (int lock = 0; lock < 8; lock++) {
            failUntilLocked(name, SignIn.newAddress());
            assertThat(secondsLocked(name)).isCloseTo(expected.toSeconds(), within(5L));
            expireLock(name);
            expected = expected.multipliedBy(2).compareTo(longestLock) > 0 ? longestLock : expected.multipliedBy(2);
        }
    }

    @Test
    void wrongPasswordsDuringALockAreNotCheckedAndDoNotProlongIt() throws Exception {
        String name = world.unitUserB().username();
        failUntilLocked(name, SignIn.newAddress());
        Instant lockedUntil = lockedUntil(name);

        for (int i = 0; i < 10; i++) {
            mvc.perform(login(name, Fixtures.PASSWORD, SignIn.newAddress())).andExpect(redirectedUrl("/login?error=bad"));
        }

        assertThat(lockedUntil(name)).isEqualTo(lockedUntil);
        expireLock(name);
        mvc.perform(login(name, Fixtures.PASSWORD, SignIn.newAddress())).andExpect(authenticated());
    }

    @Test
    void aCorrectSignInAfterALockStartsTheBackOffAgain() throws Exception {
        String name = world.office().username();
        failUntilLocked(name, SignIn.newAddress());
        expireLock(name);
        mvc.perform(login(name, Fixtures.PASSWORD, SignIn.newAddress())).andExpect(authenticated());

        failUntilLocked(name, SignIn.newAddress());

        assertThat(secondsLocked(name)).isCloseTo(firstLock.toSeconds(), within(5L));
    }

    @Test
    void anAddressSendingTooManyWrongPasswordsIsRefusedForEveryAccountButOtherAddressesAreNot() throws Exception {
        String address = SignIn.newAddress();
        for (int i = 0; i < maxPerAddress; i++) {
            // a different name each time: no account reaches its own limit
            mvc.perform(login("spray-" + i + "-" + world.admin().username(), "guess-" + i, address))
                    .andExpect(redirectedUrl("/login?error=bad"));
        }

        mvc.perform(login(world.leader().username(), Fixtures.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(login(world.leader().username(), Fixtures.PASSWORD, SignIn.newAddress())).andExpect(authenticated());
    }

    @Test
    void signingInToOnesOwnAccountDoesNotWipeAnAddresssFailuresOnOthers() throws Exception {
        String address = SignIn.newAddress();
        for (int i = 0; i < maxPerAddress; i++) {
            mvc.perform(login("spray-" + i + "-" + world.reviewer().username(), "guess-" + i, address));
            if (i % 3 == 0) {
                mvc.perform(login(world.reviewer().username(), Fixtures.PASSWORD, address)).andExpect(authenticated());
            }
        }

        mvc.perform(login("spray-last-" + world.reviewer().username(), "guess", address));
        mvc.perform(login(world.reviewer().username(), Fixtures.PASSWORD, address))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void failedAndSuccessfulSignInsDoNotTurnTheAdministratorsResetIntoAConflict() throws Exception {
        CurrentUser user = world.unitUserA();
        long versionOnTheForm = accounts.view(world.admin(), user.id()).version();
        String address = SignIn.newAddress();
        mvc.perform(login(user.username(), Fixtures.PASSWORD, address)).andExpect(authenticated());
        failUntilLocked(user.username(), address);

        mvc.perform(post("/users/{id}/reset-password", user.id()).with(as(world.admin())).with(csrf())
                        .param("newPassword", "reset-by-admin-1").param("version", String.valueOf(versionOnTheForm)))
                .andExpect(redirectedUrl("/users/" + user.id()));

        mvc.perform(login(user.username(), "reset-by-admin-1", SignIn.newAddress())).andExpect(authenticated());
    }

    @Test
    void theCurrentPasswordCheckOnTheAccountPageIsThrottledLikeASignIn() throws Exception {
        CurrentUser user = world.leader();
        String address = SignIn.newAddress();
        for (int i = 0; i < maxPerAccount; i++) {
            var page = Html.page(mvc.perform(changePassword(user, "guess-" + i, address)).andExpect(status().isOk()));
            assertThat(page.select(".invalid-feedback").text())
                    .contains("Mật khẩu hiện tại không đúng.");
        }

        var page = Html.page(mvc.perform(changePassword(user, Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(status().isOk()));

        assertThat(page.select(".invalid-feedback").text())
                .contains("Đã nhập sai mật khẩu quá nhiều lần. Vui lòng thử lại sau ít phút.");
        mvc.perform(login(user.username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder changePassword(CurrentUser user,
            String current, String address) {
        return post("/account/password").with(as(user)).with(csrf()).with(SignIn.from(address))
                .param("currentPassword", current)
                .param("newPassword", "brand-new-pass-1").param("confirmPassword", "brand-new-pass-1");
    }

    private void failUntilLocked(String name, String address) throws Exception {
        for (int i = 0; i < maxPerAccount; i++) {
            mvc.perform(login(name, "wrong-" + i, address)).andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(lockedUntil(name)).as("locked after %d wrong passwords", maxPerAccount).isAfter(Instant.now());
    }

    private Instant lockedUntil(String name) {
        Timestamp until = jdbc.sql("select locked_until from login_throttle where throttle_key = :key")
                .param("key", "account:" + name).query(Timestamp.class).optional().orElse(null);
        return until == null ? Instant.EPOCH : until.toInstant();
    }

    private long secondsLocked(String name) {
        return Instant.now().until(lockedUntil(name), ChronoUnit.SECONDS);
    }

    /** Lets the lock run out, as if its time had passed. */
    private void expireLock(String name) {
        jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where throttle_key = :key")
                .param("key", "account:" + name).update();
    }
}

package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.support.Browser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.TestDatabase;

/**
 * Two instances of the app on one database, as behind a load balancer or across a restart: a
 * session opened on one is valid on the other, its CSRF token included, so a save sent to the
 * other instance (or after a restart) is saved instead of ending on the login page.
 */
class SharedSessionTest {

    @Test
    void aSessionOpenedOnOneInstanceSavesOnTheOtherAfterTheFirstStopped() throws Exception {
        ConfigurableApplicationContext first = start();
        Fixtures.World world;
        Browser browser;
        String csrf;
        try (ConfigurableApplicationContext second = start()) {
            try {
                world = new Fixtures(first.getBean(OrganizationService.class), first.getBean(AccountService.class))
                        .newWorld();
                browser = new Browser(base(first));
                assertThat(browser.signIn(world.admin().username(), Fixtures.PASSWORD)).endsWith("/");
                csrf = browser.csrf("/organizations/new");
            } finally {
                first.close();
            }

            browser.at(base(second));
            HttpResponse<String> home = browser.get("/");
            assertThat(home.statusCode()).as("signed in on the other instance").isEqualTo(200);
            assertThat(home.body()).contains(world.admin().fullName());

            String code = "SESSION-" + System.nanoTime();
            HttpResponse<String> saved = browser.post("/organizations", Map.of("_csrf", csrf, "code", code,
                    "name", "Tổ lưu sau khi đổi máy chủ", "kind", "SUB_UNIT", "parentId",
                    String.valueOf(world.unitA()), "version", "0"));
            assertThat(Browser.location(saved)).as("saved, not sent to the login page").contains("/organizations/")
                    .doesNotContain("login");
            assertThat(second.getBean(OrganizationService.class).existsCode(code)).isTrue();
        }
    }

    /**
     * A page view that changes nothing in the session does not write it (the store keeps the last
     * access of the sign-in, {@code SparingSessionRepository}), and what a request does change (here
     * the flash message of a save) is in the shared store at once: the other instance shows it.
     */
    @Test
    void aPageViewWritesNothingToTheSessionStoreAndAChangeReachesTheOtherInstanceAtOnce() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            Fixtures.World world = new Fixtures(first.getBean(OrganizationService.class),
                    first.getBean(AccountService.class)).newWorld();
            Browser browser = new Browser(base(first));
            assertThat(browser.signIn(world.admin().username(), Fixtures.PASSWORD)).endsWith("/");
            JdbcTemplate db = first.getBean(JdbcTemplate.class);
            String lastAccess = "select last_access_time from spring_session where principal_name = ?";
            // The first page with a form stores the session's new CSRF token (a change, so a write).
            assertThat(browser.get("/account").statusCode()).isEqualTo(200);
            long stored = db.queryForObject(lastAccess, Long.class, world.admin().username());

            for (int i = 0; i < 3; i++) {
                Thread.sleep(5);
                assertThat(browser.get("/account").statusCode()).isEqualTo(200);
            }
            assertThat(db.queryForObject(lastAccess, Long.class, world.admin().username()))
                    .as("three more page views left the stored session as it was").isEqualTo(stored);

            String csrf = browser.csrf("/organizations/new");
            HttpResponse<String> saved = browser.post("/organizations", Map.of("_csrf", csrf, "code",
                    "SPARING-" + System.nanoTime(), "name", "Tổ ghi phiên", "kind", "SUB_UNIT", "parentId",
                    String.valueOf(world.unitA()), "version", "0"));
            assertThat(Browser.location(saved)).contains("/organizations/");
            browser.at(base(second));
            HttpResponse<String> shown = browser.get(java.net.URI.create(Browser.location(saved)).getPath());
            assertThat(shown.statusCode()).isEqualTo(200);
            assertThat(shown.body()).as("the flash message written by the first instance")
                    .contains("Đã thêm Tổ ghi phiên.");
        }
    }

    private static String base(ConfigurableApplicationContext app) {
        return "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    /** The whole app on the run's test database, as a second, independent instance would run. */
    private static ConfigurableApplicationContext start() {
        String url;
        String user;
        String password;
        if (TestDatabase.dockerAvailable()) {
            url = TestDatabase.container().getJdbcUrl();
            user = TestDatabase.container().getUsername();
            password = TestDatabase.container().getPassword();
        } else {
            url = TestDatabase.embeddedJdbcUrl();
            user = "postgres";
            password = "";
        }
        return new SpringApplicationBuilder(ParCommsApplication.class).profiles("test", "demo")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password);
    }
}

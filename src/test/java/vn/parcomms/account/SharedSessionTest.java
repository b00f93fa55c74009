package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
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

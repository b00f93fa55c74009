package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.support.Browser;

/**
 * A plain start (no demo profile, nothing configured) on an empty embedded database, as
 * {@code java -jar} or the Docker image does it: no demo data, no default account, a setup page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstRunSetupTest {

    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext app;
    private String base;

    @BeforeAll
    void start() {
        app = new SpringApplicationBuilder(ParCommsApplication.class)
                .run("--server.port=0", "--parcomms.embedded-database.data-dir=" + dataDir);
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void anEmptyDatabaseLeadsEveryPageToTheSetupWhichCreatesExactlyOneAdministratorEvenWhenSentAtOnce()
            throws Exception {
        Browser visitor = new Browser(base);
        for (String page : List.of("/", "/login", "/plans", "/organizations", "/users")) {
            assertThat(Browser.location(visitor.get(page))).as(page).endsWith("/setup");
        }
        assertThat(Browser.location(visitor.post("/login", Map.of("username", "admin", "password", "demo"))))
                .as("nobody to sign in yet").endsWith("/setup");

        HttpResponse<String> wrongCode = visitor.post("/setup", setup(visitor, "WRONGCODE", "quantri"));
        assertThat(wrongCode.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(wrongCode.body()).select(".invalid-feedback").text())
                .contains("Mã thiết lập không đúng.");
        assertThat(users()).isZero();

        // Four administrators sent at the same moment, each from its own browser: one wins.
        String code = app.getBean(FirstRunSetup.class).setupCode();
        List<Callable<String>> sends = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Browser browser = new Browser(base);
            Map<String, String> form = setup(browser, code, "quantri" + i);
            sends.add(() -> Browser.location(browser.post("/setup", form)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<String> redirects = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(sends)) {
            redirects.add(f.get());
        }
        pool.shutdown();
        assertThat(redirects).allSatisfy(r -> assertThat(r).endsWith("/login"));
        assertThat(users()).as("one administrator and the installation's operator").isEqualTo(2);
        assertThat(JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select count(*) from org_node").query(Long.class).single()).as("only the province").isEqualTo(1);

        String admin = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select username from user_account where role = 'ADMIN'").query(String.class).single();
        Browser signedIn = new Browser(base);
        assertThat(Browser.location(signedIn.get("/setup"))).as("setup closed").endsWith("/login");
        assertThat(signedIn.signIn(admin, "mat-khau-manh-1")).endsWith("/");
        HttpResponse<String> tree = signedIn.get("/organizations");
        assertThat(tree.statusCode()).isEqualTo(200);
        assertThat(tree.body()).contains("Ủy ban nhân dân tỉnh Thử Nghiệm").doesNotContain("Bà Rịa");
        assertThat(new Browser(base).signIn("admin", "demo")).as("still no demo account").contains("error");

        // The operator made by the setup sees the province on its own page, not inside it.
        String operator = JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select username from user_account where role = 'OPERATOR' and org_node_id is null")
                .query(String.class).single();
        assertThat(operator).startsWith("vanhanh");
        Browser operatorBrowser = new Browser(base);
        assertThat(operatorBrowser.signIn(operator, "mat-khau-van-hanh-1")).endsWith("/");
        assertThat(Browser.location(operatorBrowser.get("/"))).endsWith("/operator");
        assertThat(operatorBrowser.get("/operator").body()).contains("Ủy ban nhân dân tỉnh Thử Nghiệm");
        assertThat(operatorBrowser.get("/organizations").statusCode()).isEqualTo(403);
    }

    private Map<String, String> setup(Browser browser, String code, String username) throws Exception {
        Map<String, String> form = new java.util.HashMap<>();
        form.put("_csrf", browser.csrf("/setup"));
        form.put("setupCode", code);
        form.put("provinceCode", "TN");
        form.put("provinceName", "Ủy ban nhân dân tỉnh Thử Nghiệm");
        form.put("username", username);
        form.put("fullName", "Quản trị tỉnh");
        form.put("password", "mat-khau-manh-1");
        form.put("confirmPassword", "mat-khau-manh-1");
        form.put("operatorUsername", "vanhanh" + username.substring("quantri".length()));
        form.put("operatorPassword", "mat-khau-van-hanh-1");
        form.put("operatorConfirmPassword", "mat-khau-van-hanh-1");
        return form;
    }

    private long users() {
        return JdbcClient.create(app.getBean(javax.sql.DataSource.class))
                .sql("select count(*) from user_account").query(Long.class).single();
    }
}

package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.RealHttp;
import vn.parcomms.support.TestDatabaseConfiguration;

/**
 * Behind a TLS proxy that the deployment trusts ({@code server.forward-headers-strategy=native};
 * the test's proxy is loopback, one of Tomcat's default internal proxies): the app sees HTTPS and
 * the client's address. Same context as {@link LoginBurstTest}. Without the property the headers
 * are ignored: {@link UntrustedProxyHeadersTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, Fixtures.class, CountingPasswordEncoder.class})
class ProxyHeadersTest {

    private static final String[] FROM_TLS_PROXY = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.77"};

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    RealHttp http;

    @BeforeEach
    void setUp() {
        http = new RealHttp(port);
    }

    @Test
    void overHttpsThroughTheProxyTheSessionCookieIsSecureAndLaxAndHstsIsSent() throws Exception {
        HttpResponse<String> page = http.get("/login", FROM_TLS_PROXY);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                value -> assertThat(value).startsWith("max-age=31536000"));
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void redirectsThroughTheProxyKeepHttps() throws Exception {
        HttpResponse<String> home = http.get("/", FROM_TLS_PROXY);

        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("https://").endsWith("/login"));
    }

    @Test
    void plainHttpGetsNoHstsAndACookieThatIsLaxButNotSecure() throws Exception {
        HttpResponse<String> page = http.get("/login");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .doesNotContain("Secure").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theThrottleCountsTheClientsAddressNotTheProxys() throws Exception {
        String address = "203.0.113." + (10 + (int) (System.nanoTime() % 200));
        http.signIn(http.openLoginPage(), "nobody-behind-proxy-" + System.nanoTime(), "wrong",
                "X-Forwarded-Proto", "https", "X-Forwarded-For", address);

        assertThat(jdbc.sql("select failures from login_throttle where throttle_key = :key")
                .param("key", "address:" + address).query(Integer.class).optional()).contains(1);
    }
}

package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.support.RealHttp;
import vn.parcomms.support.WebAppTest;

/**
 * With the default settings forwarded headers are not trusted: a client cannot claim HTTPS (and so
 * get redirects or cookies meant for it) or another address (and so escape the throttle) by
 * sending them itself.
 */
@WebAppTest
class UntrustedProxyHeadersTest {

    @LocalServerPort
    int port;

    @Test
    void forwardedHeadersAreIgnoredUnlessTheDeploymentTrustsThem() throws Exception {
        RealHttp http = new RealHttp(port);

        HttpResponse<String> page = http.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.5");
        HttpResponse<String> home = http.get("/", "X-Forwarded-Proto", "https");

        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().firstValue("Set-Cookie")).hasValueSatisfying(
                cookie -> assertThat(cookie).doesNotContain("Secure"));
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).startsWith("http://"));
    }
}

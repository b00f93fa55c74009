package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.WebAppTest;

/**
 * A form body over Tomcat's limit is refused before any controller runs; the user must still get
 * the application's own page in Vietnamese (it was Tomcat's English "HTTP Status 413"). Over a
 * real HTTP port, since MockMvc has no Tomcat.
 */
@WebAppTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MessageSource messages;

    HttpClient http;

    World w;

    @BeforeEach
    void signIn() throws Exception {
        w = fixtures.newWorld();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = csrf("/login");
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + w.office().username() + "&password="
                        + Fixtures.PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aFormBodyOverTheLimitGetsTheApplicationsOwnPage() throws Exception {
        String token = csrf("/account/password");
        String body = "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&currentPassword="
                + "a".repeat(12 * 1024 * 1024);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/account/password"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertTheOwnTooLargePage(response);
    }

    private void assertTheOwnTooLargePage(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(413);
        String text = Jsoup.parse(response.body()).text();
        assertThat(text).contains(messages.getMessage("error.413.title", null, Locale.forLanguageTag("vi")))
                .doesNotContain("HTTP Status");
    }

    private String csrf(String path) throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return Jsoup.parse(page.body()).selectFirst("input[name=_csrf]").val();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

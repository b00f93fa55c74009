package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.WebAppTest;

/**
 * A NUL or bytes that are not UTF-8 in the query string of a list page (a search, a filter, a
 * year, a page number) are a 400 page that says what is wrong, in the user's language: never a
 * 500, and never a page for a search the user did not type. Over a real HTTP port, so that
 * Tomcat decodes the bytes as it does for a browser.
 */
@WebAppTest
class InvalidCharactersInQueryTest {

    private static final List<String> LIST_PAGES_WITH_PARAMETER = List.of(
            "/plans?issuer=", "/plans?year=", "/plans?page=", "/plans?status=",
            "/reports?q=", "/reports?period=", "/users?q=", "/users?page=", "/organizations?q=",
            "/rollups?period=", "/rollups/par-index?year=", "/rollups/province?year=", "/consolidations?x=");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    HttpClient http;

    /** The language the user chose before (the cookie the language link sets). */
    boolean english;

    @BeforeEach
    void signInAsTheProvincesAdministrator() throws Exception {
        Fixtures.World w = fixtures.newWorld();
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String token = Jsoup.parse(get("/login").body()).selectFirst("input[name=_csrf]").val();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + w.admin().username() + "&password="
                        + Fixtures.PASSWORD + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void aNulByteInAQueryParameterOfAnyListPageIsABadRequestThatSaysSo() throws Exception {
        for (String page : LIST_PAGES_WITH_PARAMETER) {
            assertTheInvalidCharactersPage(page + "2025%00", "Dữ liệu gửi lên có ký tự không hợp lệ");
        }
    }

    @Test
    void bytesThatAreNotUtf8InAQueryParameterOfAnyListPageAreABadRequestThatSaysSo() throws Exception {
        for (String page : LIST_PAGES_WITH_PARAMETER) {
            assertTheInvalidCharactersPage(page + "%C3%28", "Dữ liệu gửi lên có ký tự không hợp lệ");
        }
    }

    @Test
    void theEnglishPageSaysItInEnglish() throws Exception {
        english = true;
        assertTheInvalidCharactersPage("/plans?issuer=S%00", "characters that are not allowed");
        assertTheInvalidCharactersPage("/users?q=%C3%28", "characters that are not allowed");
    }

    @Test
    void theSamePagesWithoutTheBadCharacterStillWork() throws Exception {
        for (String page : List.of("/plans?issuer=S", "/users?q=a", "/organizations?q=a", "/plans?year=2025")) {
            assertThat(get(page).statusCode()).as(page).isEqualTo(200);
        }
    }

    private void assertTheInvalidCharactersPage(String path, String text) throws Exception {
        HttpResponse<String> response = get(path);
        Document page = Jsoup.parse(response.body());
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        assertThat(page.text()).as(path).contains(text).doesNotContain("Exception", "HTTP Status");
        assertThat(page.select("nav")).as("the application's layout on " + path).isNotEmpty();
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").GET();
        if (english) {
            request.header("Cookie", "parcomms-lang=en");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}

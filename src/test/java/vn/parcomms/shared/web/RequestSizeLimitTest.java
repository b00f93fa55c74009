package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.WebAppTest;

/**
 * A body over Tomcat's form limit or Spring's upload limits is refused before any controller runs;
 * the user must still get the application's own page in their language, saying that nothing was
 * saved, the limit in MB and a link back (it was Tomcat's English "HTTP Status 413", or an empty
 * page for an upload). Over a real HTTP port, since MockMvc has no Tomcat.
 */
@WebAppTest
class RequestSizeLimitTest {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    MessageSource messages;

    /** The body is refused before any controller runs: whether the report exists does not matter. */
    private static final long REPORT = 1;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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
                .header("Referer", uri("/account/password").toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        Document page = assertTheOwnTooLargePage(response, VIETNAMESE);
        assertThat(page.text()).contains("chưa được lưu: một lần gửi chỉ nhận tối đa 8 MB");
        assertThat(page.select("a[href=/account/password]").text()).isEqualTo("Quay lại trang trước");
    }

    @Test
    void anUploadOneMegabyteOverTheRequestLimitGetsTheOwnPageSayingNothingWasSavedAndTheLimit() throws Exception {
        HttpResponse<String> response = upload(61, false);
        Document page = assertTheOwnTooLargePage(response, VIETNAMESE);
        assertThat(page.text()).contains("chưa được lưu: một lần gửi chỉ nhận tối đa 60 MB");
        assertThat(page.select("a[href=/reports/" + REPORT + "/edit]").text()).isEqualTo("Quay lại trang trước");
    }

    @Test
    void anUploadOverTheRequestLimitGetsTheEnglishPageInEnglish() throws Exception {
        HttpResponse<String> response = upload(61, true);
        Document page = assertTheOwnTooLargePage(response, Locale.ENGLISH);
        assertThat(page.text()).contains("Nothing you sent was saved: one request may carry at most 60 MB")
                .doesNotContain("chưa được lưu");
        assertThat(page.select("a[href=/reports/" + REPORT + "/edit]").text()).isEqualTo("Back to the previous page");
    }

    @Test
    void aFileOverTheFileLimitGetsTheOwnPageNamingTheFileLimit() throws Exception {
        HttpResponse<String> response = upload(21, false);
        Document page = assertTheOwnTooLargePage(response, VIETNAMESE);
        assertThat(page.text()).contains("có tệp lớn hơn 20 MB");
    }

    /**
     * Evidence now travels one file a request (ADR 0027): a file over the limit sent by the page's
     * script gets a 413 the script turns into a message beside the file input, with nothing of
     * Tomcat's and the typed text left in the form.
     */
    @Test
    void aSingleFileUploadOverTheLimitGets413WithoutTomcatsPage() throws Exception {
        String token = csrf("/account/password");
        String boundary = "----parcomms" + System.nanoTime();
        int size = 21 * 1024 * 1024;
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 4096);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"anh-hoi-nghi.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[size], 0, size);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/reports/" + REPORT + "/files"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                .header("X-CSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("HTTP Status", "Exception", "Tomcat", "trace");
    }

    /**
     * One evidence file of the given size on the unit report form, sent as a browser sends it:
     * the CSRF token after the file (a refused body is never read up to it).
     */
    private HttpResponse<String> upload(int megabytes, boolean english) throws Exception {
        String token = csrf("/account/password");
        String boundary = "----parcomms" + System.nanoTime();
        int size = megabytes * 1024 * 1024;
        ByteArrayOutputStream body = new ByteArrayOutputStream(size + 4096);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"entries[0].files\"; "
                + "filename=\"anh-hoi-nghi.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(new byte[size], 0, size);
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/reports/" + REPORT))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "text/html")
                .header("Referer", uri("/reports/" + REPORT + "/edit").toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (english) {
            request.header("Cookie", "parcomms-lang=en");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Document assertTheOwnTooLargePage(HttpResponse<String> response, Locale locale) {
        assertThat(response.statusCode()).isEqualTo(413);
        Document page = Jsoup.parse(response.body());
        assertThat(page.text()).contains(messages.getMessage("error.413.title", null, locale))
                .contains(messages.getMessage("error.413.text", null, locale))
                .doesNotContain("HTTP Status", "Exception", "Tomcat");
        assertThat(page.select("nav")).as("the application's layout").isNotEmpty();
        return page;
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

package vn.parcomms.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for tests against a running app on a real port: keeps cookies, does not follow
 * redirects, reads the CSRF token of a form page and posts forms with it. Its cookie jar can be
 * pointed at another instance to carry a session over.
 */
public final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private String base;

    public Browser(String base) {
        this.base = base;
    }

    /** The same cookies (the session) from now on against another instance. */
    public Browser at(String otherBase) {
        this.base = otherBase;
        return this;
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form with the given fields (the CSRF token among them when the caller adds it). */
    public HttpResponse<String> post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The CSRF token of the form on this page. */
    public String csrf(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher m = CSRF.matcher(page.body());
        if (page.statusCode() != 200 || !m.find()) {
            throw new AssertionError("No form with a CSRF token at " + path + " (" + page.statusCode() + ")");
        }
        return m.group(1);
    }

    /** Signs in through the login form; returns where the app sent the browser. */
    public String signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = post("/login", Map.of("username", username, "password", password,
                "_csrf", csrf("/login")));
        return response.headers().firstValue("Location").orElse("");
    }

    public static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}

package vn.parcomms.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.session.InvalidSessionStrategy;

/**
 * Sends a signed-out browser to the sign-in page with the page it was on as {@code continue}, so
 * that signing in again returns to the form (whose local copy then restores what was typed, ADR
 * 0027): the address itself for a page, the page the form was sent from for a POST. A background
 * request (it asks for JSON) gets a 401 instead of a sign-in page it could not show.
 */
public final class SignInAgain implements InvalidSessionStrategy, AuthenticationEntryPoint {

    /** The sign-in page's parameter that names where to go afterwards. */
    public static final String CONTINUE = "continue";

    private static final int MAX_LENGTH = 500;

    private final String loginPath;

    /** {@code loginPath}: "/login?expired" for an expired session, "/login" for none. */
    public SignInAgain(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    public void onInvalidSessionDetected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A new session for the sign-in page's CSRF token; the expired one is gone.
        request.getSession(true);
        send(request, response);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        send(request, response);
    }

    private void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept != null && accept.contains("application/json") && !accept.contains("text/html")) {
            response.setStatus(401);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"signedOut\":true}");
            return;
        }
        String back = "GET".equals(request.getMethod()) ? requested(request)
                : refererPath(request.getHeader(HttpHeaders.REFERER), request.getServerName());
        String target = request.getContextPath() + loginPath;
        back = safePath(back);
        if (back != null && !back.equals("/")) {
            target += (target.contains("?") ? "&" : "?") + CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        }
        response.sendRedirect(target);
    }

    /**
     * A signed-out browser asked for a page of the application other than the home page (a link
     * from an e-mail, a bookmark): the sign-in page should name it so that signing in leads there.
     */
    public static boolean namesAPage(HttpServletRequest request) {
        String back = "GET".equals(request.getMethod()) ? safePath(requested(request)) : null;
        return back != null && !back.equals("/");
    }

    private static String requested(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }

    private static String refererPath(String referer, String serverName) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(serverName)) {
                return null;
            }
            return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A path of this application to return to, or null: only "/…" (never "//host" or "/\host",
     * which browsers read as another site), no control characters, not the sign-in or sign-out
     * pages themselves, not static files.
     */
    public static String safePath(String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || !path.startsWith("/")
                || path.startsWith("//") || path.startsWith("/\\") || path.contains("\\")) {
            return null;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return null;
            }
        }
        String bare = path.split("[?#]", 2)[0];
        if (bare.startsWith("/login") || bare.startsWith("/logout") || bare.startsWith("/js/")
                || bare.startsWith("/css/") || bare.startsWith("/webjars/") || bare.startsWith("/error")
                || bare.startsWith("/api/") || bare.startsWith("/session/") || bare.endsWith("/draft")
                || bare.endsWith("/files")) {
            return null;
        }
        return path;
    }
}

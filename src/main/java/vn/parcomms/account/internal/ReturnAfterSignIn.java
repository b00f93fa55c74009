package vn.parcomms.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;

/**
 * After signing in, the page named by the sign-in form's {@code continue} field (put there by
 * {@link SignInAgain} when a session expired), if it is a path of this application; otherwise the
 * home page, as before. A wrong password keeps the field for the next try.
 */
public final class ReturnAfterSignIn extends SimpleUrlAuthenticationSuccessHandler {

    public ReturnAfterSignIn() {
        super("/");
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
        String back = SignInAgain.safePath(request.getParameter(SignInAgain.CONTINUE));
        return back != null ? back : "/";
    }

    /** The failure page, "/login?error=bad", keeping where to return. */
    public static AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            String back = SignInAgain.safePath(request.getParameter(SignInAgain.CONTINUE));
            String target = request.getContextPath() + "/login?error=bad";
            if (back != null) {
                target += "&" + SignInAgain.CONTINUE + "=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
            }
            response.sendRedirect(target);
        };
    }
}

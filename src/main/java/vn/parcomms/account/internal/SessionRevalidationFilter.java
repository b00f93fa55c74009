package vn.parcomms.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revalidates the signed-in principal on every request with one primary-key read of its
 * account: a session whose account was deactivated, given another role or node, or whose password
 * changed since it signed in (the security stamp differs) is ended there and then. Pages go to the
 * login page with a message saying so; /api answers 401. So a change of access takes effect on the
 * next request of every open session, on every instance, without keeping a list of sessions.
 */
public final class SessionRevalidationFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionRevalidationFilter.class);

    private final UserAccountRepository users;
    private final RequestMatcher api;
    private final AuthenticationEntryPoint apiUnauthorized;
    private final String sessionCookie;

    public SessionRevalidationFilter(UserAccountRepository users, RequestMatcher api,
            AuthenticationEntryPoint apiUnauthorized, String sessionCookie) {
        this.users = users;
        this.api = api;
        this.apiUnauthorized = apiUnauthorized;
        this.sessionCookie = sessionCookie;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountUserDetails principal
                && !stillValid(principal)) {
            log.info("Session of {} ended: the account changed since it signed in", principal.getUsername());
            new SecurityContextLogoutHandler().logout(request, response, authentication);
            new CookieClearingLogoutHandler(sessionCookie).logout(request, response, authentication);
            if (api.matches(request)) {
                apiUnauthorized.commence(request, response, null);
            } else {
                response.sendRedirect(request.getContextPath() + "/login?revoked");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean stillValid(AccountUserDetails principal) {
        var user = principal.currentUser();
        return users.sessionCheck(user.id())
                .filter(UserAccountRepository.SessionCheck::getActive)
                .filter(row -> row.getRole().equals(user.role().name()))
                .filter(row -> row.getOrgNodeId() == user.orgNodeId())
                .filter(row -> principal.securityStamp() == null || row.getSecurityStamp() == principal.securityStamp())
                .isPresent();
    }
}

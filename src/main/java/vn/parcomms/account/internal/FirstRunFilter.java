package vn.parcomms.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.parcomms.account.FirstRunSetup;

/**
 * Until the first-run setup is done every page leads to {@code /setup}: there is nobody to sign in
 * yet. Before Spring Security (order -100), so the login page is not shown either. Static files,
 * the health probes and the error page stay reachable.
 */
@Component
@Order(-110)
class FirstRunFilter extends OncePerRequestFilter {

    private static final List<String> OPEN = List.of("/setup", "/css/", "/js/", "/images/", "/webjars/",
            "/favicon.ico", "/actuator/health", "/error");

    /**
     * Looked up on the first request, not when the web server starts: filters are created before
     * the other beans, and the setup needs the database, whose settings a test context may register
     * only after the server's filters exist.
     */
    private final ObjectProvider<FirstRunSetup> setup;

    FirstRunFilter(ObjectProvider<FirstRunSetup> setup) {
        this.setup = setup;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (OPEN.stream().noneMatch(path::startsWith) && setup.getObject().needed()) {
            response.sendRedirect(request.getContextPath() + "/setup");
            return;
        }
        chain.doFilter(request, response);
    }
}

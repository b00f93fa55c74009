package vn.parcomms.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.parcomms.account.internal.ReturnAfterSignIn;
import vn.parcomms.account.internal.SessionRevalidationFilter;
import vn.parcomms.account.internal.SignInAgain;
import vn.parcomms.account.internal.UserAccountRepository;

/**
 * The one security filter chain: form login with CSRF, role rules per URL as a first fence.
 * The read-only JSON API under /api/** also accepts HTTP Basic (there only, without a session) and
 * answers 401 as JSON there instead of redirecting to the login page (docs/api.md). Every request
 * of a signed-in session is revalidated against the account ({@link SessionRevalidationFilter});
 * passwords are checked through the throttle (AccountAuthenticationProvider). docs/security.md.
 * The real checks, scoped to the user's organisation node, happen in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserAccountRepository users,
            @Value("${server.servlet.session.cookie.name:JSESSIONID}") String sessionCookie) throws Exception {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
        // A 401 on /api must not open a session just to remember the request.
        requestCache.setRequestMatcher(new NegatedRequestMatcher(api));
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                        "/error", "/actuator/health/**", "/setup").permitAll()
                // The installation's operator (ADR 0026): its own pages, the shared catalogue, its
                // account; every province route is closed to it (the services refuse it as well).
                .requestMatchers("/operator", "/operator/**").hasRole("OPERATOR")
                .requestMatchers("/users/**").hasRole("ADMIN")
                .requestMatchers("/organizations/new", "/organizations/*/edit", "/organizations/*/move", "/organizations/*/succession",
                        "/organizations/import", "/organizations/import/**")
                        .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/organizations", "/organizations/**").hasRole("ADMIN")
                .requestMatchers("/catalog/*/new", "/catalog/*/*/edit").hasAnyRole("ADMIN", "OPERATOR")
                .requestMatchers(HttpMethod.POST, "/catalog/**").hasAnyRole("ADMIN", "OPERATOR")
                .requestMatchers("/", "/account", "/account/password", "/session/ping", "/catalog", "/catalog/**").authenticated()
                .anyRequest().access(AuthorizationManagers.allOf(AuthenticatedAuthorizationManager.authenticated(),
                        AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole("OPERATOR")))))
            .formLogin(form -> form
                .loginPage("/login")
                // Home, or back to the page the user was on when the session expired (ADR 0027).
                .successHandler(new ReturnAfterSignIn())
                // One answer for a wrong password, an unknown name, a throttled name or address and a
                // deactivated account: the page must not tell which accounts exist (AccountAuthenticationProvider).
                .failureHandler(ReturnAfterSignIn.failure())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                // Explicit, so that HTTP Basic's default (204 to non-HTML clients) does not replace the redirect.
                .logoutSuccessHandler(logoutSuccess())
                .deleteCookies(sessionCookie))
            .httpBasic(basic -> basic
                .authenticationEntryPoint(API_UNAUTHORIZED)
                .withObjectPostProcessor(basicOnlyOn(api)))
            .addFilterAfter(new SessionRevalidationFilter(users, api, API_UNAUTHORIZED, sessionCookie),
                    BasicAuthenticationFilter.class)
            .requestCache(cache -> cache.requestCache(requestCache))
            .securityContext(context -> context.securityContextRepository(noSessionOn(api)))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOrApi401(api)))
            // "/login?expired", naming the page to return to after signing in (ADR 0027).
            .sessionManagement(session -> session.invalidSessionStrategy(new SignInAgain("/login?expired")))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                // Written on HTTPS requests only (also behind a proxy when forwarded headers are trusted).
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
        return http.build();
    }

    /**
     * Where the security context is kept between requests: in the session, except on /api, where a
     * script's HTTP Basic sign-in lasts for its request only (a signed-in browser's session is
     * still read there). Without this the session management filter would store a Basic sign-in
     * in a new session.
     */
    private static SecurityContextRepository noSessionOn(RequestMatcher api) {
        SecurityContextRepository requestOnly = new RequestAttributeSecurityContextRepository();
        SecurityContextRepository usual = new DelegatingSecurityContextRepository(requestOnly,
                new HttpSessionSecurityContextRepository());
        return new SecurityContextRepository() {
            @Override
            @SuppressWarnings("deprecation")
            public org.springframework.security.core.context.SecurityContext loadContext(
                    org.springframework.security.web.context.HttpRequestResponseHolder holder) {
                return usual.loadContext(holder);
            }

            @Override
            public org.springframework.security.core.context.DeferredSecurityContext loadDeferredContext(
                    jakarta.servlet.http.HttpServletRequest request) {
                return usual.loadDeferredContext(request);
            }

            @Override
            public void saveContext(org.springframework.security.core.context.SecurityContext context,
                    jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
                (api.matches(request) ? requestOnly : usual).saveContext(context, request, response);
            }

            @Override
            public boolean containsContext(jakarta.servlet.http.HttpServletRequest request) {
                return usual.containsContext(request);
            }
        };
    }

    /** The app uses none of these browser features; a page injected into it cannot either. */
    private static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
            + "magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()";

    /**
     * HTTP Basic is for scripts reading /api only: elsewhere an Authorization header is ignored, so
     * pages can be reached only with a session from the login form (and its CSRF protection).
     * Basic never stores the authentication in a session (Spring Security's default since 6).
     */
    private static ObjectPostProcessor<BasicAuthenticationFilter> basicOnlyOn(RequestMatcher api) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BasicAuthenticationFilter> O postProcess(O filter) {
                BasicAuthenticationConverter converter = new BasicAuthenticationConverter();
                filter.setAuthenticationConverter(request -> api.matches(request) ? converter.convert(request) : null);
                return filter;
            }
        };
    }

    /** 401 with the API's JSON error body; also the answer to wrong HTTP Basic credentials. */
    private static final AuthenticationEntryPoint API_UNAUTHORIZED = (request, response, exception) -> {
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Basic realm=\"ParComms\"");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\","
                + "\"message\":\"Sign in or send HTTP Basic credentials.\"}");
    };

    private static SimpleUrlLogoutSuccessHandler logoutSuccess() {
        SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler();
        handler.setDefaultTargetUrl("/login?logout");
        return handler;
    }

    /**
     * Pages redirect to the login page as before, naming the page asked for (a link from a
     * reminder e-mail leads to the report form once signed in); /api/** answers 401 JSON.
     */
    private static AuthenticationEntryPoint signInOrApi401(RequestMatcher api) {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        AuthenticationEntryPoint loginNamingThePage = new SignInAgain("/login");
        return (request, response, exception) -> (api.matches(request) ? API_UNAUTHORIZED
                : SignInAgain.namesAPage(request) ? loginNamingThePage : login).commence(request, response, exception);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

package vn.parcomms.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The one security filter chain: form login with CSRF, role rules per URL as a first fence.
 * The read-only JSON API under /api/** also accepts HTTP Basic and answers 401 as JSON there
 * instead of redirecting to the login page (docs/api.md).
 * The real checks, scoped to the user's organisation node, happen in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                        "/error", "/actuator/health/**", "/setup").permitAll()
                .requestMatchers("/users/**").hasRole("ADMIN")
                .requestMatchers("/organizations/new", "/organizations/*/edit", "/organizations/*/move")
                        .hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/organizations", "/organizations/**").hasRole("ADMIN")
                .requestMatchers("/catalog/*/new", "/catalog/*/*/edit").hasRole("ADMIN")
                .requestMatchers(HttpMethod.POST, "/catalog/**").hasRole("ADMIN")
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .defaultSuccessUrl("/", true)
                .failureHandler(loginFailureHandler())
                .permitAll())
            .logout(logout -> logout
                .logoutUrl("/logout")
                // Explicit, so that HTTP Basic's default (204 to non-HTML clients) does not replace the redirect.
                .logoutSuccessHandler(logoutSuccess())
                .deleteCookies("SESSION"))
            .httpBasic(basic -> basic.authenticationEntryPoint(API_UNAUTHORIZED))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInOrApi401()))
            .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
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

    /** Pages redirect to the login page as before; /api/** answers 401 JSON. */
    private static AuthenticationEntryPoint signInOrApi401() {
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return (request, response, exception) ->
                (api.matches(request) ? API_UNAUTHORIZED : login).commence(request, response, exception);
    }

    /** Tells a locked or deactivated account apart from a wrong password, without saying which users exist. */
    private static AuthenticationFailureHandler loginFailureHandler() {
        return (request, response, exception) -> {
            String reason = "bad";
            if (exception instanceof LockedException) {
                reason = "locked";
            } else if (exception instanceof DisabledException) {
                reason = "disabled";
            }
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}

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
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The one security filter chain: form login with CSRF, role rules per URL as a first fence.
 * The real checks, scoped to the user's organisation node, happen in the services.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
                        "/error", "/actuator/health/**").permitAll()
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
                .logoutSuccessUrl("/login?logout")
                .deleteCookies("JSESSIONID"))
            .sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")));
        return http.build();
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

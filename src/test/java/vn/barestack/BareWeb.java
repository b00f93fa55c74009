package vn.barestack;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The bare stack's security chain (form login on a Thymeleaf page) and its one controller. */
@Configuration(proxyBeanMethods = false)
class BareWeb {

    @Bean
    SecurityFilterChain bareChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll());
        return http.build();
    }

    @Bean
    UserDetailsService bareUsers() {
        return new InMemoryUserDetailsManager(User.withUsername("bare").password("{noop}bare").roles("USER").build());
    }

    @Controller
    static class LoginPage {

        private final NoteRepository notes;

        LoginPage(NoteRepository notes) {
            this.notes = notes;
        }

        @GetMapping("/login")
        String login(Model model) {
            model.addAttribute("notes", notes.count());
            return "login";
        }
    }
}

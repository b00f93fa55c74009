package vn.parcomms.account.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a name and password for the login form and for HTTP Basic on /api, through
 * {@link LoginThrottle}. A wrong password, an unknown name, a locked name or address and a
 * deactivated account all end in the same {@link BadCredentialsException}, so the answer does not
 * tell which accounts exist or what state they are in. An unknown name is checked against a dummy
 * hash so that it takes as long as a known one.
 */
@Component
class AccountAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final String dummyHash;

    AccountAuthenticationProvider(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
            Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
        this.dummyHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = String.valueOf(authentication.getName()).trim();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Optional<UserAccount> account = users.findByUsername(username);
        LoginThrottle.Verdict verdict = throttle.attempt(username, address, () -> {
            boolean matches = passwordEncoder.matches(password,
                    account.map(UserAccount::getPasswordHash).orElse(dummyHash));
            return matches && account.isPresent() && account.get().isActive();
        });
        if (verdict != LoginThrottle.Verdict.ACCEPTED) {
            throw new BadCredentialsException("Bad credentials");
        }
        UserAccount signedIn = account.orElseThrow();
        users.recordLogin(signedIn.getId(), clock.instant());
        AccountUserDetails principal = new AccountUserDetails(signedIn.toCurrentUser(), signedIn.getSecurityStamp());
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities());
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}

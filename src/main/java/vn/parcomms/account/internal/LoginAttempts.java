package vn.parcomms.account.internal;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an account for a while after repeated wrong passwords. The count lives in the database,
 * so it holds with several app instances.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository users;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;

    LoginAttempts(UserAccountRepository users, Clock clock,
            @Value("${parcomms.security.max-failed-logins}") int maxFailures,
            @Value("${parcomms.security.lockout-duration}") Duration lockout) {
        this.users = users;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        users.findByUsername(String.valueOf(event.getAuthentication().getName()).trim())
                .ifPresent(account -> account.recordFailedLogin(maxFailures, lockout, clock.instant()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountUserDetails details) {
            users.findById(details.currentUser().id())
                    .ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
        }
    }
}

package vn.parcomms.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the session that made a change to its own account (a new password) signed in, while the
 * change ends every other session of that account: the session gets the new security stamp and a
 * new session id.
 */
@Component
public class SignedInSessions {

    private final UserAccountRepository users;
    private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    SignedInSessions(UserAccountRepository users) {
        this.users = users;
    }

    /** Re-signs the current session in with the account as it is now, when it is still active. */
    public void keepCurrent(HttpServletRequest request, HttpServletResponse response) {
        Authentication current = SecurityContextHolder.getContext().getAuthentication();
        if (current == null || !(current.getPrincipal() instanceof AccountUserDetails principal)) {
            return;
        }
        users.findById(principal.currentUser().id()).filter(UserAccount::isActive).ifPresent(account -> {
            AccountUserDetails renewed = new AccountUserDetails(account.toCurrentUser(), account.getSecurityStamp());
            UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(
                    renewed, null, renewed.getAuthorities());
            authentication.setDetails(current.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            repository.saveContext(context, request, response);
        });
    }
}

package vn.parcomms.account.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.CurrentUserHolder;

/** The principal kept in the session: the current user plus what Spring Security needs to sign in. */
public final class AccountUserDetails implements UserDetails, CurrentUserHolder, CredentialsContainer {

    private final CurrentUser currentUser;
    private String passwordHash;
    private final boolean enabled;
    private final boolean nonLocked;

    public AccountUserDetails(CurrentUser currentUser, String passwordHash, boolean enabled, boolean nonLocked) {
        this.currentUser = currentUser;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.nonLocked = nonLocked;
    }

    /** A principal for a user already authenticated (tests, programmatic sign-in). */
    public static AccountUserDetails of(CurrentUser user) {
        return new AccountUserDetails(user, null, true, true);
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return nonLocked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}

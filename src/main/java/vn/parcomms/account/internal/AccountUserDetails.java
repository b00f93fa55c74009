package vn.parcomms.account.internal;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.CurrentUserHolder;

/**
 * The principal kept in the session: the current user and the account's security stamp at sign-in.
 * {@link SessionRevalidationFilter} compares both with the database on every request. Holds no
 * password hash.
 */
public final class AccountUserDetails implements UserDetails, CurrentUserHolder {

    private final CurrentUser currentUser;
    /** Null for a principal made in code (tests): then role, node and active are still checked. */
    private final Long securityStamp;

    AccountUserDetails(CurrentUser currentUser, Long securityStamp) {
        this.currentUser = currentUser;
        this.securityStamp = securityStamp;
    }

    /** A principal for a user already authenticated (tests, programmatic sign-in). */
    public static AccountUserDetails of(CurrentUser user) {
        return new AccountUserDetails(user, null);
    }

    @Override
    public CurrentUser currentUser() {
        return currentUser;
    }

    Long securityStamp() {
        return securityStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + currentUser.role().name()));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return currentUser.username();
    }
}

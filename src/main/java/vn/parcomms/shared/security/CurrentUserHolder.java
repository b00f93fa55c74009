package vn.parcomms.shared.security;

/** Implemented by the authenticated principal so that controllers can ask for a {@link CurrentUser}. */
public interface CurrentUserHolder {

    CurrentUser currentUser();
}

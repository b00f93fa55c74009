package vn.parcomms.shared;

/**
 * Someone else saved the record after this user opened it. Shown as the 409 page (or as a
 * message on the form) so that nobody overwrites another person's work silently.
 */
public class ConflictException extends RuntimeException {

    public ConflictException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}

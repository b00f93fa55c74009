package vn.parcomms.shared;

/** The record does not exist (or no longer exists). Shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}

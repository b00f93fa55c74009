package vn.parcomms.shared;

/** The signed-in user may not see or change this record. Shown as the 403 page. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String reason) {
        super(reason);
    }
}

package vn.parcomms.api.web;

/** A query parameter the API cannot use; its message is safe to show the caller. */
class ApiBadRequest extends RuntimeException {

    ApiBadRequest(String message) {
        super(message);
    }
}

package vn.parcomms.api.web;

/** The body of every API error: the HTTP status, a stable code and a short English message, never a trace. */
public record ApiError(int status, String error, String message) {
}

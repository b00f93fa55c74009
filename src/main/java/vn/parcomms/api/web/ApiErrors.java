package vn.parcomms.api.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;

/**
 * Errors of the API controllers as JSON with the matching status. Scoped to this package and
 * ordered before the pages' advice, so pages keep their HTML error pages. The exception's own
 * text (which may name users or ids) goes to the log only.
 */
@RestControllerAdvice(basePackages = "vn.parcomms.api")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiError> notFound(NotFoundException e) {
        log.debug("API not found: {}", e.getMessage());
        return error(HttpStatus.NOT_FOUND, "not_found", "No such resource.");
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ApiError> forbidden(ForbiddenException e) {
        log.info("API forbidden: {}", e.getMessage());
        return error(HttpStatus.FORBIDDEN, "forbidden", "You may not read this resource.");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> notSignedIn(AccessDeniedException e) {
        return error(HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in or send HTTP Basic credentials.");
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            ApiBadRequest.class, DomainException.class})
    ResponseEntity<ApiError> badRequest(Exception e) {
        log.debug("API bad request: {}", e.getMessage());
        String message = "Invalid request.";
        if (e instanceof MethodArgumentTypeMismatchException m) {
            message = "Invalid value for parameter '" + m.getName() + "'.";
        } else if (e instanceof MissingServletRequestParameterException m) {
            message = "Missing parameter '" + m.getParameterName() + "'.";
        } else if (e instanceof ApiBadRequest) {
            message = e.getMessage();
        }
        return error(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ApiError> conflict(ConflictException e) {
        return error(HttpStatus.CONFLICT, "conflict", "The resource changed; try again.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        log.error("API error", e);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "Unexpected error.");
    }

    private static ResponseEntity<ApiError> error(HttpStatus status, String code, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), code, message));
    }
}

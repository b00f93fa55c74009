package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.NotFoundException;

/**
 * Turns the product's exceptions into the matching error page. The pages show a message key's
 * text only; the exception itself goes to the log.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class,
            NoResourceFoundException.class})
    String notFound(Exception e, HttpServletResponse response) {
        log.debug("Not found: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "error/404";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response) {
        log.info("Forbidden: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    String conflict(Exception e, HttpServletResponse response) {
        log.info("Conflict: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}

package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
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

    @ExceptionHandler(SuspectParameterInterceptor.InvalidCharactersException.class)
    String invalidCharacters(Exception e, HttpServletResponse response) {
        log.info("Bad request: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return "error/characters";
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, HttpServletResponse response) {
        log.info("Forbidden: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        return "error/403";
    }

    /**
     * A unique constraint refused a row that a parallel request wrote a moment earlier (two
     * clicks, two tabs): the other one's stands. The 409 page says so; never a 500.
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ModelAndView constraint(DataIntegrityViolationException e, HttpServletResponse response) {
        log.info("Constraint violation: {}", e.getMostSpecificCause().getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        ModelAndView page = new ModelAndView("error/409");
        page.addObject("conflictTextKey", "error.409.constraint");
        return page;
    }

    @ExceptionHandler({ConflictException.class, ObjectOptimisticLockingFailureException.class})
    String conflict(Exception e, HttpServletResponse response) {
        log.info("Conflict: {}", e.getMessage());
        response.setStatus(HttpServletResponse.SC_CONFLICT);
        return "error/409";
    }
}

package vn.parcomms.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Tiếp tục làm việc" in the session-expiry warning (ADR 0027): a signed-in request that touches
 * the session, so that its idle time starts again. The answer is empty; the page's timer restarts.
 */
@Controller
class SessionController {

    @PostMapping("/session/ping")
    ResponseEntity<Void> ping(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return ResponseEntity.status(401).build();
        }
        return ResponseEntity.noContent().header("X-Session-Seconds",
                String.valueOf(session.getMaxInactiveInterval())).build();
    }

    /** Every page's session length in seconds, for the warning's timer; null when signed out. */
    @ControllerAdvice
    static class SessionLength {

        @ModelAttribute("sessionSeconds")
        Integer sessionSeconds(HttpServletRequest request) {
            HttpSession session = request.getSession(false);
            return session == null ? null : session.getMaxInactiveInterval();
        }
    }
}

package vn.parcomms.account.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import vn.parcomms.account.internal.SignInAgain;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ApplicationAvailability availability;

    LoginController(ApplicationAvailability availability) {
        this.availability = availability;
    }

    /**
     * While the application is not ready (the demo still loading, readiness probe not yet accepting
     * traffic) the page says so instead of showing the form, whose sign-ins would be refused as
     * wrong passwords because the accounts do not exist yet.
     */
    @GetMapping("/login")
    String login(Authentication authentication,
            @org.springframework.web.bind.annotation.RequestParam(name = SignInAgain.CONTINUE, required = false)
            String continueTo, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        // Where the session expired: signing in again returns there (ADR 0027).
        model.addAttribute("continueTo", SignInAgain.safePath(continueTo));
        model.addAttribute("starting", availability.getReadinessState() != ReadinessState.ACCEPTING_TRAFFIC);
        return "account/login";
    }
}

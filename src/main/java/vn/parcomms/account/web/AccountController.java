package vn.parcomms.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.internal.SignedInSessions;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** The signed-in user's own account: profile and password. */
@Controller
@RequestMapping("/account")
class AccountController {

    private final AccountService accounts;
    private final SignedInSessions sessions;

    AccountController(AccountService accounts, SignedInSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @GetMapping
    String profile(CurrentUser user, Model model) {
        model.addAttribute("me", accounts.me(user));
        return "account/profile";
    }

    @GetMapping("/password")
    String passwordForm(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping("/password")
    String changePassword(CurrentUser user, @Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasFieldErrors("confirmPassword") && form.getNewPassword() != null
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.error.mismatch");
        }
        if (result.hasErrors()) {
            return "account/password";
        }
        try {
            accounts.changeOwnPassword(user, request.getRemoteAddr(), form.getCurrentPassword(),
                    form.getNewPassword());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "account/password";
        }
        sessions.keepCurrent(request, response);
        Flash.success(redirect, "account.password.changed");
        return "redirect:/account";
    }
}

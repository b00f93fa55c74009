package vn.parcomms.account.web;

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
import vn.parcomms.account.FirstRunSetup;
import vn.parcomms.account.SetupCommand;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** The first-run setup page; once a user exists it only leads to the login page. */
@Controller
@RequestMapping("/setup")
class SetupController {

    private final FirstRunSetup setup;

    SetupController(FirstRunSetup setup) {
        this.setup = setup;
    }

    @GetMapping
    String form(@ModelAttribute("form") SetupForm form, Model model) {
        if (!setup.needed()) {
            return "redirect:/login";
        }
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD_LENGTH);
        return "setup/form";
    }

    @PostMapping
    String complete(@Valid @ModelAttribute("form") SetupForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!setup.needed()) {
            Flash.error(redirect, "setup.error.done");
            return "redirect:/login";
        }
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD_LENGTH);
        if (!result.hasFieldErrors("confirmPassword") && form.getPassword() != null
                && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.error.mismatch");
        }
        if (!result.hasFieldErrors("operatorConfirmPassword") && form.getOperatorPassword() != null
                && !form.getOperatorPassword().equals(form.getOperatorConfirmPassword())) {
            result.rejectValue("operatorConfirmPassword", "account.password.error.mismatch");
        }
        if (result.hasErrors()) {
            return "setup/form";
        }
        try {
            setup.complete(new SetupCommand(form.getSetupCode(), form.getProvinceCode(), form.getProvinceName(),
                    form.getUsername(), form.getFullName(), form.getPassword(), form.getOperatorUsername(),
                    form.getOperatorPassword()));
        } catch (DomainException e) {
            if ("setup.error.done".equals(e.messageKey())) {
                Flash.error(redirect, "setup.error.done");
                return "redirect:/login";
            }
            FormErrors.reject(result, e);
            return "setup/form";
        }
        Flash.success(redirect, "setup.done");
        return "redirect:/login";
    }
}

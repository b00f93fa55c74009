package vn.parcomms.installation.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.account.AccountService;
import vn.parcomms.installation.InstallationService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** The installation operator's pages (ADR 0026); the service refuses anybody else. */
@Controller
@RequestMapping("/operator")
class OperatorController {

    private final InstallationService installation;

    OperatorController(InstallationService installation) {
        this.installation = installation;
    }

    @GetMapping
    String provinces(CurrentUser operator, Model model) {
        model.addAttribute("provinces", installation.provinces(operator));
        return "installation/provinces";
    }

    @GetMapping("/provinces/new")
    String newProvince(CurrentUser operator, @ModelAttribute("form") ProvinceForm form, Model model) {
        installation.requireOperator(operator);
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD_LENGTH);
        return "installation/province-form";
    }

    @PostMapping("/provinces")
    String addProvince(CurrentUser operator, @Valid @ModelAttribute("form") ProvinceForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        installation.requireOperator(operator);
        model.addAttribute("minPassword", AccountService.MIN_PASSWORD_LENGTH);
        if (!result.hasFieldErrors("confirmPassword") && form.getAdminPassword() != null
                && !form.getAdminPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "account.password.error.mismatch");
        }
        if (result.hasErrors()) {
            return "installation/province-form";
        }
        try {
            installation.addProvince(operator, form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, adminField(e));
            return "installation/province-form";
        }
        Flash.success(redirect, "operator.province.created", form.getName().trim(), form.getAdminUsername().trim());
        return "redirect:/operator";
    }

    @PostMapping("/admins/{id}/deactivate")
    String deactivate(CurrentUser operator, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return setActive(operator, id, version, false, redirect);
    }

    @PostMapping("/admins/{id}/activate")
    String activate(CurrentUser operator, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return setActive(operator, id, version, true, redirect);
    }

    private String setActive(CurrentUser operator, long id, long version, boolean active, RedirectAttributes redirect) {
        try {
            installation.setAdminActive(operator, id, version, active);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/operator";
        }
        Flash.success(redirect, active ? "operator.admin.activated" : "operator.admin.deactivated");
        return "redirect:/operator";
    }

    /** The account rules name the fields of a user's form; on this form they are the administrator's. */
    private static DomainException adminField(DomainException e) {
        if (e.field() == null) {
            return e;
        }
        String field = switch (e.field()) {
            case "username" -> "adminUsername";
            case "password" -> "adminPassword";
            default -> e.field();
        };
        return DomainException.onField(field, e.messageKey(), e.arguments());
    }
}

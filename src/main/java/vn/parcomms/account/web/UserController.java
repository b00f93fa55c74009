package vn.parcomms.account.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
import vn.parcomms.account.UserView;
import vn.parcomms.account.internal.SignedInSessions;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** Account administration (ADMIN only, within the admin's organisation scope). */
@Controller
@RequestMapping("/users")
class UserController {

    /** The roles a province's administrator gives; the installation's operator is not one (ADR 0026). */
    private static final java.util.List<Role> PROVINCE_ROLES = java.util.Arrays.stream(Role.values())
            .filter(r -> r != Role.OPERATOR).toList();

    private static final int PAGE_SIZE = 50;

    private final AccountService accounts;
    private final OrganizationService organizations;
    private final SignedInSessions sessions;

    UserController(AccountService accounts, OrganizationService organizations, SignedInSessions sessions) {
        this.accounts = accounts;
        this.organizations = organizations;
        this.sessions = sessions;
    }

    @GetMapping
    String list(CurrentUser admin, @RequestParam(required = false) String q,
            @RequestParam(required = false) Role role, @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page, Model model) {
        model.addAttribute("result", accounts.search(admin, q, role, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("roles", PROVINCE_ROLES);
        return "user/list";
    }

    @GetMapping("/new")
    String createForm(CurrentUser admin, @RequestParam(required = false) Long node, Model model) {
        UserForm form = new UserForm();
        form.setOrgNodeId(node);
        form.setRole(Role.UNIT);
        return showForm(admin, form, model);
    }

    @PostMapping
    String create(CurrentUser admin, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(admin, form, model);
        }
        try {
            long id = accounts.create(admin, form.toCommand(), form.getPassword());
            Flash.success(redirect, "user.created", form.getUsername());
            return "redirect:/users/" + id;
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, form, model);
        }
    }

    @GetMapping("/{id}")
    String detail(CurrentUser admin, @PathVariable long id, Model model) {
        model.addAttribute("user", accounts.view(admin, id));
        model.addAttribute("resetForm", new ResetPasswordForm());
        return "user/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser admin, @PathVariable long id, Model model) {
        UserView user = accounts.view(admin, id);
        model.addAttribute("userId", id);
        return showForm(admin, UserForm.of(user), model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser admin, @PathVariable long id, @Valid @ModelAttribute("form") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        model.addAttribute("userId", id);
        if (result.hasErrors()) {
            // Validation runs before the service: load the account so another scope's user is a 403, an unknown one a 404.
            accounts.view(admin, id);
            return showForm(admin, form, model);
        }
        try {
            accounts.update(admin, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, form, model);
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            // The account as saved now beside what the admin typed; saving again replaces it knowingly.
            result.reject("user.error.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            UserView current = accounts.view(admin, id);
            model.addAttribute("savedForm", UserForm.of(current));
            form.setVersion(current.version());
            return showForm(admin, form, model);
        }
        keepOwnSession(admin, id, request, response);
        Flash.success(redirect, "user.saved");
        return "redirect:/users/" + id;
    }

    @PostMapping("/{id}/reset-password")
    String resetPassword(CurrentUser admin, @PathVariable long id,
            @Valid @ModelAttribute("resetForm") ResetPasswordForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(admin, id, form.getVersion(), form.getNewPassword());
                keepOwnSession(admin, id, request, response);
                Flash.success(redirect, "user.passwordReset");
                return "redirect:/users/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("user", accounts.view(admin, id));
        return "user/detail";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return setActive(admin, id, version, false, redirect);
    }

    @PostMapping("/{id}/activate")
    String activate(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        return setActive(admin, id, version, true, redirect);
    }

    private String setActive(CurrentUser admin, long id, long version, boolean active, RedirectAttributes redirect) {
        try {
            accounts.setActive(admin, id, version, active);
            Flash.success(redirect, active ? "user.activated" : "user.deactivated");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/users/" + id;
    }

    /** An administrator changing their own account (node, password) ends their other sessions, not this one. */
    private void keepOwnSession(CurrentUser admin, long id, HttpServletRequest request, HttpServletResponse response) {
        if (admin.id() == id) {
            sessions.keepCurrent(request, response);
        }
    }

    private String showForm(CurrentUser admin, UserForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("nodes", organizations.tree(admin, null));
        model.addAttribute("roles", PROVINCE_ROLES);
        return "user/form";
    }
}

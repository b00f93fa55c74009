package vn.parcomms.plan.web;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.plan.IssueDefaults;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * Issuing as an office issues: the leader confirms on a page of its own, with the number (the
 * register's next, or typed) and the date of issue. A post without the page's fields (an older
 * form) issues the plan as drafted.
 */
@Controller
@RequestMapping("/plans/{id}/issue")
class PlanIssueController {

    private final PlanLifecycle planLifecycle;
    private final PlanDetailsReader planReader;

    PlanIssueController(PlanLifecycle planLifecycle, PlanDetailsReader planReader) {
        this.planLifecycle = planLifecycle;
        this.planReader = planReader;
    }

    @GetMapping
    String page(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        IssueDefaults defaults = planLifecycle.issueDefaults(user, id);
        PlanDetails plan = planReader.details(user, id);
        if (!plan.can().issue()) {
            // Issued already, or not submitted: the plan's page says where it stands.
            Flash.error(redirect, "plan.error.issueNotSubmitted");
            return "redirect:/plans/" + id;
        }
        return page(IssueForm.of(defaults), defaults, plan, model);
    }

    @PostMapping
    String issue(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") IssueForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                boolean done = planLifecycle.issue(user, id, form.getVersion(), form.toCommand());
                Flash.success(redirect, done ? "plan.issued" : "plan.alreadyDone");
                return "redirect:/plans/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return page(form, planLifecycle.issueDefaults(user, id), planReader.details(user, id), model);
    }

    /** The issue page; the defaults and the plan are read once per request. */
    private static String page(IssueForm form, IssueDefaults defaults, PlanDetails plan, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("defaults", defaults);
        model.addAttribute("plan", plan);
        return "plan/issue";
    }
}

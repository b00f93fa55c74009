package vn.parcomms.plan.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDraftRemoval;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.BackgroundSaves;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * The plan header form's background save and deleting a draft started by mistake (ADR 0027);
 * the checks are the plan services' own, the same as for the form's save.
 */
@Controller
@RequestMapping("/plans/{id}")
class PlanDraftController {

    private final PlanDrafting planDrafting;
    private final PlanDetailsReader planReader;
    private final PlanDraftRemoval removal;
    private final BackgroundSaves answers;

    PlanDraftController(PlanDrafting planDrafting, PlanDetailsReader planReader, PlanDraftRemoval removal,
            BackgroundSaves answers) {
        this.planDrafting = planDrafting;
        this.planReader = planReader;
        this.removal = removal;
        this.answers = answers;
    }

    @PostMapping(value = "/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> saveDraft(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Locale locale) {
        if (result.hasErrors()) {
            return answers.refused(result, locale);
        }
        try {
            planDrafting.updateHeader(user, id, form.getVersion(), form.toHeader());
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            return answers.conflict(locale);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return answers.refused(result, locale);
        }
        return answers.saved(planReader.details(user, id).version(), locale);
    }

    @GetMapping("/delete")
    String confirmDelete(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            removal.requireDeletable(user, id);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/plans/" + id;
        }
        model.addAttribute("plan", planReader.details(user, id));
        return "plan/delete";
    }

    @PostMapping("/delete")
    String delete(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            removal.delete(user, id, version);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/plans/" + id;
        }
        Flash.success(redirect, "plan.deleted");
        return "redirect:/plans";
    }
}

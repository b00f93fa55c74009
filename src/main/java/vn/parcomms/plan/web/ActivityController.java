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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** Adds, changes and removes the activities of a draft plan. */
@Controller
@RequestMapping("/plans/{id}/activities")
class ActivityController {

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final CatalogService catalog;
    private final OrganizationService organizations;

    ActivityController(PlanDetailsReader planReader, PlanDrafting planDrafting, CatalogService catalog,
            OrganizationService organizations) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.catalog = catalog;
        this.organizations = organizations;
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, @PathVariable long id, Model model) {
        PlanDetails plan = planReader.details(user, id);
        ActivityForm form = new ActivityForm();
        form.setVersion(plan.version());
        return show(user, plan, form, null, model);
    }

    @PostMapping
    String create(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return save(user, id, null, form, result, model, redirect);
    }

    @GetMapping("/{activityId}/edit")
    String editForm(CurrentUser user, @PathVariable long id, @PathVariable long activityId, Model model) {
        PlanDetails plan = planReader.details(user, id);
        ActivityView activity = plan.activities().stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan activity", activityId));
        return show(user, plan, ActivityForm.of(activity, plan.version()), activityId, model);
    }

    @PostMapping("/{activityId}")
    String update(CurrentUser user, @PathVariable long id, @PathVariable long activityId,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(user, id, activityId, form, result, model, redirect);
    }

    @PostMapping("/{activityId}/delete")
    String delete(CurrentUser user, @PathVariable long id, @PathVariable long activityId,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            planDrafting.removeActivity(user, id, version, activityId);
            Flash.success(redirect, "plan.activity.removed");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/edit#activities";
    }

    private String save(CurrentUser user, long id, Long activityId, ActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                planDrafting.saveActivity(user, id, form.getVersion(), activityId, form.toCommand());
                Flash.success(redirect, "plan.activity.saved");
                return "redirect:/plans/" + id + "/edit#activities";
            } catch (ConflictException e) {
                result.reject("plan.error.conflict");
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        form.fillTargetRows();
        return show(user, planReader.details(user, id), form, activityId, model);
    }

    private String show(CurrentUser user, PlanDetails plan, ActivityForm form, Long activityId, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("activityId", activityId);
        model.addAttribute("contents", plan.items(ItemKind.CONTENT));
        // The units that report to the issuing body (ADR 0016), as the service checks.
        model.addAttribute("leadNodes", organizations.reportingSubtree(plan.issuingNodeId()).stream()
                .filter(n -> n.active()).toList());
        // Cooperating units come from the issuing body itself or are other agencies of the province
        // (e.g. the Department of Home Affairs); listing every sub-unit of the province would be unusable.
        long province = organizations.provinceIdOf(plan.issuingNodeId());
        java.util.List<vn.parcomms.organization.OrgNodeView> cooperators = new java.util.ArrayList<>(
                organizations.children(province));
        organizations.subtree(plan.issuingNodeId()).stream()
                .filter(n -> cooperators.stream().noneMatch(c -> c.id() == n.id())).forEach(cooperators::add);
        model.addAttribute("cooperatorNodes", cooperators.stream().filter(n -> n.active()).toList());
        model.addAttribute("channels", catalog.activeChannels(user));
        model.addAttribute("indicators", catalog.activeIndicators(user));
        return "plan/activity-form";
    }
}

package vn.parcomms.plan.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.organization.NodeChoice;
import vn.parcomms.organization.NodeChoices;
import vn.parcomms.plan.ActivityUnits;
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

/**
 * Adds, changes and removes the activities of a draft plan. Besides saving, the form posts back
 * to itself for what a script does in place when there is one: searching a unit, choosing the
 * lead, adding or removing a cooperator or a target row. Such a round trip keeps everything typed
 * and shows no validation message yet.
 */
@Controller
@RequestMapping("/plans/{id}/activities")
class ActivityController {

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final CatalogService catalog;
    private final ActivityUnits units;

    ActivityController(PlanDetailsReader planReader, PlanDrafting planDrafting, CatalogService catalog,
            ActivityUnits units) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.catalog = catalog;
        this.units = units;
    }

    /** {@code content}: the content item whose "add activity" button opened the form. */
    @GetMapping("/new")
    String createForm(CurrentUser user, @PathVariable long id, @RequestParam(required = false) UUID content,
            Model model) {
        units.requireDrafter(user, id);
        PlanDetails plan = planReader.details(user, id);
        if (!plan.can().edit()) {
            return "redirect:/plans/" + id;
        }
        ActivityForm form = new ActivityForm();
        form.setVersion(plan.version());
        if (content != null && plan.items(ItemKind.CONTENT).stream().anyMatch(i -> content.equals(i.key()))) {
            form.setContentItemKey(content);
        }
        return show(user, plan, form, null, null, model);
    }

    @PostMapping
    String create(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ActivityForm form,
            BindingResult result, RoundTrip trip, Model model, RedirectAttributes redirect) {
        return save(user, id, null, form, result, trip, model, redirect);
    }

    @GetMapping("/{activityId}/edit")
    String editForm(CurrentUser user, @PathVariable long id, @PathVariable long activityId, Model model) {
        units.requireDrafter(user, id);
        PlanDetails plan = planReader.details(user, id);
        if (!plan.can().edit()) {
            return "redirect:/plans/" + id;
        }
        ActivityView activity = plan.activities().stream().filter(a -> a.id() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan activity", activityId));
        return show(user, plan, ActivityForm.of(activity, plan.version()), activityId, null, model);
    }

    @PostMapping("/{activityId}")
    String update(CurrentUser user, @PathVariable long id, @PathVariable long activityId,
            @Valid @ModelAttribute("form") ActivityForm form, BindingResult result, RoundTrip trip, Model model,
            RedirectAttributes redirect) {
        return save(user, id, activityId, form, result, trip, model, redirect);
    }

    /**
     * The units the form may offer for {@code part} whose name, short name or code contains
     * {@code q}: the script's list as one types. 403 for anyone who does not draft the plan.
     */
    @GetMapping(value = "/units", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> searchUnits(CurrentUser user, @PathVariable long id,
            @RequestParam("for") ActivityUnits.Part part, @RequestParam(defaultValue = "") String q) {
        NodeChoices.Found found = units.search(user, id, part, q);
        return Map.of("units", found.choices(), "more", found.more());
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
            RoundTrip trip, Model model, RedirectAttributes redirect) {
        if (trip.asked()) {
            return roundTrip(user, id, activityId, form, result, trip, model);
        }
        form.checkTargetRows(result);
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
        return show(user, planReader.details(user, id), form, activityId, null, model);
    }

    /** A step of the form without a script: applied to what was posted, nothing saved, no message yet. */
    private String roundTrip(CurrentUser user, long id, Long activityId, ActivityForm form, BindingResult result,
            RoundTrip trip, Model model) {
        units.requireDrafter(user, id);
        // Only what could not be read stays (a figure that is not a number); "required" waits for saving.
        BindingResult kept = new BeanPropertyBindingResult(form, "form");
        result.getFieldErrors().stream().filter(FieldError::isBindingFailure).forEach(kept::addError);
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", kept);
        ActivityUnits.Part searched = null;
        if (trip.chooseLead() != null) {
            form.chooseLead(trip.chooseLead());
        } else if (trip.addCooperator() != null) {
            form.addCooperator(trip.addCooperator());
        } else if (trip.removeCooperator() != null) {
            form.removeCooperator(trip.removeCooperator());
        } else if (trip.addTarget() != null) {
            form.addTargetRow();
        } else if (trip.removeTarget() != null) {
            form.removeTargetRow(trip.removeTarget());
        } else {
            searched = trip.find();
        }
        return show(user, planReader.details(user, id), form, activityId, searched, model);
    }

    private String show(CurrentUser user, PlanDetails plan, ActivityForm form, Long activityId,
            ActivityUnits.Part searched, Model model) {
        form.compactTargets();
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("activityId", activityId);
        model.addAttribute("contents", plan.items(ItemKind.CONTENT));
        List<Long> chosen = new ArrayList<>();
        if (form.getLeadNodeId() != null) {
            chosen.add(form.getLeadNodeId());
        }
        if (form.getCooperatorNodeIds() != null) {
            chosen.addAll(form.getCooperatorNodeIds());
        }
        Map<Long, NodeChoice> named = new java.util.HashMap<>();
        units.named(user, plan.id(), chosen).forEach(c -> named.put(c.id(), c));
        model.addAttribute("lead", form.getLeadNodeId() == null ? null : named.get(form.getLeadNodeId()));
        model.addAttribute("cooperators", form.getCooperatorNodeIds() == null ? List.of()
                : form.getCooperatorNodeIds().stream().distinct().map(named::get)
                        .filter(java.util.Objects::nonNull).toList());
        if (searched == ActivityUnits.Part.LEAD) {
            model.addAttribute("leadMatches", units.search(user, plan.id(), searched, form.getLeadQuery()));
        } else if (searched == ActivityUnits.Part.COOPERATOR) {
            NodeChoices.Found found = units.search(user, plan.id(), searched, form.getCooperatorQuery());
            model.addAttribute("cooperatorMatches", new NodeChoices.Found(found.choices().stream()
                    .filter(c -> form.getCooperatorNodeIds() == null || !form.getCooperatorNodeIds().contains(c.id()))
                    .toList(), found.more()));
        }
        model.addAttribute("searchLimit", ActivityUnits.LIMIT);
        model.addAttribute("channels", catalog.activeChannels(user));
        model.addAttribute("indicators", catalog.activeIndicators(user));
        return "plan/activity-form";
    }

    /**
     * Which step of the form without a script was asked for, by the submit button pressed: its
     * name, and the unit or row as its value. None: the form is saved.
     */
    record RoundTrip(ActivityUnits.Part find, Long chooseLead, Long addCooperator, Long removeCooperator,
            String addTarget, Integer removeTarget) {

        boolean asked() {
            return find != null || chooseLead != null || addCooperator != null || removeCooperator != null
                    || addTarget != null || removeTarget != null;
        }
    }
}

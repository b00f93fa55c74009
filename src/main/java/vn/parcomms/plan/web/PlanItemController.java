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
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanItemView;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** Editor of one ordered part of a plan (content items, forms, duties, …): add, edit, remove, reorder. */
@Controller
@RequestMapping("/plans/{id}/parts/{kind}")
class PlanItemController {

    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;

    PlanItemController(PlanDetailsReader planReader, PlanDrafting planDrafting) {
        this.planReader = planReader;
        this.planDrafting = planDrafting;
    }

    @GetMapping
    String part(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind,
            @RequestParam(required = false) Long edit, Model model) {
        PlanDetails plan = planReader.details(user, id);
        ItemForm form = new ItemForm();
        form.setVersion(plan.version());
        ItemForm editForm = null;
        if (edit != null) {
            PlanItemView item = find(plan, kind, edit);
            editForm = new ItemForm();
            editForm.setHeading(item.heading());
            editForm.setBody(item.body());
            editForm.setVersion(plan.version());
        }
        return show(plan, kind, form, edit, editForm, model);
    }

    @PostMapping
    String add(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind,
            @Valid @ModelAttribute("form") ItemForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                int added = planDrafting.addPastedItems(user, id, form.getVersion(), kind, form.getHeading(),
                        form.getBody()).size();
                if (added == 1) {
                    Flash.success(redirect, "plan.item.added");
                } else {
                    Flash.success(redirect, "plan.items.added", added);
                }
                return "redirect:/plans/" + id + "/parts/" + kind;
            } catch (ConflictException e) {
                result.reject("plan.error.conflict");
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return show(planReader.details(user, id), kind, form, null, null, model);
    }

    @PostMapping("/{itemId}")
    String change(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind, @PathVariable long itemId,
            @Valid @ModelAttribute("editForm") ItemForm editForm, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                planDrafting.changeItem(user, id, editForm.getVersion(), itemId, editForm.getHeading(),
                        editForm.getBody());
                Flash.success(redirect, "plan.item.saved");
                return "redirect:/plans/" + id + "/parts/" + kind;
            } catch (ConflictException e) {
                result.reject("plan.error.conflict");
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        PlanDetails plan = planReader.details(user, id);
        ItemForm form = new ItemForm();
        form.setVersion(plan.version());
        return show(plan, kind, form, itemId, editForm, model);
    }

    /** "Sao chép từ kế hoạch cấp trên": this section's items of the plan this one implements. */
    @PostMapping("/copy-from-parent")
    String copyFromParent(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            int copied = planDrafting.copyItemsFromParent(user, id, version, kind);
            if (copied == 0) {
                Flash.success(redirect, "plan.items.nothingToCopy");
            } else {
                Flash.success(redirect, "plan.items.copied", copied);
            }
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/parts/" + kind;
    }

    @PostMapping("/{itemId}/move")
    String move(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind, @PathVariable long itemId,
            @RequestParam long version, @RequestParam int direction, RedirectAttributes redirect) {
        try {
            planDrafting.moveItem(user, id, version, itemId, direction);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/parts/" + kind;
    }

    @PostMapping("/{itemId}/delete")
    String delete(CurrentUser user, @PathVariable long id, @PathVariable ItemKind kind, @PathVariable long itemId,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            planDrafting.removeItem(user, id, version, itemId);
            Flash.success(redirect, "plan.item.removed");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/parts/" + kind;
    }

    private static PlanItemView find(PlanDetails plan, ItemKind kind, long itemId) {
        return plan.items(kind).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan item", itemId));
    }

    private static String show(PlanDetails plan, ItemKind kind, ItemForm form, Long editId, ItemForm editForm,
            Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("kind", kind);
        model.addAttribute("items", plan.items(kind));
        model.addAttribute("form", form);
        model.addAttribute("editId", editId);
        model.addAttribute("editForm", editForm == null ? new ItemForm() : editForm);
        // Plain paragraphs of the outline have no part page of their own: the outline editor holds them.
        model.addAttribute("kinds", java.util.Arrays.stream(ItemKind.values()).filter(k -> k != ItemKind.TEXT).toList());
        return "plan/part";
    }
}

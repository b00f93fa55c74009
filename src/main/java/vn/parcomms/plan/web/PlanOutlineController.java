package vn.parcomms.plan.web;

import java.util.Arrays;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.document.ListStyle;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanOutlines;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;

/**
 * The outline editor: one page for a plan's sections, headings, list styles and items. Every
 * change is a plain form post answered by a redirect to the page (so it works without
 * JavaScript); {@code outline.js} sends the same forms with fetch and swaps the page's content
 * in place, so that a clerk entering a plan is not reloaded at every item. A change made on a
 * page older than the plan (someone else saved in between) is refused with a conflict message
 * and the page shows the plan as it is now.
 */
@Controller
@RequestMapping("/plans/{id}/outline")
class PlanOutlineController {

    private final PlanDetailsReader planReader;
    private final PlanOutlines outlines;

    PlanOutlineController(PlanDetailsReader planReader, PlanOutlines outlines) {
        this.planReader = planReader;
        this.outlines = outlines;
    }

    @GetMapping
    String editor(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long edit, Model model) {
        outlines.requireEditor(user, id);
        model.addAttribute("plan", planReader.details(user, id));
        model.addAttribute("editId", edit);
        model.addAttribute("styles", ListStyle.values());
        return "plan/outline";
    }

    @PostMapping("/sections")
    String addSection(CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) UUID parentKey, @RequestParam(defaultValue = "") String heading,
            @RequestParam(required = false) String style, RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.sectionAdded",
                () -> outlines.addSection(user, id, version, parentKey, heading, style(style)));
    }

    @PostMapping("/sections/{key}")
    String changeSection(CurrentUser user, @PathVariable long id, @PathVariable UUID key, @RequestParam long version,
            @RequestParam(defaultValue = "") String heading, @RequestParam(required = false) String style,
            RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.sectionSaved",
                () -> outlines.changeSection(user, id, version, key, heading, style(style)));
    }

    @PostMapping("/sections/{key}/move")
    String moveSection(CurrentUser user, @PathVariable long id, @PathVariable UUID key, @RequestParam long version,
            @RequestParam int direction, RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.moved", () -> outlines.moveSection(user, id, version, key, direction));
    }

    @PostMapping("/sections/{key}/delete")
    String removeSection(CurrentUser user, @PathVariable long id, @PathVariable UUID key, @RequestParam long version,
            RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.sectionRemoved",
                () -> outlines.removeSection(user, id, version, key));
    }

    @PostMapping("/sections/{key}/items")
    String addItems(CurrentUser user, @PathVariable long id, @PathVariable UUID key, @RequestParam long version,
            @RequestParam(required = false) String heading, @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        try {
            int added = outlines.addItems(user, id, version, key, heading, text).size();
            Flash.success(redirect, "plan.items.added", added);
        } catch (ConflictException e) {
            Flash.error(redirect, "plan.outline.conflict");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/outline";
    }

    @PostMapping("/items/{itemId}")
    String changeItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            @RequestParam(required = false) String heading, @RequestParam(defaultValue = "") String text,
            RedirectAttributes redirect) {
        return change(id, redirect, "plan.item.saved",
                () -> outlines.changeItem(user, id, version, itemId, heading, text));
    }

    @PostMapping("/items/{itemId}/move")
    String moveItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            @RequestParam int direction, RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.moved", () -> outlines.moveItem(user, id, version, itemId, direction));
    }

    @PostMapping("/items/{itemId}/delete")
    String removeItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @RequestParam long version,
            RedirectAttributes redirect) {
        return change(id, redirect, "plan.item.removed", () -> outlines.removeItem(user, id, version, itemId));
    }

    @PostMapping("/template")
    String saveAsTemplate(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        return change(id, redirect, "plan.outline.templateSaved", () -> outlines.saveAsTemplate(user, id));
    }

    private static String change(long id, RedirectAttributes redirect, String doneKey, Runnable change) {
        try {
            change.run();
            Flash.success(redirect, doneKey);
        } catch (ConflictException e) {
            Flash.error(redirect, "plan.outline.conflict");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id + "/outline";
    }

    /** An unknown style is no style: the service answers with its message, never a 400 page. */
    private static ListStyle style(String value) {
        return Arrays.stream(ListStyle.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
    }
}

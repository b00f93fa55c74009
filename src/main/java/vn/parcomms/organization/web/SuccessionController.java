package vn.parcomms.organization.web;

import java.util.List;
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
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrgTreeRow;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * Dated changes of a node (ADR 0015): the form, the preview of what moves, the confirmation.
 * ADMIN only; the service checks the role and the scope of every node named.
 */
@Controller
@RequestMapping("/organizations/{id}/succession")
class SuccessionController {

    private final OrganizationService organizations;
    private final OrgSuccessionService successions;

    SuccessionController(OrganizationService organizations, OrgSuccessionService successions) {
        this.organizations = organizations;
        this.successions = successions;
    }

    @GetMapping
    String form(CurrentUser admin, @PathVariable long id, @RequestParam SuccessionKind kind, Model model) {
        requireAdmin(admin);
        OrgNodeView node = organizations.view(admin, id);
        SuccessionForm form = new SuccessionForm();
        form.setKind(kind);
        form.setVersion(node.version());
        if (kind == SuccessionKind.RENAME) {
            form.setNewName(node.name());
            form.setNewShortName(node.shortName());
        }
        return showForm(admin, node, form, model);
    }

    @PostMapping("/preview")
    String preview(CurrentUser admin, @PathVariable long id, @ModelAttribute("form") SuccessionForm form,
            BindingResult result, Model model) {
        requireAdmin(admin);
        OrgNodeView node = organizations.view(admin, id);
        if (result.hasErrors()) {
            return showForm(admin, node, form, model);
        }
        try {
            model.addAttribute("preview", successions.preview(admin, id, form.getVersion(), form.toCommand()));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, node, form, model);
        }
        model.addAttribute("node", node);
        return "organization/succession-preview";
    }

    @PostMapping
    String apply(CurrentUser admin, @PathVariable long id, @ModelAttribute("form") SuccessionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        requireAdmin(admin);
        OrgNodeView node = organizations.view(admin, id);
        if (result.hasErrors()) {
            return showForm(admin, node, form, model);
        }
        try {
            successions.apply(admin, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, node, form, model);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConflictException("organisation node", id);
        }
        Flash.success(redirect, "organization.succession.done." + form.getKind());
        return "redirect:/organizations/" + id;
    }

    private String showForm(CurrentUser admin, OrgNodeView node, SuccessionForm form, Model model) {
        model.addAttribute("node", node);
        model.addAttribute("form", form);
        List<OrgTreeRow> active = organizations.tree(admin, null).stream()
                .filter(row -> row.node().active() && row.node().id() != node.id()).toList();
        model.addAttribute("targets", active);
        // Nodes merged together, or the other parts of a split, are usually the node's siblings.
        model.addAttribute("siblings", node.parentId() == null ? List.of()
                : organizations.children(node.parentId()).stream()
                        .filter(n -> n.active() && n.id() != node.id()).toList());
        return "organization/succession";
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.is(Role.ADMIN)) {
            throw new ForbiddenException(user.username() + " may not change the organisation tree");
        }
    }
}

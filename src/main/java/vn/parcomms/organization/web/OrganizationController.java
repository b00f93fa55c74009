package vn.parcomms.organization.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
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
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrgTreeRow;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * The organisation tree: every user reads their own scope; an ADMIN creates, edits, moves,
 * deactivates and (when nothing refers to it) deletes nodes.
 */
@Controller
@RequestMapping("/organizations")
class OrganizationController {

    private final OrganizationService organizations;
    private final OrgSuccessionService successions;
    private final java.time.Clock clock;

    OrganizationController(OrganizationService organizations, OrgSuccessionService successions, java.time.Clock clock) {
        this.organizations = organizations;
        this.successions = successions;
        this.clock = clock;
    }

    @GetMapping
    String tree(CurrentUser user, @RequestParam(required = false) String q, @RequestParam(required = false) Long open,
            Model model) {
        model.addAttribute("tree", organizations.browse(user, q, open));
        model.addAttribute("q", q);
        return "organization/list";
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        OrgNodeView node = organizations.view(user, id);
        model.addAttribute("node", node);
        model.addAttribute("ancestors", organizations.ancestors(id).stream()
                .filter(a -> organizations.isInScope(user, a.id())).toList());
        model.addAttribute("children", organizations.children(id));
        addLines(user, node, model);
        model.addAttribute("moveForm", moveFormFor(node));
        model.addAttribute("moveTargets", moveTargets(user, id));
        model.addAttribute("mayMove", mayMove(user, id));
        addHistory(user, id, model);
        return "organization/detail";
    }

    @GetMapping("/new")
    String createForm(CurrentUser admin, @RequestParam(required = false) Long parent, Model model) {
        OrgNodeForm form = new OrgNodeForm();
        form.setParentId(parent);
        form.setKind(OrgKind.UNIT);
        return showForm(admin, form, null, model);
    }

    @PostMapping
    String create(CurrentUser admin, @Valid @ModelAttribute("form") OrgNodeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(admin, form, null, model);
        }
        try {
            long id = organizations.create(admin, form.toCommand());
            Flash.success(redirect, "organization.created", form.getName());
            return "redirect:/organizations/" + id;
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, form, null, model);
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser admin, @PathVariable long id, Model model) {
        OrgNodeView node = organizations.view(admin, id);
        Long reportingParent = organizations.reportingParent(id).map(OrgNodeView::id).orElse(null);
        return showForm(admin, OrgNodeForm.of(node, reportingParent), id, model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser admin, @PathVariable long id, @Valid @ModelAttribute("form") OrgNodeForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            // Validation runs before the service: load the node so another scope's node is a 403, an unknown one a 404.
            organizations.view(admin, id);
            return showForm(admin, form, id, model);
        }
        try {
            organizations.update(admin, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(admin, form, id, model);
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            // The node as saved now beside what the admin typed; saving again replaces it knowingly.
            result.reject("organization.error.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            OrgNodeView current = organizations.view(admin, id);
            model.addAttribute("savedForm", OrgNodeForm.of(current,
                    organizations.reportingParent(id).map(OrgNodeView::id).orElse(null)));
            form.setVersion(current.version());
            return showForm(admin, form, id, model);
        }
        Flash.success(redirect, "organization.saved");
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/move")
    String move(CurrentUser admin, @PathVariable long id, @Valid @ModelAttribute("moveForm") MoveForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                organizations.move(admin, id, form.getVersion(), form.getParentId());
                Flash.success(redirect, "organization.moved");
                return "redirect:/organizations/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        OrgNodeView node = organizations.view(admin, id);
        model.addAttribute("node", node);
        model.addAttribute("ancestors", organizations.ancestors(id));
        model.addAttribute("children", organizations.children(id));
        addLines(admin, node, model);
        model.addAttribute("moveTargets", moveTargets(admin, id));
        model.addAttribute("mayMove", mayMove(admin, id));
        addHistory(admin, id, model);
        return "organization/detail";
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            organizations.deactivate(admin, id, version);
            Flash.success(redirect, "organization.deactivated");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        try {
            organizations.activate(admin, id, version);
            Flash.success(redirect, "organization.activated");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/organizations/" + id;
    }

    @PostMapping("/{id}/delete")
    String delete(CurrentUser admin, @PathVariable long id, @RequestParam long version,
            RedirectAttributes redirect) {
        OrgNodeView node = organizations.view(admin, id);
        try {
            organizations.delete(admin, id, version);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/organizations/" + id;
        }
        Flash.success(redirect, "organization.deleted", node.name());
        return "redirect:/organizations";
    }

    private String showForm(CurrentUser admin, OrgNodeForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("nodeId", id);
        model.addAttribute("kinds", OrgKind.values());
        model.addAttribute("parents", organizations.tree(admin, null).stream()
                .filter(row -> row.node().active()).toList());
        model.addAttribute("reportingBodies", organizations.reportingBodies(admin, id));
        return "organization/form";
    }

    /**
     * Both lines of the node (ADR 0016): the parent that administers it and, where it differs, the
     * body it reports to; and the nodes that report to it from elsewhere. A body outside the
     * reader's scope is named, not linked.
     */
    private void addLines(CurrentUser user, OrgNodeView node, Model model) {
        model.addAttribute("adminParent", node.parentId() == null ? null : organizations.find(node.parentId()));
        model.addAttribute("adminParentLinked", node.parentId() != null && organizations.isInScope(user, node.parentId()));
        OrgNodeView body = organizations.reportingParent(node.id()).orElse(null);
        model.addAttribute("reportingParent", body);
        model.addAttribute("reportingParentLinked", body != null && organizations.isInScope(user, body.id()));
        model.addAttribute("reportingHere", organizations.reportingHere(node.id()));
    }

    /** The node's names and the changes it took part in; the changes an ADMIN may start from here. */
    private void addHistory(CurrentUser user, long id, Model model) {
        model.addAttribute("names", organizations.nameHistory(user, id));
        model.addAttribute("successions", successions.history(user, id));
        model.addAttribute("zone", clock.getZone());
        model.addAttribute("successionKinds", mayMove(user, id) ? SuccessionKind.values()
                : new SuccessionKind[] {SuccessionKind.RENAME});
    }

    private static MoveForm moveFormFor(OrgNodeView node) {
        MoveForm form = new MoveForm();
        form.setParentId(node.parentId());
        form.setVersion(node.version());
        return form;
    }

    /**
     * The root of an administrator's scope cannot move: every other node they may choose is below
     * it. The move form is not shown for it (forms only where a submission can succeed).
     */
    private boolean mayMove(CurrentUser user, long id) {
        return organizations.scopeRootId(user) != id;
    }

    /** Every active node of the scope; the service still refuses the node's own subtree. */
    private List<OrgTreeRow> moveTargets(CurrentUser user, long id) {
        return organizations.tree(user, null).stream()
                .filter(row -> row.node().active() && row.node().id() != id)
                .toList();
    }
}

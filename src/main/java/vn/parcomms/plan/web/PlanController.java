package vn.parcomms.plan.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Supplier;
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
import vn.parcomms.document.DocumentService;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDraftRemoval;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanSearch;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** Plan list, plan page, header editor and the lifecycle transitions. */
@Controller
@RequestMapping("/plans")
class PlanController {

    private final PlanListing planListing;
    private final PlanDetailsReader planReader;
    private final PlanDrafting planDrafting;
    private final PlanLifecycle planLifecycle;
    private final OrganizationService organizations;
    private final PlanDocuments documents;
    private final DocumentService renderer;
    private final PlanDraftRemoval removal;

    PlanController(PlanListing planListing, PlanDetailsReader planReader, PlanDrafting planDrafting,
            PlanLifecycle planLifecycle, OrganizationService organizations, PlanDocuments documents,
            DocumentService renderer, PlanDraftRemoval removal) {
        this.removal = removal;
        this.planListing = planListing;
        this.planReader = planReader;
        this.planDrafting = planDrafting;
        this.planLifecycle = planLifecycle;
        this.organizations = organizations;
        this.documents = documents;
        this.renderer = renderer;
    }

    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            @RequestParam(required = false) Long node, @RequestParam(required = false) String issuer,
            @RequestParam(required = false) PlanStatus status, @RequestParam(defaultValue = "false") boolean superseded,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", planListing.page(user, new PlanSearch(year, node, issuer, status, superseded),
                page));
        model.addAttribute("years", planListing.years(user));
        model.addAttribute("nodes", nodeChoices(user, node));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("year", year);
        model.addAttribute("node", node);
        String issuerText = issuer == null || issuer.isBlank() ? null : issuer.trim();
        model.addAttribute("issuer", issuerText);
        model.addAttribute("status", status);
        model.addAttribute("superseded", superseded);
        model.addAttribute("listPath", listPath(year, node, issuerText, status, superseded));
        model.addAttribute("toImplement", planListing.plansToImplement(user));
        return "plan/list";
    }

    /** The list with its filters and without a page: the pager adds the page, so filters survive paging. */
    private static String listPath(Integer year, Long node, String issuer, PlanStatus status, boolean superseded) {
        StringJoiner query = new StringJoiner("&");
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("year", year);
        filters.put("status", status);
        filters.put("node", node);
        filters.put("issuer", issuer);
        filters.put("superseded", superseded ? true : null);
        filters.forEach((name, value) -> {
            if (value != null) {
                // %20 rather than "+" for a space: unambiguous in any decoder.
                query.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
        });
        return query.length() == 0 ? "/plans" : "/plans?" + query;
    }

    /**
     * The node filter offers the root of the user's scope and the nodes directly under it (the
     * agencies, for a REVIEWER), not the whole tree; a deeper node chosen elsewhere (a link) is
     * added so that the filter shows what is applied. The service has checked that node already.
     */
    private List<OrgNodeView> nodeChoices(CurrentUser user, Long node) {
        List<OrgNodeView> choices = organizations.scopeAndChildren(user);
        if (node != null && choices.stream().noneMatch(n -> n.id() == node)) {
            List<OrgNodeView> withChosen = new ArrayList<>(choices);
            withChosen.add(organizations.find(node));
            return withChosen;
        }
        return choices;
    }

    @GetMapping("/new")
    String createForm(CurrentUser user, Model model) {
        PlanForm form = new PlanForm();
        form.setYear(planListing.years(user).get(0));
        form.setSignerAuthority("GIÁM ĐỐC");
        PlanHeader letterhead = planDrafting.letterhead(user.orgNodeId());
        form.setIssuingBody(letterhead.issuingBody());
        form.setParentBody(letterhead.parentBody());
        form.setPlace(letterhead.place());
        return showForm(user, form, null, model);
    }

    @PostMapping
    String create(CurrentUser user, @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(user, form, null, model);
        }
        try {
            long id = planDrafting.create(user, form.toHeader());
            Flash.success(redirect, "plan.created");
            return "redirect:/plans/" + id + "/edit";
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(user, form, null, model);
        }
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "content") String group,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) Long channel,
            @RequestParam(required = false) @Min(1) @Max(4) Integer quarter, Model model) {
        PlanDetails plan = planReader.details(user, id);
        model.addAttribute("view", PlanPageView.of(plan, group, unit, channel, quarter));
        model.addAttribute("reasonForm", new ReasonForm());
        return detailPage(user, plan, model);
    }

    /**
     * The plan page shows the plan as the document it is issued as, with the annex of activities
     * when it has some: the same layout as the Word file and the PDF, so that the leader approves
     * what goes out (docs/documents.md, "One rendering").
     */
    private String detailPage(CurrentUser user, PlanDetails plan, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("mayDelete", plan.can().edit() && removal.mayDelete(user, plan.id()));
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("document", renderer.html(documents.of(plan, true)));
        return "plan/detail";
    }

    @GetMapping("/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        PlanDetails plan = planReader.details(user, id);
        if (!plan.can().edit()) {
            return "redirect:/plans/" + id;
        }
        return showForm(user, PlanForm.of(plan.header(), plan.version()), plan, model);
    }

    @PostMapping("/{id}")
    String update(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") PlanForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                planDrafting.updateHeader(user, id, form.getVersion(), form.toHeader());
                Flash.success(redirect, "plan.saved");
                return "redirect:/plans/" + id + "/edit";
            } catch (ConflictException e) {
                // What the user typed stays; the plan as saved now is shown beside it, and the
                // form takes the new version so that saving again replaces it knowingly.
                result.reject("plan.error.conflict");
                PlanDetails current = planReader.details(user, id);
                model.addAttribute("savedForm", PlanForm.of(current.header(), current.version()));
                form.setVersion(current.version());
                return showForm(user, form, current, model);
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return showForm(user, form, planReader.details(user, id), model);
    }

    @PostMapping("/{id}/submit")
    String submit(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "plan.submitted", () -> planLifecycle.submit(user, id, version));
    }

    @PostMapping("/{id}/return")
    String returnToDraft(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                boolean done = planLifecycle.returnToDraft(user, id, form.getVersion(), form.getReason());
                Flash.success(redirect, done ? "plan.returned" : "plan.alreadyDone");
                return "redirect:/plans/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        PlanDetails plan = planReader.details(user, id);
        model.addAttribute("view", PlanPageView.of(plan, "content", null, null, null));
        return detailPage(user, plan, model);
    }

    @PostMapping("/{id}/close")
    String close(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "plan.closed", () -> planLifecycle.close(user, id, version));
    }

    @PostMapping("/{id}/amend")
    String amend(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            long next = planLifecycle.amend(user, id, version);
            Flash.success(redirect, "plan.amended");
            return "redirect:/plans/" + next + "/edit";
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/plans/" + id;
        }
    }

    /** Once per plan: a second click, or anyone of the node after the first, is taken to the copy that exists. */
    @PostMapping("/{id}/copy-forward")
    String copyForward(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        Optional<Long> existing = planReader.nextYearCopy(user, id);
        if (existing.isPresent()) {
            Flash.success(redirect, "plan.copyForwardExists");
            return "redirect:/plans/" + existing.get();
        }
        long next = planDrafting.copyForward(user, id);
        Flash.success(redirect, "plan.copiedForward");
        return "redirect:/plans/" + next + "/edit";
    }

    @PostMapping("/{id}/implement")
    String implement(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            long child = planDrafting.startImplementingPlan(user, id);
            Flash.success(redirect, "plan.implementingStarted");
            return "redirect:/plans/" + child + "/edit";
        } catch (DomainException e) {
            if ("plan.error.alreadyImplementing".equals(e.messageKey())) {
                // A second click, or a colleague of the unit was first: go to the unit's plan.
                Long own = planReader.details(user, id).implementations().stream()
                        .filter(i -> i.nodeId() == user.orgNodeId() && i.planId() != null)
                        .map(i -> i.planId()).findFirst().orElse(null);
                if (own != null) {
                    Flash.success(redirect, "plan.implementingExists");
                    return "redirect:/plans/" + own;
                }
            }
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/plans/" + id;
        }
    }

    private String transition(long id, RedirectAttributes redirect, String successKey, Supplier<Boolean> action) {
        try {
            boolean done = action.get();
            Flash.success(redirect, done ? successKey : "plan.alreadyDone");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/plans/" + id;
    }

    private String showForm(CurrentUser user, PlanForm form, PlanDetails plan, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("mayDelete", plan != null && removal.mayDelete(user, plan.id()));
        model.addAttribute("plan", plan);
        model.addAttribute("parentPlans", planListing.plansToImplement(user));
        model.addAttribute("kinds", List.of(ItemKind.values()));
        return "plan/form";
    }
}

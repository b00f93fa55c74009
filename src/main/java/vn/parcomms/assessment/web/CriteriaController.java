package vn.parcomms.assessment.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import vn.parcomms.assessment.CriteriaSetPage;
import vn.parcomms.assessment.Criterion;
import vn.parcomms.assessment.CriterionKind;
import vn.parcomms.assessment.ParIndexCriteriaService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * The province's PAR INDEX criteria per year (its ADMIN only; the service checks it): the set in
 * force with its history, a criterion's form, removing one, copying last year's set.
 */
@Controller
@RequestMapping("/rollups/par-index/rules")
class CriteriaController {

    /** Every parameter any kind reads, in the form's order. */
    static final List<String> PARAMETERS = parameters();

    private final ParIndexCriteriaService criteria;
    private final Clock clock;

    CriteriaController(ParIndexCriteriaService criteria, Clock clock) {
        this.criteria = criteria;
        this.clock = clock;
    }

    private static List<String> parameters() {
        Set<String> all = new LinkedHashSet<>();
        for (CriterionKind k : CriterionKind.values()) {
            all.addAll(k.parameters());
        }
        return List.copyOf(all);
    }

    @GetMapping
    String current(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Model model) {
        return page(user, year == null ? LocalDate.now(clock).getYear() : year, model);
    }

    @GetMapping("/{year}/edit")
    String page(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year, Model model) {
        model.addAttribute("page", criteria.page(user, year));
        model.addAttribute("year", year);
        return "assessment/rules";
    }

    @GetMapping("/{year}/criteria/new")
    String newCriterion(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) String parent, Model model) {
        CriteriaSetPage page = criteria.page(user, year);
        int next = page.set().criteria().stream().mapToInt(Criterion::position).max().orElse(0) + 1;
        return form(model, page, CriterionForm.empty(page.version(), parent == null || parent.isBlank() ? null : parent,
                next), null);
    }

    @PostMapping("/{year}/criteria")
    String add(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year,
            @Valid @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        // Ask the service first, so that whoever may not edit gets a 403, not the form.
        CriteriaSetPage page = criteria.page(user, year);
        if (result.hasErrors()) {
            return form(model, page, form, null);
        }
        try {
            criteria.add(user, year, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return form(model, criteria.page(user, year), form, null);
        }
        Flash.success(redirect, "parIndex.criteria.added", form.getCode().trim(), year);
        return "redirect:/rollups/par-index/rules/" + year + "/edit";
    }

    @GetMapping("/{year}/criteria/{code}/edit")
    String edit(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year, @PathVariable String code,
            Model model) {
        CriteriaSetPage page = criteria.page(user, year);
        Criterion c = find(page, code);
        return form(model, page, CriterionForm.of(c, parentCode(page, c), page.version()), c.code());
    }

    @PostMapping("/{year}/criteria/{code}")
    String update(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year, @PathVariable String code,
            @Valid @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        CriteriaSetPage page = criteria.page(user, year);
        find(page, code);
        if (result.hasErrors()) {
            return form(model, page, form, code);
        }
        try {
            criteria.update(user, year, form.getVersion(), code, form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return form(model, criteria.page(user, year), form, code);
        }
        Flash.success(redirect, "parIndex.criteria.saved", form.getCode().trim(), year);
        return "redirect:/rollups/par-index/rules/" + year + "/edit";
    }

    @PostMapping("/{year}/criteria/{code}/delete")
    String remove(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year, @PathVariable String code,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            criteria.remove(user, year, version, code);
            Flash.success(redirect, "parIndex.criteria.removed", code, year);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/rollups/par-index/rules/" + year + "/edit";
    }

    @PostMapping("/{year}/copy")
    String copy(CurrentUser user, @PathVariable @Min(2000) @Max(2100) int year,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            criteria.copyFromLastYear(user, year, version);
            Flash.success(redirect, "parIndex.criteria.copied", year - 1, year);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/rollups/par-index/rules/" + year + "/edit";
    }

    private String form(Model model, CriteriaSetPage page, CriterionForm form, String editing) {
        model.addAttribute("page", page);
        model.addAttribute("year", page.year());
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("kinds", CriterionKind.values());
        model.addAttribute("parameters", PARAMETERS);
        model.addAttribute("groups", page.set().topLevel().stream().filter(c -> c.kind() == CriterionKind.GROUP)
                .map(Criterion::code).filter(c -> !c.equals(editing)).toList());
        return "assessment/rule-form";
    }

    private static Criterion find(CriteriaSetPage page, String code) {
        return page.set().criteria().stream().filter(c -> c.code().equalsIgnoreCase(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("PAR INDEX criterion", code));
    }

    private static String parentCode(CriteriaSetPage page, Criterion c) {
        return c.parentId() == null ? null : page.set().find(c.parentId()).map(Criterion::code).orElse(null);
    }
}

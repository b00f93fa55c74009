package vn.parcomms.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.assessment.ParIndexService;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;

/** The PAR INDEX self-assessment page and the rules pages (ADMIN); access is checked by the services. */
@Controller
@RequestMapping("/rollups/par-index")
class ParIndexController {

    private final ParIndexService assessments;
    private final RollupService rollups;
    private final Clock clock;

    ParIndexController(ParIndexService assessments, RollupService rollups, Clock clock) {
        this.assessments = assessments;
        this.rollups = rollups;
        this.clock = clock;
    }

    @GetMapping
    String assessment(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) Integer year, Model model) {
        int chosenYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("index", assessments.assess(user, node, chosenYear));
        model.addAttribute("nodes", rollups.nodeChoices(user));
        model.addAttribute("year", chosenYear);
        return "assessment/par-index";
    }

    @GetMapping("/rules/{year}/edit")
    String editRule(CurrentUser user, @PathVariable int year, Model model) {
        model.addAttribute("form", ParIndexRuleForm.of(assessments.ruleToEdit(user, year), year));
        model.addAttribute("year", year);
        return "assessment/rule-form";
    }

    @PostMapping("/rules/{year}")
    String saveRule(CurrentUser user, @PathVariable int year, @Valid @ModelAttribute("form") ParIndexRuleForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("year", year);
        if (result.hasErrors()) {
            return "assessment/rule-form";
        }
        try {
            assessments.saveRule(user, year, form.getVersion(), form.toRule());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return "assessment/rule-form";
        }
        Flash.success(redirect, "parIndex.rules.saved", year);
        return "redirect:/rollups/par-index/rules";
    }

    @GetMapping("/rules")
    String rules(CurrentUser user, Model model) {
        model.addAttribute("rules", assessments.rules(user));
        model.addAttribute("year", LocalDate.now(clock).getYear());
        return "assessment/rules";
    }
}

package vn.parcomms.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.assessment.ParIndexService;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.security.CurrentUser;

/** The PAR INDEX self-assessment page and the rules page (read-only); access is checked by the services. */
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

    @GetMapping("/rules")
    String rules(CurrentUser user, Model model) {
        model.addAttribute("rules", assessments.rules(user));
        return "assessment/rules";
    }
}

package vn.parcomms.review.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.shared.security.CurrentUser;

/** The Home Affairs province view; access is checked by {@link ProvinceReviewService}. */
@Controller
class ProvinceReviewController {

    private final ProvinceReviewService reviews;

    ProvinceReviewController(ProvinceReviewService reviews) {
        this.reviews = reviews;
    }

    @GetMapping("/rollups/province")
    String province(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) ReportPeriod period, Model model) {
        model.addAttribute("review", reviews.review(user, year, period));
        model.addAttribute("periods", ReportPeriod.values());
        return "review/province";
    }
}

package vn.parcomms.review.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;
import vn.parcomms.shared.web.ReplicaPages;

/**
 * The Home Affairs province view, its XLSX/CSV exports (same filters as the page) and the agencies'
 * consolidated report deadlines; access is checked by {@link ProvinceReviewService} and
 * {@link ConsolidationDeadlineService}.
 */
@Controller
@ReplicaPages
@RequestMapping("/rollups/province")
class ProvinceReviewController {

    private final ProvinceReviewService reviews;
    private final ConsolidationDeadlineService deadlines;
    private final MessageSource messages;
    private final Clock clock;

    ProvinceReviewController(ProvinceReviewService reviews, ConsolidationDeadlineService deadlines,
            MessageSource messages, Clock clock) {
        this.reviews = reviews;
        this.deadlines = deadlines;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String province(CurrentUser user, @RequestParam(required = false) Long province,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @RequestParam(required = false) ReportPeriod period,
            Model model) {
        model.addAttribute("review", reviews.review(user, province, year, period));
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("tableNames", ProvinceReviewTable.NAMES);
        model.addAttribute("workingDays", ConsolidationDeadlineService.DEFAULT_WORKING_DAYS_AFTER_CUT_OFF);
        return "review/province";
    }

    // The province view's exports are written straight to the response (issue 15): a workbook of
    // every agency of a merged province is streamed, never held whole in memory.
    @GetMapping("/export.xlsx")
    void xlsx(CurrentUser user, @RequestParam(required = false) Long province,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @RequestParam(required = false) ReportPeriod period,
            Locale locale, HttpServletResponse response) throws IOException {
        ProvinceReview review = reviews.review(user, province, year, period);
        TableExports.xlsxTo(response, ProvinceReviewTable.all(review, messages, locale),
                TableExports.fileName("province", review.provinceName(), review.year(), review.period().name(),
                        ".xlsx"));
    }

    @GetMapping("/export.csv")
    void csv(CurrentUser user, @RequestParam(required = false) Long province,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @RequestParam(required = false) ReportPeriod period,
            @RequestParam(defaultValue = "agencies") String table, Locale locale, HttpServletResponse response)
            throws IOException {
        ProvinceReview review = reviews.review(user, province, year, period);
        if (!ProvinceReviewTable.NAMES.contains(table)) {
            throw new NotFoundException("province view table", table);
        }
        TableExports.csvTo(response, ProvinceReviewTable.of(table, review, messages, locale),
                TableExports.fileName("province", review.provinceName(), review.year(),
                        review.period().name() + "-" + table, ".csv"));
    }

    @GetMapping("/deadlines")
    String deadlines(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return deadlinesPage(user, shown, null, model);
    }

    @PostMapping("/deadlines")
    String setDeadline(CurrentUser user, @Valid @ModelAttribute("form") ConsolidationDeadlineForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getPeriod() == null || result.hasFieldErrors("period") || result.hasFieldErrors("year")) {
            throw new NotFoundException("consolidation deadline period", form.getPeriod());
        }
        if (form.unreadable()) {
            result.rejectValue("deadline", "form.date.invalid");
        }
        if (result.hasErrors()) {
            return deadlinesPage(user, form.getYear(), form, model);
        }
        try {
            deadlines.setDeadline(user, form.getYear(), form.getPeriod(), form.date(), form.getVersion());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return deadlinesPage(user, form.getYear(), form, model);
        }
        Flash.success(redirect, "consolidation.deadline.saved");
        return "redirect:/rollups/province/deadlines?year=" + form.getYear();
    }

    /** The page; {@code failed} is the card the user saved with a refused date, shown as typed. */
    private String deadlinesPage(CurrentUser user, int year, ConsolidationDeadlineForm failed, Model model) {
        model.addAttribute("deadlines", deadlines.deadlines(user, year));
        model.addAttribute("year", year);
        model.addAttribute("failed", failed == null ? null : failed.getPeriod());
        if (failed == null) {
            model.addAttribute("form", new ConsolidationDeadlineForm());
        }
        model.addAttribute("workingDays", ConsolidationDeadlineService.DEFAULT_WORKING_DAYS_AFTER_CUT_OFF);
        return "review/deadlines";
    }
}

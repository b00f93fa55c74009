package vn.parcomms.report.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.parcomms.report.FollowUpStatus;
import vn.parcomms.report.PlanChoice;
import vn.parcomms.report.ReportDeadlines;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDraftRemoval;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportIncompleteException;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportListing;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportToDos;
import vn.parcomms.report.ReportToDos.PendingWork;
import vn.parcomms.report.StoredFile;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DisplayFormat;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * Unit reports: a unit's list and form, the office's follow-up page, the transitions and the
 * evidence downloads. Every check is made by the report services.
 */
@Controller
@RequestMapping("/reports")
class ReportController {

    private final ReportListing reportListing;
    private final ReportDetailsReader reportReader;
    private final ReportDrafting reportDrafting;
    private final ReportLifecycle reportLifecycle;
    private final ReportDeadlines reportDeadlines;
    private final vn.parcomms.report.PeriodExpectations expectations;
    private final Clock clock;
    private final ReportDraftRemoval removal;
    private final ReportToDos reportToDos;

    ReportController(ReportListing reportListing, ReportDetailsReader reportReader, ReportDrafting reportDrafting,
            ReportLifecycle reportLifecycle, ReportDeadlines reportDeadlines, Clock clock, ReportDraftRemoval removal,
            ReportToDos reportToDos, vn.parcomms.report.PeriodExpectations expectations) {
        this.expectations = expectations;
        this.removal = removal;
        this.reportToDos = reportToDos;
        this.reportListing = reportListing;
        this.reportReader = reportReader;
        this.reportDrafting = reportDrafting;
        this.reportLifecycle = reportLifecycle;
        this.reportDeadlines = reportDeadlines;
        this.clock = clock;
    }

    @ModelAttribute("activityStatuses")
    vn.parcomms.report.ActivityStatus[] activityStatuses() {
        return vn.parcomms.report.ActivityStatus.values();
    }

    @ModelAttribute("zone")
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** A unit's own reports, or the follow-up page for those who follow reports up. */
    @GetMapping
    String list(CurrentUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) ReportPeriod period, @RequestParam(required = false) FollowUpStatus status,
            @RequestParam(required = false) String q, Model model) {
        if (user.is(Role.UNIT)) {
            model.addAttribute("rows", reportListing.myReports(user));
            return "report/list";
        }
        if (!ReportListing.followsUp(user)) {
            throw new ForbiddenException(user.username() + " has no reports");
        }
        List<PlanChoice> plans = reportListing.followUpPlans(user);
        model.addAttribute("plans", plans);
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("statuses", FollowUpStatus.values());
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        // With no plan or period asked for, the page opens where the user's work waits (issue 14).
        Optional<PendingWork> pending = plan != null && period != null ? Optional.empty()
                : reportToDos.pendingWork(user);
        PlanChoice chosen = plan == null ? PendingWork.planOf(pending, plans, PlanChoice::id)
                : plans.stream().filter(p -> p.id() == plan).findFirst().orElse(null);
        if (chosen != null) {
            ReportPeriod shown = period != null ? period
                    : PendingWork.periodOf(pending, chosen.id(), currentPeriod(chosen.year()));
            model.addAttribute("plan", chosen);
            model.addAttribute("period", shown);
            model.addAttribute("followUp", reportListing.followUp(user, chosen.id(), shown, status, q));
        }
        return "report/followup";
    }

    /** The latest period whose data window has begun: the one being reported on now. */
    private ReportPeriod currentPeriod(int year) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod result = ReportPeriod.Q1;
        for (ReportPeriod p : ReportPeriod.values()) {
            if (!today.isBefore(p.incrementStart(year).plusMonths(3))) {
                result = p;
            }
        }
        return result;
    }

    /** Opens (creating if needed) the unit's report for a plan and period. */
    @PostMapping
    String open(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period,
            RedirectAttributes redirect) {
        try {
            long id = reportDrafting.open(user, plan, period);
            return "redirect:/reports/" + id + "/edit";
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/reports";
        }
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        ReportDetails report = reportReader.details(user, id);
        model.addAttribute("report", report);
        model.addAttribute("mayDelete", report.can().edit() && removal.mayDelete(user, id));
        return "report/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        ReportDetails report = reportReader.details(user, id);
        if (!report.can().edit()) {
            return "redirect:/reports/" + id;
        }
        model.addAttribute("report", report);
        model.addAttribute("form", ReportForm.of(report));
        model.addAttribute("mayDelete", removal.mayDelete(user, id));
        return "report/form";
    }

    /**
     * Saves the form; with "submitReport" it then submits. A broken rule or a clash with another
     * editor re-renders the form with everything the user typed (files must be chosen again).
     */
    @PostMapping("/{id}")
    String save(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result, @RequestParam(required = false) Long deleteFile,
            @RequestParam(required = false) String submitReport, Model model,
            jakarta.servlet.http.HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        form.checkFigures(result, ReportDrafting.MAX_FIGURE);
        if (result.hasErrors()) {
            result.reject("report.error.fix");
            return showForm(user, id, model);
        }
        long version;
        try {
            List<Long> deletions = new ArrayList<>();
            if (deleteFile != null) {
                deletions.add(deleteFile);
            }
            version = reportDrafting.save(user, id, form.getVersion(), form.toCommand(deletions));
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return showForm(user, id, model);
        } catch (ConflictException | org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            result.reject("report.error.conflict");
            response.setStatus(409);
            // The report as saved now beside what the user typed; saving again replaces it knowingly.
            ReportDetails current = reportReader.details(user, id);
            model.addAttribute("savedForm", ReportForm.of(current));
            form.setVersion(current.version());
            return showForm(user, id, model);
        }
        if (submitReport == null) {
            Flash.success(redirect, deleteFile != null ? "report.fileDeleted" : "report.saved");
            return "redirect:/reports/" + id + "/edit";
        }
        if (!form.isConfirmFigures() && form.flagLargeFigures(result, reportReader.details(user, id))) {
            // The draft is saved; a figure far above its target is sent upward only once confirmed.
            form.setVersion(version);
            result.reject("report.warning.confirmFigures");
            model.addAttribute("askFigureConfirmation", true);
            return showForm(user, id, model);
        }
        try {
            reportLifecycle.submit(user, id, version);
        } catch (ReportIncompleteException e) {
            // The draft is saved; every gap is shown at once, beside its field and at the top.
            form.setVersion(version);
            form.rejectGaps(result, e);
            return showForm(user, id, model);
        } catch (DomainException e) {
            // The draft is saved; only the submission was refused.
            form.setVersion(version);
            FormErrors.reject(result, e);
            return showForm(user, id, model);
        }
        Flash.success(redirect, "report.submitted");
        return "redirect:/reports/" + id;
    }

    private String showForm(CurrentUser user, long id, Model model) {
        model.addAttribute("report", reportReader.details(user, id));
        model.addAttribute("mayDelete", removal.mayDelete(user, id));
        return "report/form";
    }

    @PostMapping("/{id}/submit")
    String submit(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            boolean done = reportLifecycle.submit(user, id, version);
            Flash.success(redirect, done ? "report.submitted" : "report.alreadyDone");
            return "redirect:/reports/" + id;
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/reports/" + id + "/edit";
        }
    }

    @PostMapping("/{id}/accept")
    String accept(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            boolean done = reportLifecycle.accept(user, id, version);
            Flash.success(redirect, done ? "report.accepted" : "report.alreadyDone");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/reports/" + id;
    }

    @PostMapping("/{id}/return")
    String returnForRevision(CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            boolean done = reportLifecycle.returnForRevision(user, id, version, reason);
            Flash.success(redirect, done ? "report.returned" : "report.alreadyDone");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/reports/" + id;
    }

    /** Evidence download: only through here, for users who may read the report; always as an attachment. */
    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        StoredFile file = reportReader.file(user, id, fileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/deadlines")
    String deadlines(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("periods", reportDeadlines.deadlines(user, shown));
        return "report/deadlines";
    }

    @PostMapping("/deadlines")
    String setDeadline(CurrentUser user, @RequestParam @Min(2000) @Max(2100) int year, @RequestParam ReportPeriod period,
            @RequestParam(required = false) String deadline, RedirectAttributes redirect, Model model) {
        try {
            LocalDate date = DisplayFormat.parseDate(deadline).orElse(null);
            if (date == null && deadline != null && !deadline.isBlank()) {
                throw DomainException.onField("deadline", "form.date.invalid");
            }
            reportDeadlines.setDeadline(user, year, period, date);
        } catch (DomainException e) {
            // The refused date stays in its card as typed, with the reason beside it.
            model.addAttribute("year", year);
            model.addAttribute("periods", reportDeadlines.deadlines(user, year));
            model.addAttribute("failed", period);
            model.addAttribute("typed", deadline);
            model.addAttribute("errorKey", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            return "report/deadlines";
        }
        Flash.success(redirect, "report.deadline.saved");
        return "redirect:/reports/deadlines?year=" + year;
    }

    /**
     * The office decides whether a period due before the plan was issued is expected (ADR 0032):
     * back on the follow-up page, with the refused date and the reason beside the field.
     */
    @PostMapping("/period-decision")
    String decidePeriod(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period,
            @RequestParam(required = false) Boolean expected, @RequestParam(required = false) String deadline,
            RedirectAttributes redirect) {
        // No fragment: Spring matches the flash to the target's parameters, and "Q1#…" is not "Q1".
        String back = "redirect:/reports?plan=" + plan + "&period=" + period;
        try {
            if (expected == null) {
                throw DomainException.onField("expected", "report.decision.choose");
            }
            LocalDate date = DisplayFormat.parseDate(deadline).orElse(null);
            if (expected && date == null && deadline != null && !deadline.isBlank()) {
                throw DomainException.onField("deadline", "form.date.invalid");
            }
            expectations.decide(user, plan, period, expected, expected ? date : null);
        } catch (DomainException e) {
            redirect.addFlashAttribute("decisionField", e.field());
            redirect.addFlashAttribute("decisionErrorKey", e.messageKey());
            redirect.addFlashAttribute("decisionErrorArgs", e.arguments());
            redirect.addFlashAttribute("decisionTyped", deadline);
            redirect.addFlashAttribute("decisionExpected", expected);
            return back;
        }
        Flash.success(redirect, expected ? "report.decision.savedExpected" : "report.decision.savedNotExpected");
        return back;
    }
}

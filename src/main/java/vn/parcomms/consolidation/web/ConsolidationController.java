package vn.parcomms.consolidation.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.parcomms.consolidation.ConsolidationDeadlineService;
import vn.parcomms.consolidation.ConsolidationDetails;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.consolidation.OutgoingNumber;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/** Consolidated reports: list, drafting, the office's texts, the transitions and the exports. */
@Controller
@RequestMapping("/consolidations")
class ConsolidationController {

    private final ConsolidationService consolidations;
    private final ConsolidationDocuments documents;
    private final DocumentService renderer;
    private final ConsolidationDeadlineService deadlines;

    ConsolidationController(ConsolidationService consolidations, ConsolidationDocuments documents,
            DocumentService renderer, ConsolidationDeadlineService deadlines) {
        this.consolidations = consolidations;
        this.documents = documents;
        this.renderer = renderer;
        this.deadlines = deadlines;
    }

    @GetMapping
    String list(CurrentUser user, Model model) {
        model.addAttribute("rows", consolidations.list(user));
        model.addAttribute("predecessorsSent", consolidations.predecessorsSent(user));
        return "consolidation/list";
    }

    @GetMapping("/new")
    String newForm(CurrentUser user, @RequestParam(required = false) Long plan,
            @RequestParam(required = false) ReportPeriod period, Model model) {
        model.addAttribute("plans", consolidations.planChoices(user));
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("plan", plan);
        model.addAttribute("period", period);
        return "consolidation/new";
    }

    @PostMapping
    String open(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period,
            RedirectAttributes redirect) {
        try {
            long id = consolidations.open(user, plan, period);
            return "redirect:/consolidations/" + id;
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/consolidations/new";
        }
    }

    @GetMapping("/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        ConsolidationDetails report = consolidations.details(user, id);
        model.addAttribute("report", report);
        // An agency's report goes to Home Affairs: show its deadline and timeliness to those who
        // may see them (the agency's own users and the province's reviewers).
        if (deadlines.isAgency(report.nodeId()) && (user.is(Role.REVIEWER) || user.orgNodeId() == report.nodeId())) {
            deadlines.agencyTimeliness(user, report.nodeId(), report.year()).stream()
                    .filter(t -> t.period() == report.period()).findFirst()
                    .ifPresent(t -> model.addAttribute("timeliness", t));
        }
        return "consolidation/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentUser user, @PathVariable long id, Model model) {
        ConsolidationDetails report = consolidations.details(user, id);
        if (!report.can().edit()) {
            return "redirect:/consolidations/" + id;
        }
        model.addAttribute("report", report);
        model.addAttribute("form", ConsolidationForm.of(report));
        return "consolidation/form";
    }

    /** Saves the texts; a clash with another editor shows the form again with what the user typed. */
    @PostMapping("/{id}")
    String save(CurrentUser user, @PathVariable long id, @Valid @ModelAttribute("form") ConsolidationForm form,
            BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("report", consolidations.details(user, id));
            return "consolidation/form";
        }
        try {
            consolidations.save(user, id, form.getVersion(), form.toCommand());
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            model.addAttribute("report", consolidations.details(user, id));
            return "consolidation/form";
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            result.reject("consolidation.error.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ConsolidationDetails current = consolidations.details(user, id);
            model.addAttribute("report", current);
            model.addAttribute("savedForm", ConsolidationForm.of(current));
            form.setVersion(current.version());
            return "consolidation/form";
        }
        Flash.success(redirect, "consolidation.saved");
        return "redirect:/consolidations/" + id;
    }

    @PostMapping("/{id}/refresh")
    String refresh(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "consolidation.refreshed",
                () -> consolidations.refreshFigures(user, id, version));
    }

    @PostMapping("/{id}/submit")
    String submit(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "consolidation.submitted", () -> consolidations.submit(user, id, version));
    }

    @PostMapping("/{id}/approve")
    String approve(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "consolidation.approved", () -> consolidations.approve(user, id, version));
    }

    /**
     * Sends the approved report: when not every unit's report is accepted the office confirms it
     * ({@code confirmIncomplete}); {@code noteCoverage} writes the count of units into the document.
     */
    @PostMapping("/{id}/send")
    String send(CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean confirmIncomplete,
            @RequestParam(defaultValue = "false") boolean noteCoverage,
            @RequestParam(defaultValue = "none") String numbering, @RequestParam(required = false) String docNumber,
            @RequestParam(required = false) String docSymbol, @RequestParam(required = false) String issuedOn,
            RedirectAttributes redirect) {
        SendForm typed = new SendForm(numbering, docNumber, docSymbol, issuedOn);
        try {
            OutgoingNumber number = typed.number();
            consolidations.send(user, id, version, confirmIncomplete, noteCoverage, number);
            Flash.success(redirect, "consolidation.sent");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            // What was typed comes back into the form with the message.
            redirect.addFlashAttribute("sendForm", typed);
        }
        return "redirect:/consolidations/" + id;
    }

    /** Starts a correction of a sent report (a new version); the sent one stays as it was sent. */
    @PostMapping("/{id}/correct")
    String correct(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            long next = consolidations.correct(user, id, version);
            Flash.success(redirect, "consolidation.corrected");
            return "redirect:/consolidations/" + next;
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/consolidations/" + id;
        }
    }

    @PostMapping("/{id}/accept")
    String accept(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return transition(id, redirect, "consolidation.accepted", () -> consolidations.accept(user, id, version));
    }

    @PostMapping("/{id}/return")
    String returnForRevision(CurrentUser user, @PathVariable long id, @RequestParam long version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return transition(id, redirect, "consolidation.returned",
                () -> consolidations.returnForRevision(user, id, version, reason));
    }

    /** A refused transition (wrong state, missing reason) comes back as a flash message on the page. */
    private static String transition(long id, RedirectAttributes redirect, String successKey, Runnable action) {
        try {
            action.run();
            Flash.success(redirect, successKey);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:/consolidations/" + id;
    }

    @GetMapping("/{id}/export.docx")
    ResponseEntity<byte[]> docx(CurrentUser user, @PathVariable long id) {
        ConsolidationDetails report = consolidations.details(user, id);
        OfficialDocument document = documents.of(report);
        return download(renderer.docx(document), documents.fileName(report, "docx"),
                DocumentService.DOCX_CONTENT_TYPE);
    }

    @GetMapping("/{id}/export.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        ConsolidationDetails report = consolidations.details(user, id);
        OfficialDocument document = documents.of(report);
        return download(renderer.pdf(document), documents.fileName(report, "pdf"), DocumentService.PDF_CONTENT_TYPE);
    }

    private static ResponseEntity<byte[]> download(byte[] body, String fileName, String contentType) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .contentType(MediaType.parseMediaType(contentType))
                .body(body);
    }
}

package vn.parcomms.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.assessment.ParIndexOverviewService;
import vn.parcomms.assessment.ProvinceOverview;
import vn.parcomms.assessment.SelfAssessmentExports;
import vn.parcomms.assessment.SelfAssessmentLifecycle;
import vn.parcomms.assessment.SelfAssessmentService;
import vn.parcomms.assessment.internal.SheetTables;
import vn.parcomms.document.DocumentFile;
import vn.parcomms.document.DocumentService;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * The node's self-assessment and appraisal ({@code /rollups/par-index/self}) and the province
 * overview ({@code /rollups/par-index/overview}); who may do what is checked by the services.
 */
@Controller
@RequestMapping("/rollups/par-index")
class SelfAssessmentController {

    private static final String SELF = "/rollups/par-index/self";

    private final SelfAssessmentService sheets;
    private final SelfAssessmentLifecycle lifecycle;
    private final SelfAssessmentExports exports;
    private final ParIndexOverviewService overviews;
    private final RollupService rollups;
    private final MessageSource messages;
    private final Clock clock;

    SelfAssessmentController(SelfAssessmentService sheets, SelfAssessmentLifecycle lifecycle,
            SelfAssessmentExports exports, ParIndexOverviewService overviews, RollupService rollups, MessageSource messages, Clock clock) {
        this.sheets = sheets;
        this.lifecycle = lifecycle;
        this.exports = exports;
        this.overviews = overviews;
        this.rollups = rollups;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/self")
    String sheet(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Model model) {
        AssessmentSheet sheet = sheets.sheet(user, node == null ? user.orgNodeId() : node, yearOr(year));
        model.addAttribute("form", SelfAssessmentForm.of(sheet));
        model.addAttribute("appraisal", AppraisalForm.of(sheet));
        return show(user, sheet, model);
    }

    private String show(CurrentUser user, AssessmentSheet sheet, Model model) {
        model.addAttribute("sheet", sheet);
        java.util.Map<String, AssessmentSheet.Row> byCode = new java.util.HashMap<>();
        sheet.rows().forEach(r -> byCode.put(r.code(), r));
        model.addAttribute("rowsByCode", byCode);
        model.addAttribute("nodes", rollups.nodeChoices(user));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SelfAssessmentForm.of(sheet));
        }
        if (!model.containsAttribute("appraisal")) {
            model.addAttribute("appraisal", AppraisalForm.of(sheet));
        }
        return "assessment/self";
    }

    /**
     * Saves the office's self-score. A broken rule re-renders the form with what was typed (files
     * to be chosen again); a clash with another editor too, with status 409 and the conflict message.
     */
    @PostMapping("/self")
    String save(CurrentUser user, @RequestParam long node, @RequestParam @Min(2000) @Max(2100) int year,
            @ModelAttribute("form") SelfAssessmentForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        form.checkPoints(result);
        if (!result.hasErrors()) {
            try {
                sheets.save(user, node, year, form.getVersion(), form.toCommand());
                Flash.success(redirect, "selfAssessment.flash.saved");
                return "redirect:" + SELF + "?node=" + node + "&year=" + year;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
                result.reject("selfAssessment.error.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return show(user, sheets.sheet(user, node, year), model);
    }

    @PostMapping("/self/submit")
    String submit(CurrentUser user, @RequestParam long node, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam long version, RedirectAttributes redirect) {
        try {
            lifecycle.submit(user, node, year, version);
            Flash.success(redirect, "selfAssessment.flash.submitted");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + SELF + "?node=" + node + "&year=" + year;
    }

    @PostMapping("/self/return")
    String returnForRevision(CurrentUser user, @RequestParam long node, @RequestParam @Min(2000) @Max(2100) int year,
            @RequestParam long version, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            lifecycle.returnForRevision(user, node, year, version, reason);
            Flash.success(redirect, "selfAssessment.flash.returned");
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
        }
        return "redirect:" + SELF + "?node=" + node + "&year=" + year;
    }

    @PostMapping("/self/appraise")
    String appraise(CurrentUser user, @RequestParam long node, @RequestParam @Min(2000) @Max(2100) int year,
            @ModelAttribute("appraisal") AppraisalForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        form.checkPoints(result);
        if (!result.hasErrors()) {
            try {
                lifecycle.appraise(user, node, year, form.getVersion(), form.toCommand());
                Flash.success(redirect, "selfAssessment.flash.appraised");
                return "redirect:" + SELF + "?node=" + node + "&year=" + year;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
                result.reject("selfAssessment.error.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return show(user, sheets.sheet(user, node, year), model);
    }

    /** Evidence download, for whoever may read the self-assessment; always as an attachment. */
    @GetMapping("/self/files/{fileId}")
    ResponseEntity<byte[]> file(CurrentUser user, @PathVariable long fileId) {
        SelfAssessmentService.EvidenceFile file = sheets.file(user, fileId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.content());
    }

    @GetMapping("/self/export.xlsx")
    ResponseEntity<byte[]> sheetXlsx(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Locale locale) {
        AssessmentSheet sheet = sheets.sheet(user, node == null ? user.orgNodeId() : node, yearOr(year));
        return TableExports.xlsxDownload(List.of(SheetTables.sheet(sheet, base(), messages, locale),
                SheetTables.history(sheet, messages, locale)),
                TableExports.fileName("par-index-self", sheet.nodeName(), sheet.year(), ".xlsx"));
    }

    /** The sheet as the node's official PDF (Vietnamese), with the same parameters and access as the XLSX. */
    @GetMapping("/self/export.pdf")
    ResponseEntity<byte[]> sheetPdf(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year) {
        DocumentFile pdf = exports.pdf(user, node == null ? user.orgNodeId() : node, yearOr(year));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(pdf.fileName()).build().toString())
                .contentType(MediaType.parseMediaType(DocumentService.PDF_CONTENT_TYPE))
                .body(pdf.content());
    }

    @GetMapping("/overview")
    String overview(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            Model model) {
        ProvinceOverview overview = overviews.overview(user, yearOr(year));
        model.addAttribute("overview", overview);
        model.addAttribute("chart", OverviewChart.of(overview));
        model.addAttribute("year", overview.year());
        return "assessment/overview";
    }

    @GetMapping("/overview/export.xlsx")
    ResponseEntity<byte[]> overviewXlsx(CurrentUser user,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Locale locale) {
        ProvinceOverview overview = overviews.overview(user, yearOr(year));
        return TableExports.xlsxDownload(List.of(SelfAssessmentTable.overview(overview, messages, locale)),
                "par-index-overview-" + overview.year() + ".xlsx");
    }

    private int yearOr(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}

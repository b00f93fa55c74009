package vn.parcomms.assessment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.parcomms.assessment.ParIndex;
import vn.parcomms.assessment.EvidencePackDownload;
import vn.parcomms.assessment.ParIndexEvidenceService;
import vn.parcomms.assessment.ParIndexService;
import vn.parcomms.assessment.internal.SheetTables;
import vn.parcomms.rollup.LineageNotes;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.ReplicaPages;

/**
 * The PAR INDEX self-assessment page, its exports (same filters, node and year, and the same
 * access as the page); access is checked by the services.
 */
@Controller
@ReplicaPages
@RequestMapping("/rollups/par-index")
class ParIndexController {

    private final ParIndexService assessments;
    private final vn.parcomms.assessment.SelfAssessmentService selfAssessments;
    private final ParIndexEvidenceService evidence;
    private final RollupService rollups;
    private final MessageSource messages;
    private final Clock clock;

    ParIndexController(ParIndexService assessments, vn.parcomms.assessment.SelfAssessmentService selfAssessments,
            ParIndexEvidenceService evidence, RollupService rollups, MessageSource messages, Clock clock) {
        this.assessments = assessments;
        this.selfAssessments = selfAssessments;
        this.evidence = evidence;
        this.rollups = rollups;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String assessment(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Locale locale, Model model) {
        int chosenYear = yearOr(year);
        ParIndex index = assessments.assess(user, node, chosenYear);
        model.addAttribute("index", index);
        model.addAttribute("lineageNotes", LineageNotes.notes(index.included(), messages, locale));
        model.addAttribute("nodes", rollups.nodeChoices(user));
        model.addAttribute("year", chosenYear);
        model.addAttribute("tableNames", ParIndexTable.NAMES);
        return "assessment/par-index";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Locale locale) {
        ParIndex index = assessments.assess(user, node, yearOr(year));
        // The self-score and appraisal beside the computed points: both columns and the difference.
        java.util.List<vn.parcomms.shared.export.ExportTable> tables = new java.util.ArrayList<>(
                ParIndexTable.all(index, base(), messages, locale));
        tables.add(SheetTables.sheet(selfAssessments.sheet(user, index.nodeId(), index.year()), base(),
                messages, locale));
        return TableExports.xlsxDownload(tables,
                TableExports.fileName("par-index", index.nodeName(), index.year(), ".xlsx"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @RequestParam(defaultValue = "summary") String table,
            Locale locale) {
        // Access first, as on the page: a user who may not see the node learns nothing from the table name.
        ParIndex index = assessments.assess(user, node, yearOr(year));
        if (!ParIndexTable.NAMES.contains(table)) {
            throw new NotFoundException("PAR INDEX table", table);
        }
        return TableExports.csvDownload(ParIndexTable.of(table, index, base(), messages, locale),
                TableExports.fileName("par-index", index.nodeName(), index.year(), table, ".csv"));
    }

    /**
     * The evidence pack of the node and year, streamed: access and the documents are settled before
     * the first byte, then each document is rendered into the ZIP in turn.
     */
    @GetMapping("/{nodeId}/{year}/evidence.zip")
    void evidencePack(CurrentUser user, @PathVariable long nodeId, @PathVariable @Min(2000) @Max(2100) int year,
            Locale locale, HttpServletResponse response) throws IOException {
        EvidencePackDownload pack = evidence.pack(user, nodeId, year, base(), locale);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(pack.fileName()).build().toString());
        pack.writeTo(response.getOutputStream());
        response.flushBuffer();
    }

    private int yearOr(Integer year) {
        return year == null ? LocalDate.now(clock).getYear() : year;
    }

    /** The app's address as this request reached it, for links that must open from a spreadsheet. */
    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}

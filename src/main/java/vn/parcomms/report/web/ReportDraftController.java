package vn.parcomms.report.web;

import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.report.AttachedFile;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDraftRemoval;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.BackgroundSaves;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * What keeps a unit's typing (ADR 0027): the form's background save, evidence files sent one per
 * request, and deleting a draft opened by mistake. The checks are the report services' own, the
 * same as for the form's save.
 */
@Controller
@RequestMapping("/reports/{id}")
class ReportDraftController {

    private final ReportDrafting reportDrafting;
    private final ReportDetailsReader reportReader;
    private final ReportDraftRemoval removal;
    private final BackgroundSaves answers;

    ReportDraftController(ReportDrafting reportDrafting, ReportDetailsReader reportReader, ReportDraftRemoval removal,
            BackgroundSaves answers) {
        this.reportDrafting = reportDrafting;
        this.reportReader = reportReader;
        this.removal = removal;
        this.answers = answers;
    }

    /** The form as typed so far, saved as the draft (files are not part of it). */
    @PostMapping(value = "/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> saveDraft(CurrentUser user, @PathVariable long id,
            @Valid @ModelAttribute("form") ReportForm form, BindingResult result, Locale locale) throws IOException {
        form.checkFigures(result, ReportDrafting.MAX_FIGURE);
        if (result.hasErrors()) {
            return answers.refused(result, locale);
        }
        form.getEntries().forEach(e -> e.setFiles(List.of()));
        try {
            return answers.saved(reportDrafting.save(user, id, form.getVersion(), form.toCommand(List.of())), locale);
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            return answers.conflict(locale);
        } catch (DomainException e) {
            FormErrors.reject(result, e);
            return answers.refused(result, locale);
        }
    }

    /** One evidence file for one activity; the page sends several one after the other. */
    @PostMapping(value = "/files", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<Map<String, Object>> attach(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) UUID activityKey, @RequestParam(required = false) MultipartFile file,
            Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return answers.refused("report.error.fileMissing", null, locale);
        }
        try {
            AttachedFile attached = reportDrafting.attach(user, id, activityKey, file.getOriginalFilename(),
                    file.getBytes());
            return ResponseEntity.ok(Map.of("id", attached.id(), "fileName", attached.fileName(),
                    "url", "/reports/" + id + "/files/" + attached.id()));
        } catch (DomainException e) {
            return answers.refused(e.messageKey(), e.arguments(), locale);
        }
    }

    @GetMapping("/delete")
    String confirmDelete(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        try {
            removal.requireDeletable(user, id);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/reports/" + id;
        }
        model.addAttribute("report", reportReader.details(user, id));
        return "report/delete";
    }

    @PostMapping("/delete")
    String delete(CurrentUser user, @PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            removal.delete(user, id, version);
        } catch (DomainException e) {
            Flash.error(redirect, e.messageKey(), e.arguments());
            return "redirect:/reports/" + id;
        }
        Flash.success(redirect, "report.deleted");
        return "redirect:/reports";
    }
}

package vn.parcomms.plan.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.document.DocumentService;
import vn.parcomms.plan.ImportedSection;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanImportPreview;
import vn.parcomms.plan.PlanImports;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.VietnameseNumbering;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.web.FormErrors;

/**
 * A draft plan from a Word file (issue 12, point 4): upload, review what was recognised with the
 * header on a form to correct, confirm. The uploaded file waits in the session between the review
 * and the confirmation (one per session, replaced by the next upload, dropped on confirmation or
 * cancel); the review's corrections travel in the form, so a refused confirmation shows them again.
 */
@Controller
@RequestMapping("/plans/import")
class PlanImportController {

    static final String PENDING = "planimport.pending";

    private final PlanImports imports;
    private final PlanListing planListing;
    private final Clock clock;

    PlanImportController(PlanImports imports, PlanListing planListing, Clock clock) {
        this.imports = imports;
        this.planListing = planListing;
        this.clock = clock;
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        imports.requireImporter(user);
        return showUpload(model);
    }

    @PostMapping
    String upload(CurrentUser user, @RequestParam(required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        imports.requireImporter(user);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return uploadError(model, new DomainException("plan.import.error.noFile"));
        }
        if (file.getSize() > DocumentService.maxRecognisedBytes()) {
            return uploadError(model, new DomainException("document.import.error.tooLarge",
                    DocumentService.maxRecognisedBytes() / (1024 * 1024)));
        }
        byte[] bytes = file.getBytes();
        try {
            imports.preview(user, bytes);
        } catch (DomainException e) {
            return uploadError(model, e);
        }
        session.setAttribute(PENDING, bytes);
        return "redirect:/plans/import/review";
    }

    @GetMapping("/review")
    String review(CurrentUser user, HttpSession session, Model model, RedirectAttributes redirect) {
        imports.requireImporter(user);
        byte[] pending = pending(session);
        if (pending == null) {
            Flash.error(redirect, "plan.import.error.nothingPending");
            return "redirect:/plans/import";
        }
        PlanImportPreview preview = imports.preview(user, pending);
        PlanForm form = PlanForm.of(preview.header(), 0);
        if (form.getYear() == null || form.getYear() == 0) {
            form.setYear(LocalDate.now(clock).getYear());
        }
        return showReview(user, preview, form, model);
    }

    @PostMapping("/confirm")
    String confirm(CurrentUser user, @Valid @ModelAttribute("form") PlanForm form, BindingResult result,
            HttpSession session, Model model, RedirectAttributes redirect) {
        imports.requireImporter(user);
        byte[] pending = pending(session);
        if (pending == null) {
            Flash.error(redirect, "plan.import.error.nothingPending");
            return "redirect:/plans/import";
        }
        if (!result.hasErrors()) {
            try {
                PlanHeader header = form.toHeader();
                long id = imports.create(user, pending, header);
                session.removeAttribute(PENDING);
                Flash.success(redirect, "plan.import.created");
                return "redirect:/plans/" + id;
            } catch (DomainException e) {
                FormErrors.reject(result, e);
            }
        }
        return showReview(user, imports.preview(user, pending), form, model);
    }

    @PostMapping("/cancel")
    String cancel(CurrentUser user, HttpSession session, RedirectAttributes redirect) {
        imports.requireImporter(user);
        session.removeAttribute(PENDING);
        return "redirect:/plans";
    }

    private String showReview(CurrentUser user, PlanImportPreview preview, PlanForm form, Model model) {
        model.addAttribute("preview", preview);
        model.addAttribute("rows", rows(preview));
        model.addAttribute("form", form);
        model.addAttribute("parentPlans", planListing.plansToImplement(user));
        return "plan/import-review";
    }

    /** A section of the review's outline with the number and item markers it will print with. */
    record Row(String number, ImportedSection section, List<String> markers) {
    }

    private static List<Row> rows(PlanImportPreview preview) {
        List<Row> rows = new ArrayList<>();
        int section = 0;
        int sub = 0;
        for (ImportedSection s : preview.outline()) {
            String number = "";
            if (s.level() == 1) {
                number = VietnameseNumbering.roman(++section) + ".";
                sub = 0;
            } else if (!s.heading().isBlank()) {
                number = (++sub) + ".";
            }
            List<String> markers = new ArrayList<>();
            for (int i = 0; i < s.items().size(); i++) {
                markers.add(switch (s.style()) {
                    case LETTERED -> VietnameseNumbering.letter(i) + ")";
                    case NUMBERED -> (i + 1) + ".";
                    case DASH -> "-";
                    case PLUS -> "+";
                    case PLAIN -> "";
                });
            }
            rows.add(new Row(number, s, markers));
        }
        return rows;
    }

    private static byte[] pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof byte[] bytes ? bytes : null;
    }

    private static String showUpload(Model model) {
        model.addAttribute("maxMegabytes", DocumentService.maxRecognisedBytes() / (1024 * 1024));
        return "plan/import";
    }

    private static String uploadError(Model model, DomainException e) {
        model.addAttribute("uploadError", new Flash.MessageRef(e.messageKey(), e.arguments()));
        return showUpload(model);
    }
}

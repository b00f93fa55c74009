package vn.parcomms.orgimport.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.parcomms.orgimport.ImportFile;
import vn.parcomms.orgimport.ImportPreview;
import vn.parcomms.orgimport.ImportResult;
import vn.parcomms.orgimport.OrgImportService;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.Flash;

/**
 * Import of nodes and users from a spreadsheet (ADMIN): upload, preview row by row, confirm. The
 * file as read waits in the session between the preview and the confirmation (one per session,
 * replaced by the next upload, dropped on confirmation or cancel), so nothing large travels back
 * and forth through the page.
 */
@Controller
@RequestMapping("/organizations/import")
class OrgImportController {

    static final String PENDING = "orgimport.pending";

    private final OrgImportService imports;

    OrgImportController(OrgImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String form(CurrentUser admin, Model model) {
        imports.checkMayImport(admin);
        return showForm(model);
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(CurrentUser admin, Locale locale) {
        byte[] content = imports.template(admin, locale);
        return ResponseEntity.ok().contentType(TableExports.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("mau-nhap-don-vi-nguoi-dung.xlsx").build().toString())
                .body(content);
    }

    @PostMapping
    String upload(CurrentUser admin, @RequestParam(required = false) MultipartFile file, HttpSession session,
            Model model) throws IOException {
        imports.checkMayImport(admin);
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
            model.addAttribute("uploadError", new Flash.MessageRef("orgimport.error.noFile", new Object[0]));
            return showForm(model);
        }
        if (file.getSize() > OrgImportService.MAX_FILE_BYTES) {
            return uploadError(model, new DomainException("orgimport.error.tooLarge",
                    OrgImportService.MAX_FILE_BYTES / (1024 * 1024), OrgImportService.MAX_ROWS));
        }
        try {
            ImportFile read = imports.read(admin, shortName(file.getOriginalFilename()), file.getBytes());
            session.setAttribute(PENDING, read);
        } catch (DomainException e) {
            return uploadError(model, e);
        }
        return "redirect:/organizations/import/preview";
    }

    @GetMapping("/preview")
    String preview(CurrentUser admin, HttpSession session, Model model, RedirectAttributes redirect) {
        imports.checkMayImport(admin);
        ImportFile pending = pending(session);
        if (pending == null) {
            Flash.error(redirect, "orgimport.error.nothingPending");
            return "redirect:/organizations/import";
        }
        model.addAttribute("preview", imports.preview(admin, pending));
        return "orgimport/preview";
    }

    /**
     * Creates everything or nothing. The result page is the answer to this POST rather than a
     * redirect: it shows the new users' one-time passwords once, and they are kept nowhere, not even
     * in the session for the page after a redirect.
     */
    @PostMapping("/confirm")
    String confirm(CurrentUser admin, HttpSession session, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        imports.checkMayImport(admin);
        ImportFile pending = pending(session);
        if (pending == null) {
            Flash.error(redirect, "orgimport.error.nothingPending");
            return "redirect:/organizations/import";
        }
        ImportResult result;
        try {
            result = imports.confirm(admin, pending);
        } catch (DomainException e) {
            // Rows went bad since the preview (another administrator, a second tab): nothing was imported.
            ImportPreview preview = imports.preview(admin, pending);
            model.addAttribute("preview", preview);
            model.addAttribute("confirmError", new Flash.MessageRef(e.messageKey(), e.arguments()));
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return "orgimport/preview";
        }
        session.removeAttribute(PENDING);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("result", result);
        return "orgimport/result";
    }

    @PostMapping("/cancel")
    String cancel(CurrentUser admin, HttpSession session, RedirectAttributes redirect) {
        imports.checkMayImport(admin);
        session.removeAttribute(PENDING);
        Flash.success(redirect, "orgimport.cancelled");
        return "redirect:/organizations/import";
    }

    private static ImportFile pending(HttpSession session) {
        return session.getAttribute(PENDING) instanceof ImportFile file ? file : null;
    }

    private static String uploadError(Model model, DomainException e) {
        model.addAttribute("uploadError", new Flash.MessageRef(e.messageKey(), e.arguments()));
        return showForm(model);
    }

    private static String showForm(Model model) {
        model.addAttribute("maxRows", OrgImportService.MAX_ROWS);
        model.addAttribute("maxMegabytes", OrgImportService.MAX_FILE_BYTES / (1024 * 1024));
        return "orgimport/form";
    }

    private static String shortName(String name) {
        if (name == null) {
            return "";
        }
        String base = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return base.length() > 120 ? base.substring(0, 120) : base;
    }
}

package vn.parcomms.register.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.parcomms.register.OutgoingRegister;
import vn.parcomms.register.RegisterEntry;
import vn.parcomms.register.RegisterPage;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;

/** The node's register of outgoing documents for a year, on a page and as a workbook. */
@Controller
@RequestMapping("/register")
class RegisterController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final OutgoingRegister register;
    private final MessageSource messages;

    RegisterController(OutgoingRegister register, MessageSource messages) {
        this.register = register;
        this.messages = messages;
    }

    @GetMapping
    String page(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, Model model) {
        model.addAttribute("page", register.page(user, year));
        return "register/list";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
            Locale locale) {
        RegisterPage page = register.page(user, year);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        List<List<Object>> rows = new ArrayList<>();
        for (RegisterEntry e : page.entries()) {
            rows.add(List.of(e.numberAndSymbol(), DATE.format(e.issuedOn()), e.summary(),
                    e.signerName() == null ? "" : e.signerName(),
                    text(e.taken() ? "register.taken" : "register.typed", locale), base + e.link()));
        }
        ExportTable table = new ExportTable("register", text("register.sheet", locale),
                List.of(text("register.col.number", locale), text("register.col.date", locale),
                        text("register.col.summary", locale), text("register.col.signer", locale),
                        text("register.col.source", locale), text("register.col.link", locale)),
                rows, List.of());
        return TableExports.xlsxDownload(List.of(table),
                TableExports.fileName("so-van-ban-di", page.nodeName(), page.year(), ".xlsx"));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}

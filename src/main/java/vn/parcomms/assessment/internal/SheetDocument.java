package vn.parcomms.assessment.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.parcomms.assessment.AssessmentSheet;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.DocumentKind;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;
import vn.parcomms.organization.Letterhead;

/**
 * The self-assessment sheet as the official document the node signs and sends for appraisal
 * ("BÁO CÁO" under its letterhead), the one PDF of the sheet: {@code /self/export.pdf} and the
 * evidence pack render it. Section I holds the criteria table (computed, self-scored and
 * appraised points and their difference, a totals row of the top-level criteria), the status and
 * each reason and comment; section II the history. Always in Vietnamese, as every official
 * document is.
 */
public final class SheetDocument {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private SheetDocument() {
    }

    public static OfficialDocument of(AssessmentSheet sheet, Letterhead names, MessageSource messages) {
        DocumentHeader header = DocumentHeader.draft(names.parentBody().toUpperCase(VIETNAMESE),
                names.issuingBody().toUpperCase(VIETNAMESE), "/BC", names.place(), sheet.year());
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (AssessmentSheet.Row r : sheet.rows()) {
            rows.add(List.of(Table.Cell.text(r.code()), Table.Cell.text((r.depth() > 0 ? "- " : "") + r.title()),
                    number(r.maxPoints()), number(r.computedPoints()), number(r.selfPoints()),
                    number(r.appraisedPoints()), number(r.difference())));
        }
        Table table = new Table("", List.of(text(messages, "parIndex.evidence.column.code"),
                text(messages, "parIndex.criterion"), text(messages, "parIndex.export.maximum"),
                text(messages, "parIndex.evidence.column.computed"), text(messages, "parIndex.evidence.column.self"),
                text(messages, "parIndex.evidence.column.appraised"), text(messages, "document.parIndex.difference")),
                List.of(8, 36, 11, 11, 11, 11, 12), rows, List.of(Table.Cell.text(""),
                        Table.Cell.text(text(messages, "rollup.total")), number(sheet.maximum()),
                        number(sheet.computedTotal()), number(sheet.selfTotal()), number(sheet.appraisedTotal()),
                        number(sheet.difference())));

        List<Content> result = new ArrayList<>();
        result.add(new Content.Paragraph(text(messages, "document.parIndex.intro", sheet.nodeName(), sheet.year())));
        result.add(new Content.Paragraph(text(messages, "document.parIndex.status",
                text(messages, "selfAssessment.status." + sheet.status()))));
        if (sheet.submittedBy() != null) {
            result.add(new Content.Bullet(text(messages, "document.parIndex.submitted", sheet.submittedBy(),
                    when(sheet.submittedAt()))));
        }
        if (sheet.appraisedBy() != null) {
            result.add(new Content.Bullet(text(messages, "document.parIndex.appraised", sheet.appraisedBy(),
                    when(sheet.appraisedAt()))));
        }
        result.add(new Content.TableContent(table));
        for (AssessmentSheet.Row r : sheet.rows()) {
            if (r.selfReason() != null && !r.selfReason().isBlank()) {
                result.add(new Content.Bullet(text(messages, "document.parIndex.reason", r.code(), r.selfReason())));
            }
            if (r.appraisalComment() != null && !r.appraisalComment().isBlank()) {
                result.add(new Content.Bullet(text(messages, "document.parIndex.comment", r.code(),
                        r.appraisalComment())));
            }
        }

        List<Content> history = new ArrayList<>();
        if (sheet.history().isEmpty()) {
            history.add(new Content.Paragraph(text(messages, "selfAssessment.history.none")));
        }
        for (AssessmentSheet.HistoryLine h : sheet.history()) {
            String action = text(messages, "selfAssessment.action." + h.action());
            history.add(new Content.Bullet(h.reason() == null || h.reason().isBlank()
                    ? text(messages, "document.parIndex.historyLine", when(h.at()), h.actorName(), action)
                    : text(messages, "document.parIndex.historyLineReason", when(h.at()), h.actorName(), action,
                            h.reason())));
        }
        return new OfficialDocument(header, DocumentKind.REPORT,
                List.of(text(messages, "document.parIndex.title", sheet.year())), List.of(),
                List.of(new Section(text(messages, "document.parIndex.section"), result),
                        new Section(text(messages, "document.parIndex.history"), history)),
                List.of(), List.of(Recipient.of(text(messages, "document.consolidation.recipient"),
                        text(messages, "document.parIndex.recipientPurpose"))),
                "VT", new Signer(List.of(text(messages, "document.consolidation.signer")), ""), List.of());
    }

    private static String when(Instant at) {
        return at == null ? "" : SheetTables.WHEN.format(at);
    }

    private static Table.Cell number(BigDecimal value) {
        return value == null ? Table.Cell.text("") : new Table.Cell.Number(value);
    }

    private static String text(MessageSource messages, String key, Object... args) {
        return messages.getMessage(key, args, VIETNAMESE);
    }
}

package vn.parcomms.consolidation.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.consolidation.ConsolidationDetails;
import vn.parcomms.consolidation.ConsolidationDetails.FigureRow;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.DocumentKind;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;

/**
 * Turns a consolidated report into the "BÁO CÁO" the node sends upward, its figures as tables.
 * Written in Vietnamese whatever the user's language, like every official document.
 */
@Component
class ConsolidationDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final java.time.ZoneId VIETNAM = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter DATE =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MessageSource messages;

    ConsolidationDocuments(MessageSource messages) {
        this.messages = messages;
    }

    OfficialDocument of(ConsolidationDetails report) {
        // Sent with a number of the register: "Số: 15/BC-SYT" and the day it was sent; otherwise the
        // clerk's blanks before the suggested symbol.
        ConsolidationDetails.Numbering numbering = report.numbering();
        String parent = report.parentName().toUpperCase(VIETNAMESE);
        String node = report.nodeName().toUpperCase(VIETNAMESE);
        DocumentHeader header = numbering.docNumber() != null
                ? new DocumentHeader(parent, node, numbering.numberAndSymbol(), report.place(), numbering.issuedOn())
                : DocumentHeader.draft(parent, node, "/" + numbering.suggestedSymbol(), report.place(), report.year());
        List<Content> results = new ArrayList<>(paragraphs(report.resultsSummary()));
        if (report.coverageNote() != null && report.coverageNote().contains("/")) {
            String[] counted = report.coverageNote().split("/", 2);
            results.add(new Content.Paragraph(messages.getMessage("document.consolidation.coverage",
                    new Object[] {counted[0], counted[1]}, VIETNAMESE)));
        }
        if (report.frozenAt() != null) {
            results.add(new Content.Paragraph(messages.getMessage("document.consolidation.frozenAt",
                    new Object[] {DATE.format(report.frozenAt().atZone(VIETNAM))}, VIETNAMESE)));
        }
        results.add(new Content.TableContent(indicators(report.byIndicator())));
        results.add(new Content.TableContent(figures(text("document.consolidation.byContent"),
                "document.consolidation.contentColumns", report.byContent())));
        results.add(new Content.TableContent(figures(text("document.consolidation.byChannel"),
                "document.consolidation.channelColumns", report.byChannel())));
        results.add(new Content.TableContent(units(report)));
        List<Section> sections = List.of(
                new Section(text("document.report.results"), results),
                new Section(text("document.report.shortcomings"), paragraphs(report.shortcomings())),
                new Section(text("document.report.difficulties"), paragraphs(report.difficulties())),
                new Section(text("document.report.proposals"), paragraphs(report.proposals())),
                new Section(text("document.report.nextTasks"), paragraphs(report.nextTasks())));
        String title = messages.getMessage("document.report.title", new Object[] {messages.getMessage(
                "document.period." + report.period(), new Object[] {report.year()}, VIETNAMESE)}, VIETNAMESE);
        return new OfficialDocument(header, DocumentKind.REPORT, List.of(title), List.of(), sections, List.of(),
                List.of(Recipient.of(text("document.consolidation.recipient"),
                        text("document.consolidation.recipientPurpose"))),
                "VT", new Signer(List.of(text("document.consolidation.signer")), ""), List.of());
    }

    /** "BC-TH-SO-Y-TE-2025-Q1.docx". */
    String fileName(ConsolidationDetails report, String extension) {
        return DocumentService.fileName(List.of(DocumentKind.REPORT.abbreviation(), "TH", report.nodeName(),
                Integer.toString(report.year()), report.period().name()), extension);
    }

    private Table indicators(List<FigureRow> rows) {
        List<List<Table.Cell>> body = new ArrayList<>();
        for (FigureRow row : rows) {
            body.add(List.of(Table.Cell.text(row.indicator()), Table.Cell.text(row.unit()),
                    Table.Cell.number(row.total())));
        }
        return new Table(text("document.consolidation.byIndicator"), columns("document.consolidation.indicatorColumns"),
                List.of(55, 25, 20), body, List.of());
    }

    private Table figures(String caption, String columnsKey, List<FigureRow> rows) {
        List<List<Table.Cell>> body = new ArrayList<>();
        String previous = null;
        for (FigureRow row : rows) {
            String group = row.unitAdded()
                    ? messages.getMessage("document.consolidation.unitAdded", new Object[] {row.group()}, VIETNAMESE)
                    : row.group();
            body.add(List.of(Table.Cell.text(group.equals(previous) ? "" : group),
                    Table.Cell.text(row.indicator()), Table.Cell.text(row.unit()), Table.Cell.number(row.total())));
            previous = group;
        }
        return new Table(caption, columns(columnsKey), List.of(40, 30, 15, 15), body, List.of());
    }

    private Table units(ConsolidationDetails report) {
        List<List<Table.Cell>> body = new ArrayList<>();
        long done = 0;
        long all = 0;
        for (ConsolidationDetails.UnitResult unit : report.units()) {
            body.add(List.of(Table.Cell.text(unit.unitName()), Table.Cell.number(unit.activitiesDone()),
                    Table.Cell.number(unit.activities())));
            done += unit.activitiesDone();
            all += unit.activities();
        }
        List<Table.Cell> totals = body.isEmpty() ? List.of()
                : List.of(Table.Cell.text(text("document.consolidation.total")), Table.Cell.number(done),
                        Table.Cell.number(all));
        return new Table(text("document.consolidation.byUnit"), columns("document.consolidation.unitColumns"),
                List.of(60, 20, 20), body, totals);
    }

    private List<String> columns(String key) {
        return Arrays.stream(text(key).split("\\|")).toList();
    }

    private List<Content> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of(new Content.Paragraph(text("document.report.none")));
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> (Content) new Content.Paragraph(l)).toList();
    }

    private String text(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }
}

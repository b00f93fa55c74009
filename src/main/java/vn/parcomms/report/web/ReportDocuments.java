package vn.parcomms.report.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.DocumentKind;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Turns a unit's periodic report into the "BÁO CÁO" it is sent as. Official documents are written
 * in Vietnamese whatever the user's language, so the texts are resolved in Vietnamese.
 */
@Component
class ReportDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;
    private final OrganizationService organizations;
    private final PlanDetailsReader planReader;
    private final java.time.Clock clock;

    ReportDocuments(MessageSource messages, OrganizationService organizations, PlanDetailsReader planReader,
            java.time.Clock clock) {
        this.messages = messages;
        this.organizations = organizations;
        this.planReader = planReader;
        this.clock = clock;
    }

    /** The document and the parts of "BC-TTYT-TP-BA-RIA-2025-Q1". */
    record Export(OfficialDocument document, List<String> nameParts) {

        String fileName(String extension) {
            return DocumentService.fileName(nameParts, extension);
        }
    }

    /** {@code report} comes from {@code ReportDetailsReader.details}, which has checked access. */
    Export of(CurrentUser user, ReportDetails report) {
        OrgNodeView unit = organizations.find(report.unitNodeId());
        // The names the report was sent with, not today's: a renamed or merged unit's report stays as sent.
        var letterhead = organizations.letterheadAt(unit.id(), report.namesDate(clock));
        String parentBody = letterhead.parentBody().toUpperCase(VIETNAMESE);
        PlanDetails plan = planReader.details(user, report.planId());
        String place = plan.header().place() == null ? "" : plan.header().place();
        DocumentHeader header = DocumentHeader.draft(parentBody, letterhead.issuingBody().toUpperCase(VIETNAMESE), "/BC", place,
                report.year());

        List<Section> sections = new ArrayList<>();
        List<Content> results = new ArrayList<>(paragraphs(report.resultsSummary()));
        results.add(new Content.TableContent(activities(report)));
        sections.add(new Section(text("document.report.results"), results));
        sections.add(new Section(text("document.report.shortcomings"), paragraphs(report.shortcomings())));
        sections.add(new Section(text("document.report.difficulties"), paragraphs(report.difficulties())));
        sections.add(new Section(text("document.report.proposals"), paragraphs(report.proposals())));
        sections.add(new Section(text("document.report.nextTasks"), paragraphs(report.nextTasks())));

        String planNode = organizations.nameAt(plan.issuingNodeId(), report.namesDate(clock));
        List<Recipient> recipients = List.of(Recipient.of(
                messages.getMessage("document.report.recipientOffice", new Object[] {planNode}, VIETNAMESE),
                text("document.report.recipientPurpose")));
        OfficialDocument document = new OfficialDocument(header, DocumentKind.REPORT,
                List.of(messages.getMessage("document.report.title",
                        new Object[] {messages.getMessage("document.period." + report.period(),
                                new Object[] {report.year()}, VIETNAMESE)}, VIETNAMESE)),
                List.of(), sections, List.of(), recipients, "VT",
                new Signer(List.of(text("document.report.signer")), ""), List.of());
        return new Export(document, List.of(DocumentKind.REPORT.abbreviation(), unit.displayName(),
                Integer.toString(report.year()), report.period().name()));
    }

    private Table activities(ReportDetails report) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        int n = 1;
        for (ReportDetails.EntryView e : report.entries()) {
            String status = e.status() == null ? text("report.activity.noStatus")
                    : text("report.activity." + e.status());
            String evidence = join(e.evidence(), e.dropReason(), e.note());
            if (e.figures().isEmpty()) {
                rows.add(List.of(Table.Cell.text(Integer.toString(n++)), cell(e.contentLabel()),
                        Table.Cell.text(e.activityName()), Table.Cell.text(status), Table.Cell.text(""),
                        Table.Cell.text(""), Table.Cell.text(""), Table.Cell.text(""), Table.Cell.text(evidence)));
                continue;
            }
            boolean first = true;
            for (ReportDetails.FigureView f : e.figures()) {
                rows.add(List.of(Table.Cell.text(first ? Integer.toString(n) : ""),
                        first ? cell(e.contentLabel()) : Table.Cell.text(""),
                        Table.Cell.text(first ? e.activityName() : ""), Table.Cell.text(first ? status : ""),
                        Table.Cell.text(f.name() + (f.unit() == null ? "" : " (" + f.unit() + ")")),
                        f.target() == null ? Table.Cell.text("") : Table.Cell.number(f.target()),
                        f.amount() == null ? Table.Cell.text("") : Table.Cell.number(f.amount()),
                        Table.Cell.number(f.cumulative()), Table.Cell.text(first ? evidence : "")));
                first = false;
            }
            n++;
        }
        return new Table("", columns("document.report.columns"), List.of(5, 11, 20, 10, 12, 9, 9, 9, 15), rows,
                List.of());
    }

    List<String> columns(String key) {
        return Arrays.stream(text(key).split("\\|")).toList();
    }

    private static Table.Cell cell(String value) {
        return Table.Cell.text(value == null ? "" : value);
    }

    private static String join(String... parts) {
        return String.join("; ", Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .toList());
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

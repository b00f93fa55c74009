package vn.parcomms.plan.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.parcomms.document.Annex;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentHeader;
import vn.parcomms.document.DocumentKind;
import vn.parcomms.document.ListStyle;
import vn.parcomms.document.OfficialDocument;
import vn.parcomms.document.Recipient;
import vn.parcomms.document.Section;
import vn.parcomms.document.Signer;
import vn.parcomms.document.Table;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.OutlineSectionView;
import vn.parcomms.plan.SectionRole;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanItemView;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.plan.internal.PastedLines;
import vn.parcomms.shared.DisplayFormat;
import vn.parcomms.shared.VietnameseNumbering;

/**
 * Turns a plan into the official document it is issued as. Official documents are written in
 * Vietnamese whatever the user's language (Decree 30/2020/NĐ-CP), so the texts are resolved in
 * Vietnamese from the message files.
 */
@Component
class PlanDocuments {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    PlanDocuments(MessageSource messages) {
        this.messages = messages;
    }

    OfficialDocument of(PlanDetails plan, boolean withAnnex) {
        var h = plan.header();
        String issuingBody = h.issuingBody() != null ? h.issuingBody()
                : plan.issuingNodeName().toUpperCase(VIETNAMESE);
        String place = h.place() == null ? "" : h.place();
        DocumentHeader header = h.issueDate() != null && plan.numberAndSymbol() != null
                ? new DocumentHeader(h.parentBody(), issuingBody, plan.numberAndSymbol(), place, h.issueDate())
                : DocumentHeader.draft(h.parentBody(), issuingBody, "/" + (h.docSymbol() == null ? "KH" : h.docSymbol()),
                        place, h.year());

        List<String> preamble = new ArrayList<>();
        if (plan.items(ItemKind.LEGAL_BASIS).isEmpty() && plan.parentPlan() != null) {
            preamble.add(parentReference(plan.parentPlan()));
        }
        plan.items(ItemKind.LEGAL_BASIS).forEach(i -> preamble.addAll(lines(i.body())));
        preamble.addAll(lines(h.intro()));

        List<Section> sections = plan.outline().isEmpty() ? fixedSections(plan) : outlineSections(plan);

        List<Recipient> recipients = plan.items(ItemKind.RECIPIENT).stream()
                .map(r -> r.heading() == null ? Recipient.of(r.body()) : Recipient.of(r.body(), r.heading()))
                .toList();
        Signer signer = new Signer(h.signerAuthority() == null ? List.of(text("document.plan.signerDefault"))
                : lines(h.signerAuthority()), h.signerName() == null ? "" : h.signerName());
        List<Annex> annexes = withAnnex && !plan.activities().isEmpty() ? List.of(annex(plan)) : List.of();
        return new OfficialDocument(header, DocumentKind.PLAN, lines(h.title()), preamble, sections, lines(h.closing()),
                recipients, archive(h.archiveLine()), signer, annexes);
    }

    /**
     * The outline as the office wrote it: each section's heading as typed, its items in the list
     * style chosen for it, each paragraph of an item its own paragraph, a unit's duties under the
     * unit's name (none when the duty has no name), then its sub-sections. A section with nothing
     * to print is left out, and the numbers of the others close up.
     */
    private static List<Section> outlineSections(PlanDetails plan) {
        List<Section> sections = new ArrayList<>();
        List<OutlineSectionView> outline = plan.outline();
        for (int i = 0; i < outline.size(); i++) {
            OutlineSectionView section = outline.get(i);
            if (section.isSubSection()) {
                continue;
            }
            List<Content> content = new ArrayList<>(body(plan, section));
            for (int j = i + 1; j < outline.size() && outline.get(j).isSubSection(); j++) {
                List<Content> sub = body(plan, outline.get(j));
                if (!sub.isEmpty()) {
                    content.add(new Content.SubSection(outline.get(j).heading(), sub));
                }
            }
            if (!content.isEmpty()) {
                sections.add(new Section(section.heading(), content));
            }
        }
        return sections;
    }

    private static List<Content> body(PlanDetails plan, OutlineSectionView section) {
        List<Content> content = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        if (section.role() == SectionRole.BUDGET) {
            for (String line : lines(plan.header().budget())) {
                items.add(List.of(line));
            }
        } else if (section.role() == SectionRole.REPORTING) {
            for (String line : lines(plan.header().reportingDuty())) {
                items.add(List.of(line));
            }
        }
        for (PlanItemView item : section.items()) {
            if (item.kind() == ItemKind.DUTY) {
                if (!items.isEmpty()) {
                    content.add(new Content.ListItems(section.style(), items));
                    items = new ArrayList<>();
                }
                // A unit's duties: one list item a line, under the unit's name.
                List<List<String>> duties = lines(item.body()).stream().map(PlanDocuments::stripDash)
                        .map(List::of).toList();
                content.add(new Content.SubSection(item.heading() == null ? "" : item.heading(),
                        List.of(new Content.ListItems(section.style(), duties))));
            } else {
                List<String> paragraphs = new ArrayList<>(lines(item.body()));
                if (section.style() == ListStyle.DASH && !paragraphs.isEmpty()) {
                    paragraphs.set(0, stripDash(paragraphs.get(0)));
                }
                if (!paragraphs.isEmpty()) {
                    items.add(paragraphs);
                }
            }
        }
        if (!items.isEmpty()) {
            content.add(new Content.ListItems(section.style(), items));
        }
        return content;
    }

    /** The fixed layout of a plan without an outline (none is left after V95; kept so that such a plan still prints). */
    private List<Section> fixedSections(PlanDetails plan) {
        var h = plan.header();
        List<Section> sections = new ArrayList<>();
        var numbers = plan.sectionNumbers();
        if (numbers.containsKey("GOALS")) {
            sections.add(new Section(text("document.plan.goals"), subsections(plan,
                    List.of(ItemKind.PURPOSE, ItemKind.REQUIREMENT, ItemKind.AUDIENCE), false)));
        }
        if (numbers.containsKey("CONTENT")) {
            sections.add(new Section(text("document.plan.content"), subsections(plan,
                    List.of(ItemKind.CONTENT, ItemKind.FORM), true)));
        }
        if (numbers.containsKey("SOLUTIONS")) {
            sections.add(new Section(text("document.plan.solutions"), List.of(new Content.Numbered(
                    plan.items(ItemKind.SOLUTION).stream().map(PlanItemView::body).toList()))));
        }
        if (numbers.containsKey("BUDGET")) {
            sections.add(new Section(text("document.plan.budget"),
                    lines(h.budget()).stream().map(l -> (Content) new Content.Paragraph(l)).toList()));
        }
        if (numbers.containsKey("DUTIES")) {
            List<Content> duties = new ArrayList<>();
            for (PlanItemView duty : plan.items(ItemKind.DUTY)) {
                List<Content> lines = lines(duty.body()).stream()
                        .map(l -> (Content) new Content.Bullet(stripDash(l))).toList();
                duties.add(new Content.SubSection(duty.heading() == null ? "" : duty.heading(), lines));
            }
            sections.add(new Section(text("document.plan.duties"), duties));
        }
        if (numbers.containsKey("REPORTING")) {
            sections.add(new Section(text("document.plan.reporting"),
                    lines(h.reportingDuty()).stream().map(l -> (Content) new Content.Paragraph(l)).toList()));
        }
        return sections;
    }

    /** "Lưu: VT, VP." is printed by the renderer from "VT, VP": the line as typed or pasted loses "- Lưu:" once. */
    private static String archive(String line) {
        return line == null ? "" : PastedLines.archive(line);
    }

    private List<Content> subsections(PlanDetails plan, List<ItemKind> kinds, boolean lettered) {
        List<Content> result = new ArrayList<>();
        for (ItemKind kind : kinds) {
            List<String> bodies = plan.items(kind).stream().map(PlanItemView::body).toList();
            if (bodies.isEmpty()) {
                continue;
            }
            List<Content> content = lettered ? List.of(new Content.Lettered(bodies))
                    : bodies.stream().map(b -> (Content) new Content.Bullet(stripDash(b))).toList();
            result.add(new Content.SubSection(text("document.plan.part." + kind.name()), content));
        }
        return result;
    }

    private String parentReference(PlanSummary parent) {
        String number = parent.numberAndSymbol() == null ? "" : parent.numberAndSymbol();
        String date = parent.issueDate() == null ? "" : VietnameseNumbering.dateLine(parent.issueDate());
        // The title continues the sentence ("… về thông tin, tuyên truyền …"), so it starts in lower case.
        String title = parent.title().isEmpty() ? ""
                : parent.title().substring(0, 1).toLowerCase(VIETNAMESE) + parent.title().substring(1);
        return messages.getMessage("document.plan.implements", new Object[] {number, date, parent.issuingNodeName(),
                title}, VIETNAMESE);
    }

    private Annex annex(PlanDetails plan) {
        List<List<Table.Cell>> rows = new ArrayList<>();
        int n = 1;
        for (ActivityView a : plan.activities()) {
            String schedule = a.quarters().stream().map(q -> DisplayFormat.quarter(q, VIETNAMESE))
                    .collect(Collectors.joining(", "));
            if (a.dueDate() != null) {
                schedule = (schedule.isEmpty() ? "" : schedule + "; ")
                        + DisplayFormat.formatDate(a.dueDate());
            }
            rows.add(List.of(new Table.Cell.Text(Integer.toString(n++)),
                    new Table.Cell.Text(a.contentLabel() == null ? "" : a.contentLabel()),
                    new Table.Cell.Text(a.name()),
                    new Table.Cell.Text(a.channels().stream().map(ActivityView.ChannelRef::name)
                            .collect(Collectors.joining(", "))),
                    new Table.Cell.Text(a.leadNodeName()),
                    new Table.Cell.Text(a.cooperators().stream().map(ActivityView.NodeRef::name)
                            .collect(Collectors.joining(", "))),
                    new Table.Cell.Text(a.outputProduct() == null ? "" : a.outputProduct()),
                    new Table.Cell.Text(schedule),
                    new Table.Cell.Text(a.targets().stream().map(t -> t.target() + " " + t.unit())
                            .collect(Collectors.joining("; ")))));
        }
        Table table = new Table("", Arrays.stream(text("document.plan.annex.columns").split("\\|")).toList(),
                // The text columns (activity, channels, units, product, targets) take the room; the
                // number, the content item's letter and the quarters little. No column gets narrower
                // than its longest word, so "Nội dung" keeps its words whole (DocumentLayout).
                List.of(3, 4, 26, 13, 12, 13, 12, 8, 11), rows, List.of());
        return new Annex(text("document.plan.annex.heading"), List.of(text("document.plan.annex.title")),
                List.of(new Content.TableContent(table)), true);
    }

    private String text(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }

    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Duties and purposes are often typed with their dash; the document adds its own. */
    private static String stripDash(String line) {
        String text = line.strip();
        return text.startsWith("- ") ? text.substring(2) : text;
    }
}

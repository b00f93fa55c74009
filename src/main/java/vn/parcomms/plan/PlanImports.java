package vn.parcomms.plan;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.document.Content;
import vn.parcomms.document.DocumentService;
import vn.parcomms.document.ListStyle;
import vn.parcomms.document.RecognisedDocument;
import vn.parcomms.document.Section;
import vn.parcomms.plan.internal.OutlineTemplates;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanValidation;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * A draft plan from a Word file of an existing plan (issue 12, point 4; ADR 0019): the file is
 * recognised by {@link DocumentService#recognise}, shown for review, and on confirmation made a
 * draft of the user's own node, with the same rules as a new plan (OFFICE, or UNIT for its own
 * plan). Sections keep their headings and levels; a list of another style within a section
 * becomes a sub-section without a heading, which prints no heading and no number, so the draft
 * prints as the file did. A section whose heading names a part the product needs (content items,
 * forms, purposes, requirements, audiences, solutions) gets that role, so that activities can
 * refer to its items.
 */
@Service
@Transactional(readOnly = true)
public class PlanImports {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** The start of a heading (lower case, without diacritics) that names a part, in the order tried. */
    private static final Map<String, SectionRole> ROLE_HEADINGS = new LinkedHashMap<>();

    static {
        ROLE_HEADINGS.put("muc dich", SectionRole.PURPOSE);
        ROLE_HEADINGS.put("muc tieu", SectionRole.PURPOSE);
        ROLE_HEADINGS.put("yeu cau", SectionRole.REQUIREMENT);
        ROLE_HEADINGS.put("doi tuong", SectionRole.AUDIENCE);
        ROLE_HEADINGS.put("noi dung", SectionRole.CONTENT);
        ROLE_HEADINGS.put("hinh thuc", SectionRole.FORM);
        ROLE_HEADINGS.put("giai phap", SectionRole.SOLUTION);
    }

    private final DocumentService documents;
    private final PlanValidation validation;
    private final PlanRepository plans;
    private final OutlineTemplates templates;
    private final Clock clock;

    PlanImports(DocumentService documents, PlanValidation validation, PlanRepository plans,
            OutlineTemplates templates, Clock clock) {
        this.documents = documents;
        this.validation = validation;
        this.plans = plans;
        this.templates = templates;
        this.clock = clock;
    }

    /** Whoever may draft a plan of their own node may import one: OFFICE, or UNIT for its own plan. */
    public void requireImporter(CurrentUser user) {
        PlanAccess.requireDrafter(user, user.orgNodeId());
    }

    /** What the file would become, for whoever may draft a plan of their own node. */
    public PlanImportPreview preview(CurrentUser user, byte[] file) {
        PlanAccess.requireDrafter(user, user.orgNodeId());
        return preview(documents.recognise(file));
    }

    /**
     * The draft made from the file, with the header as the reviewer corrected it; the outline
     * and recipients as recognised. The file is read again: the review page kept it, not its reading.
     *
     * @return the new plan's id
     */
    @Transactional
    public long create(CurrentUser user, byte[] file, PlanHeader header) {
        PlanAccess.requireDrafter(user, user.orgNodeId());
        PlanImportPreview preview = preview(documents.recognise(file));
        validation.validateHeader(user.orgNodeId(), header);
        List<ImportedSection> outline = new ArrayList<>(preview.outline());
        // Parts the file did not name still need a place for what is added to them later (a part's
        // page, a copy from the plan above): their template sections, empty and so not printed.
        Set<SectionRole> given = EnumSet.noneOf(SectionRole.class);
        outline.forEach(s -> {
            if (s.role() != null) {
                given.add(s.role());
            }
        });
        for (OutlineEntry entry : templates.forNode(user.orgNodeId())) {
            if (entry.role() != null && given.add(entry.role())) {
                outline.add(new ImportedSection(1, entry.heading(), entry.style(), entry.role(), List.of(), 0));
            }
        }
        Plan plan = Plan.imported(user.orgNodeId(), header, outline, preview.recipients(), Step.of(user, clock));
        return plans.save(plan).getId();
    }

    static PlanImportPreview preview(RecognisedDocument d) {
        String number = d.header().number();
        int slash = number.indexOf('/');
        String docNumber = slash < 0 ? number : number.substring(0, slash);
        String docSymbol = slash < 0 ? null : number.substring(slash + 1);
        PlanHeader header = new PlanHeader(d.header().year(), null, blankToNull(docNumber), blankToNull(docSymbol),
                blankToNull(d.header().place()), d.header().date(), String.join("\n", d.title()),
                blankToNull(d.header().parentBody()), blankToNull(d.header().issuingBody()),
                blankToNull(String.join("\n", d.preamble())), null, null, blankToNull(String.join("\n", d.closing())),
                d.archive().isBlank() ? null : "Lưu: " + d.archive() + ".",
                blankToNull(String.join("\n", d.signerAuthority())), blankToNull(d.signerName()));
        List<ImportedSection> outline = new ArrayList<>();
        Set<SectionRole> taken = EnumSet.noneOf(SectionRole.class);
        for (Section section : d.sections()) {
            List<Content.ListItems> own = new ArrayList<>();
            List<Content.SubSection> subs = new ArrayList<>();
            for (Content c : section.content()) {
                if (c instanceof Content.ListItems list) {
                    own.add(list);
                } else if (c instanceof Content.SubSection sub) {
                    subs.add(sub);
                }
            }
            add(outline, 1, section.heading(), own, taken);
            for (Content.SubSection sub : subs) {
                List<Content.ListItems> lists = sub.content().stream().filter(Content.ListItems.class::isInstance)
                        .map(Content.ListItems.class::cast).toList();
                add(outline, 2, sub.heading(), lists, taken);
            }
        }
        return new PlanImportPreview(header, outline, d.recipients(), d.plainText());
    }

    /**
     * A section with its first list; each further list a sub-section of its own without a heading,
     * right after it, which prints its items where they stood.
     */
    private static void add(List<ImportedSection> outline, int level, String heading, List<Content.ListItems> lists,
            Set<SectionRole> taken) {
        ListStyle style = lists.isEmpty() ? ListStyle.PLAIN : lists.get(0).style();
        SectionRole role = lists.isEmpty() ? null : role(heading, taken);
        // The part's items are its marked list ("Nội dung:" with an introductory paragraph, then a) b) c)).
        int roleList = 0;
        for (int i = lists.size() - 1; i >= 0; i--) {
            if (lists.get(i).style() != ListStyle.PLAIN) {
                roleList = i;
            }
        }
        outline.add(section(level, heading, lists.isEmpty() ? null : lists.get(0), style, roleList == 0 ? role : null));
        for (int i = 1; i < lists.size(); i++) {
            Content.ListItems list = lists.get(i);
            outline.add(section(2, "", list, list.style(), i == roleList ? role : null));
        }
    }

    private static ImportedSection section(int level, String heading, Content.ListItems list, ListStyle style,
            SectionRole role) {
        List<String> items = list == null ? List.of()
                : list.items().stream().map(paragraphs -> String.join("\n", paragraphs)).toList();
        return new ImportedSection(level, heading, style, role, items, style == ListStyle.PLAIN ? items.size() : 0);
    }

    private static SectionRole role(String heading, Set<SectionRole> taken) {
        String plain = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('đ', 'd').replace('Đ', 'D').toLowerCase(VIETNAMESE).strip();
        for (Map.Entry<String, SectionRole> entry : ROLE_HEADINGS.entrySet()) {
            if (plain.startsWith(entry.getKey()) && taken.add(entry.getValue())) {
                return entry.getValue();
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package vn.parcomms.plan;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.document.ListStyle;
import vn.parcomms.plan.internal.OutlineTemplates;
import vn.parcomms.plan.internal.PastedLines;
import vn.parcomms.plan.internal.Plan;
import vn.parcomms.plan.internal.PlanAccess;
import vn.parcomms.plan.internal.PlanItem;
import vn.parcomms.plan.internal.PlanRepository;
import vn.parcomms.plan.internal.PlanValidation;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.Step;
import vn.parcomms.shared.security.CurrentUser;

/**
 * The outline of a plan's body, edited by whoever drafts the plan (the OFFICE of its node, or a
 * unit for its own plan), only while it is a draft, each change at the version the editor showed:
 * sections and sub-sections, their headings and list styles, their order, and the items in them.
 * And the outline templates: the node's next plans start from the outline its office saved.
 */
@Service
@Transactional(readOnly = true)
public class PlanOutlines {

    private final PlanAccess access;
    private final PlanRepository plans;
    private final OutlineTemplates templates;
    private final Clock clock;

    PlanOutlines(PlanAccess access, PlanRepository plans, OutlineTemplates templates, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.templates = templates;
        this.clock = clock;
    }

    /** The editor's read: the plan, for its drafter only (whatever its status; only a draft changes). */
    public void requireEditor(CurrentUser user, long id) {
        PlanAccess.requireDrafter(user, access.loadReadable(user, id));
    }

    @Transactional
    public UUID addSection(CurrentUser user, long id, long version, UUID parentKey, String heading, ListStyle style) {
        Plan plan = load(user, id, version);
        PlanValidation.requireText(heading);
        UUID key = plan.addSection(parentKey, heading, style == null ? ListStyle.DASH : style, null, step(user))
                .getKey();
        plans.flush();
        return key;
    }

    /** A section's heading and list style, as the editor's row for it sends them together. */
    @Transactional
    public void changeSection(CurrentUser user, long id, long version, UUID key, String heading, ListStyle style) {
        PlanValidation.requireText(heading);
        if (style == null) {
            throw DomainException.onField("style", "plan.outline.error.style");
        }
        Plan plan = load(user, id, version);
        Step step = step(user);
        plan.renameSection(key, heading, step);
        plan.changeListStyle(key, style, step);
    }

    @Transactional
    public void removeSection(CurrentUser user, long id, long version, UUID key) {
        load(user, id, version).removeSection(key, step(user));
    }

    @Transactional
    public void moveSection(CurrentUser user, long id, long version, UUID key, int direction) {
        load(user, id, version).moveSection(key, direction, step(user));
    }

    /**
     * Adds what was typed or pasted into a section: split into items by {@link PastedLines#outlineItems},
     * each item's paragraphs one a line. A duty (in the duties' section) stays one item under its
     * unit's name, each line a duty without its marker.
     *
     * @return the ids of the items added, in order
     */
    @Transactional
    public List<Long> addItems(CurrentUser user, long id, long version, UUID sectionKey, String heading, String text) {
        Plan plan = load(user, id, version);
        PlanValidation.requireText(text);
        Step step = step(user);
        boolean duties = plan.sections().stream()
                .anyMatch(s -> s.getKey().equals(sectionKey) && s.getRole() == SectionRole.DUTY);
        List<PlanItem> added = new ArrayList<>();
        if (duties) {
            String lines = PastedLines.lines(text);
            PlanValidation.requireText(lines);
            added.add(plan.addItemTo(sectionKey, PastedLines.withoutMarker(heading), lines, step));
        } else {
            List<List<String>> items = PastedLines.outlineItems(text);
            PlanValidation.requireText(items.isEmpty() ? "" : "x");
            for (List<String> paragraphs : items) {
                added.add(plan.addItemTo(sectionKey, null, String.join("\n", paragraphs), step));
            }
        }
        plans.flush();
        return added.stream().map(PlanItem::getId).toList();
    }

    /** Changes an item's text: its paragraphs one a line, the first without a pasted marker, the others as typed. */
    @Transactional
    public void changeItem(CurrentUser user, long id, long version, long itemId, String heading, String text) {
        Plan plan = load(user, id, version);
        // One paragraph a line, blank lines left out; a later line keeps its marker as typed ("+ …").
        List<String> paragraphs = new ArrayList<>(text == null ? List.of() : text.lines().map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        if (!paragraphs.isEmpty()) {
            paragraphs.set(0, PastedLines.withoutMarker(paragraphs.get(0)));
        }
        String body = String.join("\n", paragraphs);
        PlanValidation.requireText(body);
        plan.changeItem(itemId, heading == null ? null : PastedLines.withoutMarker(heading), body, step(user));
    }

    @Transactional
    public void moveItem(CurrentUser user, long id, long version, long itemId, int direction) {
        load(user, id, version).moveItemInSection(itemId, direction, step(user));
    }

    @Transactional
    public void removeItem(CurrentUser user, long id, long version, long itemId) {
        load(user, id, version).removeItem(itemId, step(user));
    }

    /**
     * Makes the plan's outline the template the node's next plans start from (its sections,
     * headings, styles; not its text). Any version of the node's plan may serve, issued or not.
     */
    @Transactional
    public void saveAsTemplate(CurrentUser user, long id) {
        Plan plan = access.loadReadable(user, id);
        PlanAccess.requireDrafter(user, plan);
        if (plan.sections().isEmpty()) {
            throw new DomainException("plan.outline.error.noOutline");
        }
        templates.save(plan.getIssuingNodeId(), plan.outlineTemplate());
    }

    /** The outline the node's next plan starts from. */
    public List<OutlineEntry> template(CurrentUser user, long nodeId) {
        PlanAccess.requireDrafter(user, nodeId);
        return templates.forNode(nodeId);
    }

    private Plan load(CurrentUser user, long id, long version) {
        return access.loadForChange(user, id, version, PlanAccess::requireDrafter);
    }

    private Step step(CurrentUser user) {
        return Step.of(user, clock);
    }
}

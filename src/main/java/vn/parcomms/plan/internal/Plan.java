package vn.parcomms.plan.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.parcomms.document.ListStyle;
import vn.parcomms.document.Recipient;
import vn.parcomms.plan.ImportedSection;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.OutlineEntry;
import vn.parcomms.plan.SectionRole;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.internal.PlanActivity.ActivityData;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.Step;

/**
 * One version of an annual communication plan, the aggregate that owns its ordered parts and its
 * activities. Only a draft can be changed; the status moves only through the transition methods,
 * which refuse what the lifecycle does not allow. Every change writes its own line of the plan's
 * history ({@link PlanEvent}) in the same method, so no change can be made without one.
 */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "lineage_id")
    private UUID lineageId;

    @Column(name = "version_no")
    private int versionNo = 1;

    @Column(name = "issuing_node_id")
    private long issuingNodeId;

    @Column(name = "parent_plan_id")
    private Long parentPlanId;

    /** Set on the first version of a copy-forward only: one next-year copy per lineage (unique index, V75). */
    @Column(name = "copied_from_lineage_id", updatable = false)
    private UUID copiedFromLineageId;

    /** Set on the first version of a unit's implementing plan only: one per unit and parent lineage (V75). */
    @Column(name = "implements_lineage_id", updatable = false)
    private UUID implementsLineageId;

    @Enumerated(EnumType.STRING)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "plan_year")
    private int year;

    @Column(name = "doc_number")
    private String docNumber;

    @Column(name = "doc_symbol")
    private String docSymbol;

    private String place;

    @Column(name = "issue_date")
    private LocalDate issueDate;

    private String title;

    @Column(name = "parent_body")
    private String parentBody;

    @Column(name = "issuing_body")
    private String issuingBody;

    private String intro;
    private String budget;

    @Column(name = "reporting_duty")
    private String reportingDuty;

    private String closing;

    @Column(name = "archive_line")
    private String archiveLine;

    @Column(name = "signer_authority")
    private String signerAuthority;

    @Column(name = "signer_name")
    private String signerName;

    @Column(name = "return_reason")
    private String returnReason;

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, position")
    private List<PlanItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanSection> sections = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<PlanActivity> activities = new ArrayList<>();

    /**
     * Only ever appended to (inverse and lazy, so appending loads nothing); pages read the history
     * with {@link PlanEventRepository}.
     */
    @OneToMany(mappedBy = "plan", cascade = CascadeType.PERSIST)
    private List<PlanEvent> history = new ArrayList<>();

    protected Plan() {
    }

    /** A new draft of the node's, with the history line of its creation. */
    public Plan(long issuingNodeId, PlanHeader header, Step step) {
        this(issuingNodeId, header, step.actorId());
        record("CREATED", step, null, null);
    }

    private Plan(long issuingNodeId, PlanHeader header, Long createdBy) {
        this.lineageId = UUID.randomUUID();
        this.issuingNodeId = issuingNodeId;
        this.createdBy = createdBy;
        applyHeader(header);
    }

    /**
     * A new draft of the node's, from a plan recognised in a Word file: its sections in order,
     * their items (of the kind of the section's role, else plain text) and its recipients, with
     * one history line saying it was imported.
     */
    public static Plan imported(long issuingNodeId, PlanHeader header, List<ImportedSection> outline,
            List<Recipient> recipients, Step step) {
        Plan plan = new Plan(issuingNodeId, header, step.actorId());
        plan.record("IMPORTED", step, null, null);
        boolean underSection = false;
        for (ImportedSection entry : outline) {
            int level = entry.level() == 2 && underSection ? 2 : 1;
            underSection = true;
            PlanSection section = new PlanSection(plan, UUID.randomUUID(), plan.sections.size(), level,
                    entry.heading().strip(), entry.style(), entry.role());
            plan.sections.add(section);
            ItemKind kind = entry.role() == null || entry.role().itemKind() == null ? ItemKind.TEXT
                    : entry.role().itemKind();
            for (String body : entry.items()) {
                PlanItem item = new PlanItem(plan, kind, plan.itemsOf(kind).size(), null, body.strip(),
                        UUID.randomUUID());
                plan.items.add(item);
                item.placeIn(section.getKey(), plan.itemsIn(section.getKey()).size());
            }
        }
        for (Recipient recipient : recipients) {
            plan.appendItem(ItemKind.RECIPIENT, recipient.purpose(), recipient.name(), UUID.randomUUID());
        }
        return plan;
    }

    /** The history lines this instance appended, for the aggregate's own tests. */
    List<PlanEvent> recordedHistory() {
        return List.copyOf(history);
    }

    private void record(String action, Step step, String reason, String details) {
        history.add(new PlanEvent(this, action, step, reason, details));
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    // --- editing (drafts only) ---

    public void changeHeader(PlanHeader header, Step step) {
        requireDraft();
        applyHeader(header);
        record("HEADER_CHANGED", step, null, null);
    }

    private void applyHeader(PlanHeader h) {
        this.year = h.year();
        this.parentPlanId = h.parentPlanId();
        this.docNumber = trim(h.docNumber());
        this.docSymbol = trim(h.docSymbol());
        this.place = trim(h.place());
        this.issueDate = h.issueDate();
        this.title = h.title() == null ? "" : h.title().trim();
        this.parentBody = trim(h.parentBody());
        this.issuingBody = trim(h.issuingBody());
        this.intro = trim(h.intro());
        this.budget = trim(h.budget());
        this.reportingDuty = trim(h.reportingDuty());
        this.closing = trim(h.closing());
        this.archiveLine = trim(h.archiveLine());
        this.signerAuthority = trim(h.signerAuthority());
        this.signerName = trim(h.signerName());
    }

    public PlanHeader header() {
        return new PlanHeader(year, parentPlanId, docNumber, docSymbol, place, issueDate, title, parentBody,
                issuingBody, intro, budget, reportingDuty, closing, archiveLine, signerAuthority, signerName);
    }

    public PlanItem addItem(ItemKind kind, String heading, String body, Step step) {
        requireDraft();
        PlanItem item = appendItem(kind, heading, body, UUID.randomUUID());
        record("ITEM_ADDED", step, null, kind.name());
        return item;
    }

    private PlanItem appendItem(ItemKind kind, String heading, String body, UUID key) {
        PlanItem item = new PlanItem(this, kind, itemsOf(kind).size(), trim(heading), body.trim(), key);
        items.add(item);
        PlanSection home = sectionFor(kind);
        if (home != null) {
            item.placeIn(home.getKey(), itemsIn(home.getKey()).size());
        }
        return item;
    }

    // --- the outline: sections and sub-sections the office owns ---

    /**
     * Gives a plan without an outline the template's sections, and each item the first section
     * whose role gathers its kind. A plan that has an outline keeps it.
     */
    public void applyOutline(List<OutlineEntry> template) {
        if (!sections.isEmpty()) {
            return;
        }
        boolean underSection = false;
        for (OutlineEntry entry : template) {
            int level = entry.level() == 2 && underSection ? 2 : 1;
            underSection = true;
            sections.add(new PlanSection(this, UUID.randomUUID(), sections.size(), level, entry.heading().strip(),
                    entry.style(), entry.role()));
        }
        for (ItemKind kind : ItemKind.values()) {
            PlanSection home = sectionFor(kind);
            if (home != null) {
                List<PlanItem> list = itemsOf(kind);
                for (int i = 0; i < list.size(); i++) {
                    list.get(i).placeIn(home.getKey(), itemsIn(home.getKey()).size());
                }
            }
        }
    }

    /** The outline as a template for the node's next plan: the sections' levels, headings, styles and roles. */
    public List<OutlineEntry> outlineTemplate() {
        return sections().stream().map(s -> new OutlineEntry(s.getLevel(), s.getHeading(), s.getListStyle(),
                s.getRole())).toList();
    }

    public List<PlanSection> sections() {
        return sections.stream().sorted(Comparator.comparingInt(PlanSection::getPosition)).toList();
    }

    /** The items standing in a section, in their order there. */
    public List<PlanItem> itemsIn(UUID sectionKey) {
        return items.stream().filter(i -> sectionKey.equals(i.getSectionKey()))
                .sorted(Comparator.comparingInt(PlanItem::getSectionPosition)).toList();
    }

    private PlanSection sectionFor(ItemKind kind) {
        SectionRole role = SectionRole.of(kind);
        return role == null ? null : sections().stream().filter(s -> s.getRole() == role).findFirst().orElse(null);
    }

    /**
     * A new section at the end of the outline ({@code parentKey} null), or a new sub-section at the
     * end of that section's. A role is given only where no other section has it, so that new items
     * of a kind have one place to land.
     */
    public PlanSection addSection(UUID parentKey, String heading, ListStyle style, SectionRole role, Step step) {
        requireDraft();
        if (role != null && sections.stream().anyMatch(s -> s.getRole() == role)) {
            throw DomainException.onField("role", "plan.outline.error.roleTaken");
        }
        int at = sections.size();
        int level = 1;
        if (parentKey != null) {
            List<PlanSection> ordered = sections();
            PlanSection parent = section(parentKey);
            if (parent.getLevel() != 1) {
                throw new DomainException("plan.outline.error.nesting");
            }
            level = 2;
            at = ordered.indexOf(parent) + 1;
            while (at < ordered.size() && ordered.get(at).getLevel() == 2) {
                at++;
            }
            for (PlanSection later : ordered.subList(at, ordered.size())) {
                later.setPosition(later.getPosition() + 1);
            }
        }
        PlanSection section = new PlanSection(this, UUID.randomUUID(), at, level, heading.strip(), style, role);
        sections.add(section);
        renumberSections();
        record("SECTION_ADDED", step, null, heading.strip());
        return section;
    }

    public void renameSection(UUID key, String heading, Step step) {
        requireDraft();
        section(key).rename(heading.strip());
        record("SECTION_CHANGED", step, null, heading.strip());
    }

    public void changeListStyle(UUID key, ListStyle style, Step step) {
        requireDraft();
        PlanSection section = section(key);
        section.changeStyle(style);
        record("SECTION_CHANGED", step, null, section.getHeading());
    }

    /**
     * Removes an empty section. One that holds items or sub-sections, or prints the budget or the
     * reporting text, is refused: its text would vanish from the document unseen.
     */
    public void removeSection(UUID key, Step step) {
        requireDraft();
        PlanSection section = section(key);
        List<PlanSection> ordered = sections();
        int at = ordered.indexOf(section);
        boolean hasChildren = section.getLevel() == 1 && at + 1 < ordered.size() && ordered.get(at + 1).getLevel() == 2;
        boolean printsText = section.getRole() == SectionRole.BUDGET && !isBlank(budget)
                || section.getRole() == SectionRole.REPORTING && !isBlank(reportingDuty);
        if (hasChildren || printsText || !itemsIn(key).isEmpty()) {
            throw new DomainException("plan.outline.error.notEmpty");
        }
        // New content items, duties, … land in the section of their role: it stays (left out of the document while empty).
        if (section.getRole() != null) {
            throw new DomainException("plan.outline.error.hasRole");
        }
        sections.remove(section);
        renumberSections();
        record("SECTION_REMOVED", step, null, section.getHeading());
    }

    /**
     * Moves a section one place up ({@code -1}) or down ({@code +1}): a section with all its
     * sub-sections past the neighbouring section, a sub-section past its neighbour within the same
     * section. Past either end nothing moves.
     */
    public void moveSection(UUID key, int direction, Step step) {
        requireDraft();
        PlanSection section = section(key);
        List<List<PlanSection>> groups = new ArrayList<>();
        for (PlanSection s : sections()) {
            if (s.getLevel() == 1 || groups.isEmpty()) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(s);
        }
        int step1 = Integer.signum(direction);
        if (section.getLevel() == 1) {
            int from = -1;
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).get(0) == section) {
                    from = g;
                }
            }
            int to = from + step1;
            if (to >= 0 && to < groups.size()) {
                java.util.Collections.swap(groups, from, to);
            }
        } else {
            for (List<PlanSection> group : groups) {
                int from = group.indexOf(section);
                int to = from + step1;
                if (from > 0 && to > 0 && to < group.size()) {
                    java.util.Collections.swap(group, from, to);
                }
            }
        }
        int position = 0;
        for (List<PlanSection> group : groups) {
            for (PlanSection s : group) {
                s.setPosition(position++);
            }
        }
        record("SECTION_MOVED", step, null, section.getHeading());
    }

    /**
     * An item added in the outline editor: of the kind the section's role gathers (a content
     * item in the content section, so that activities can refer to it), otherwise plain text.
     * {@code body} holds its paragraphs, one a line.
     */
    public PlanItem addItemTo(UUID sectionKey, String heading, String body, Step step) {
        requireDraft();
        PlanSection section = section(sectionKey);
        ItemKind kind = section.getRole() == null || section.getRole().itemKind() == null ? ItemKind.TEXT
                : section.getRole().itemKind();
        PlanItem item = new PlanItem(this, kind, itemsOf(kind).size(), trim(heading), body.trim(), UUID.randomUUID());
        items.add(item);
        item.placeIn(sectionKey, itemsIn(sectionKey).size());
        record("ITEM_ADDED", step, null, kind.name());
        return item;
    }

    /**
     * Moves an item one place up or down within its section. When it passes an item of its own
     * kind, their places within the kind swap too, so a content item's letter follows.
     */
    public void moveItemInSection(long itemId, int direction, Step step) {
        requireDraft();
        PlanItem item = item(itemId);
        if (item.getSectionKey() == null) {
            moveItem(itemId, direction, step);
            return;
        }
        List<PlanItem> siblings = itemsIn(item.getSectionKey());
        int from = siblings.indexOf(item);
        int to = from + Integer.signum(direction);
        if (to >= 0 && to < siblings.size()) {
            PlanItem other = siblings.get(to);
            item.placeIn(item.getSectionKey(), to);
            other.placeIn(other.getSectionKey(), from);
            if (other.getKind() == item.getKind()) {
                int position = item.getPosition();
                item.setPosition(other.getPosition());
                other.setPosition(position);
            }
        }
        record("ITEM_MOVED", step, null, item.getKind().name());
    }

    private PlanSection section(UUID key) {
        return sections.stream().filter(s -> s.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new NotFoundException("plan section", key));
    }

    private void renumberSections() {
        List<PlanSection> ordered = sections();
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setPosition(i);
        }
    }

    public void changeItem(long itemId, String heading, String body, Step step) {
        requireDraft();
        PlanItem item = item(itemId);
        item.change(trim(heading), body.trim());
        record("ITEM_CHANGED", step, null, item.getKind().name());
    }

    public void removeItem(long itemId, Step step) {
        requireDraft();
        PlanItem item = item(itemId);
        if (item.getKind() == ItemKind.CONTENT
                && activities.stream().anyMatch(a -> item.getKey().equals(a.getContentItemKey()))) {
            throw new DomainException("plan.error.contentItemInUse");
        }
        items.remove(item);
        renumber(item.getKind());
        if (item.getSectionKey() != null) {
            List<PlanItem> rest = itemsIn(item.getSectionKey());
            for (int i = 0; i < rest.size(); i++) {
                rest.get(i).placeIn(item.getSectionKey(), i);
            }
        }
        record("ITEM_REMOVED", step, null, item.getKind().name());
    }

    /**
     * Moves an item one place up ({@code -1}) or down ({@code +1}) within its part. A move past
     * either end changes nothing but is still a line of history, as the request was made.
     */
    public void moveItem(long itemId, int direction, Step step) {
        requireDraft();
        PlanItem item = item(itemId);
        List<PlanItem> siblings = itemsOf(item.getKind());
        int from = siblings.indexOf(item);
        int to = from + Integer.signum(direction);
        if (to >= 0 && to < siblings.size()) {
            PlanItem other = siblings.get(to);
            other.setPosition(from);
            item.setPosition(to);
            if (item.getSectionKey() != null && item.getSectionKey().equals(other.getSectionKey())) {
                int place = item.getSectionPosition();
                item.placeIn(item.getSectionKey(), other.getSectionPosition());
                other.placeIn(other.getSectionKey(), place);
            }
        }
        record("ITEM_MOVED", step, null, item.getKind().name());
    }

    public List<PlanItem> itemsOf(ItemKind kind) {
        return items.stream().filter(i -> i.getKind() == kind)
                .sorted(Comparator.comparingInt(PlanItem::getPosition)).toList();
    }

    private void renumber(ItemKind kind) {
        List<PlanItem> list = itemsOf(kind);
        for (int i = 0; i < list.size(); i++) {
            list.get(i).setPosition(i);
        }
    }

    private PlanItem item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan item", itemId));
    }

    public PlanActivity addActivity(ActivityData data, Step step) {
        requireDraft();
        PlanActivity activity = appendActivity(data, UUID.randomUUID());
        record("ACTIVITY_ADDED", step, null, null);
        return activity;
    }

    private PlanActivity appendActivity(ActivityData data, UUID key) {
        PlanActivity activity = new PlanActivity(this, key, activities.size());
        activity.fill(data);
        activities.add(activity);
        return activity;
    }

    public void changeActivity(long activityId, ActivityData data, Step step) {
        requireDraft();
        activity(activityId).fill(data);
        record("ACTIVITY_CHANGED", step, null, null);
    }

    public void removeActivity(long activityId, Step step) {
        requireDraft();
        activities.remove(activity(activityId));
        for (int i = 0; i < activities.size(); i++) {
            activities.get(i).setPosition(i);
        }
        record("ACTIVITY_REMOVED", step, null, null);
    }

    /** The activities the node leads or cooperates in. */
    public List<PlanActivity> activitiesAssignedTo(long nodeId) {
        return activities.stream()
                .filter(a -> a.getLeadNodeId() == nodeId || a.getCooperatorNodeIds().contains(nodeId))
                .toList();
    }

    public PlanActivity activity(long activityId) {
        return activities.stream().filter(a -> a.getId() != null && a.getId() == activityId).findFirst()
                .orElseThrow(() -> new NotFoundException("plan activity", activityId));
    }

    // --- lifecycle ---

    public void submit(Step step) {
        requireStatus(PlanStatus.DRAFT, "plan.error.submitNotDraft");
        if (itemsOf(ItemKind.CONTENT).isEmpty()) {
            throw new DomainException("plan.error.noContent");
        }
        // What issuing will need besides the number and date, checked before the leader sees it.
        if (isBlank(docSymbol) || isBlank(signerName) || isBlank(signerAuthority)) {
            throw new DomainException("plan.error.submitIncomplete");
        }
        status = PlanStatus.SUBMITTED;
        returnReason = null;
        record("SUBMITTED", step, null, null);
    }

    /**
     * Whether the submitted plan has what issuing needs besides its number and date, which the
     * issuer gives: the symbol, the signing authority and the signer.
     */
    public void requireIssuable() {
        requireStatus(PlanStatus.SUBMITTED, "plan.error.issueNotSubmitted");
        if (isBlank(docSymbol) || isBlank(signerName) || isBlank(signerAuthority)) {
            throw new DomainException("plan.error.issueIncomplete");
        }
    }

    /**
     * Issues the plan with the number and date it is issued under; {@code changes} are what
     * changed since the version it replaces (none for a first).
     */
    public void issue(String number, LocalDate date, Step step, String changes) {
        requireIssuable();
        if (isBlank(number) || date == null) {
            throw new DomainException("plan.error.issueIncomplete");
        }
        docNumber = number.trim();
        issueDate = date;
        status = PlanStatus.ISSUED;
        record("ISSUED", step, null, changes);
    }

    public String getSignerName() {
        return signerName;
    }

    public void returnForRevision(String reason, Step step) {
        requireStatus(PlanStatus.SUBMITTED, "plan.error.returnNotSubmitted");
        if (isBlank(reason)) {
            throw DomainException.onField("reason", "plan.error.reasonRequired");
        }
        status = PlanStatus.DRAFT;
        returnReason = reason.trim();
        record("RETURNED", step, returnReason, null);
    }

    public void close(Step step) {
        requireStatus(PlanStatus.ISSUED, "plan.error.closeNotIssued");
        status = PlanStatus.CLOSED;
        record("CLOSED", step, null, null);
    }

    /**
     * The issuing office decided whether units report for a period whose deadline passed before
     * the plan was issued (ADR 0032); {@code details} is "period" or "period:yyyy-mm-dd" (the new deadline).
     */
    public void recordPeriodDecision(boolean expected, String details, Step step) {
        if (!status.isIssued()) {
            throw new DomainException("plan.error.closeNotIssued");
        }
        record(expected ? "PERIOD_EXPECTED" : "PERIOD_NOT_EXPECTED", step, null, details);
    }

    /** A newer version ({@code by}) of this plan was issued; this one stays readable in the history. */
    public void supersede(Plan by, Step step) {
        requireStatus(PlanStatus.ISSUED, "plan.error.closeNotIssued");
        status = PlanStatus.SUPERSEDED;
        record("SUPERSEDED", step, null, "v" + by.versionNo);
    }

    /**
     * The next version of an issued plan, as a draft with the same parts and activities (keys
     * kept, so reports and implementing plans still match). Number and date are cleared: an
     * amendment is issued as a new document.
     */
    public Plan amendment(Step step) {
        requireStatus(PlanStatus.ISSUED, "plan.error.amendNotIssued");
        Plan next = copy(step.actorId(), true);
        next.lineageId = lineageId;
        next.versionNo = versionNo + 1;
        next.parentPlanId = parentPlanId;
        next.record("AMENDED", step, null, "v" + versionNo);
        return next;
    }

    /** Next year's plan started from this one: every part and activity, numbers and dates cleared. */
    public Plan copyForward(Step step) {
        Plan next = copy(step.actorId(), false);
        next.year = year + 1;
        next.parentPlanId = null;
        next.copiedFromLineageId = lineageId;
        next.title = title.replace(Integer.toString(year), Integer.toString(year + 1));
        next.record("COPIED_FORWARD", step, null, Integer.toString(year));
        return next;
    }

    private Plan copy(Long actorId, boolean keepKeysAndDates) {
        PlanHeader h = header();
        Plan next = new Plan(issuingNodeId, new PlanHeader(h.year(), h.parentPlanId(), null, h.docSymbol(), h.place(),
                null, h.title(), h.parentBody(), h.issuingBody(), h.intro(), h.budget(), h.reportingDuty(),
                h.closing(), h.archiveLine(), h.signerAuthority(), h.signerName()), actorId);
        java.util.Map<UUID, UUID> contentKeys = new java.util.HashMap<>();
        for (PlanSection section : sections()) {
            next.sections.add(new PlanSection(next, section.getKey(), section.getPosition(), section.getLevel(),
                    section.getHeading(), section.getListStyle(), section.getRole()));
        }
        for (ItemKind kind : ItemKind.values()) {
            for (PlanItem item : itemsOf(kind)) {
                UUID key = keepKeysAndDates ? item.getKey() : UUID.randomUUID();
                contentKeys.put(item.getKey(), key);
                PlanItem copied = next.appendItem(kind, item.getHeading(), item.getBody(), key);
                if (item.getSectionKey() != null) {
                    copied.placeIn(item.getSectionKey(), item.getSectionPosition());
                }
            }
        }
        for (PlanActivity activity : activities) {
            ActivityData d = activity.data();
            ActivityData copied = new ActivityData(d.contentItemKey() == null ? null : contentKeys.get(d.contentItemKey()),
                    d.name(), d.leadNodeId(), d.cooperatorNodeIds(), d.audience(), d.outputProduct(), d.quarters(),
                    keepKeysAndDates ? d.dueDate() : null, d.channelIds(), d.targets(),
                    keepKeysAndDates ? d.parentActivityKey() : null);
            next.appendActivity(copied, keepKeysAndDates ? activity.getActivityKey() : UUID.randomUUID());
        }
        return next;
    }

    /**
     * A unit's own plan implementing this one: the content items behind the unit's activities, and
     * those activities, each linked to the parent activity. The parent's other sections are not
     * copied (a clerk deleted them one by one): {@link #copyItemsFrom} copies a section on request.
     */
    public Plan implementingPlan(long unitNodeId, PlanHeader header, List<PlanActivity> assigned, Step step) {
        Plan child = new Plan(unitNodeId, header, step.actorId());
        child.parentPlanId = id;
        child.implementsLineageId = lineageId;
        java.util.Map<UUID, UUID> contentKeys = new java.util.HashMap<>();
        for (PlanItem item : itemsOf(ItemKind.CONTENT)) {
            boolean used = assigned.stream().anyMatch(a -> item.getKey().equals(a.getContentItemKey()));
            if (used) {
                contentKeys.put(item.getKey(), child.appendItem(ItemKind.CONTENT, item.getHeading(), item.getBody(),
                        UUID.randomUUID()).getKey());
            }
        }
        for (PlanActivity activity : assigned) {
            ActivityData d = activity.data();
            child.appendActivity(new ActivityData(d.contentItemKey() == null ? null : contentKeys.get(d.contentItemKey()),
                    d.name(), unitNodeId, List.of(), d.audience(), d.outputProduct(), d.quarters(), d.dueDate(),
                    d.channelIds(), d.targets(), activity.getActivityKey()), UUID.randomUUID());
        }
        child.record("IMPLEMENTING_STARTED", step, null, docNumber);
        return child;
    }

    /**
     * Copies one section's items of the plan this one implements ("Sao chép từ kế hoạch cấp trên"),
     * after the items the section has. An item whose text the section already holds is skipped, so
     * a second click copies nothing twice. Copies get keys of their own.
     *
     * @return how many items were copied
     */
    public int copyItemsFrom(Plan parent, ItemKind kind, Step step) {
        requireDraft();
        if (parentPlanId == null || !parentPlanId.equals(parent.id)) {
            throw new DomainException("plan.error.noParentPlan");
        }
        java.util.Set<String> present = new java.util.HashSet<>();
        itemsOf(kind).forEach(item -> present.add(item.getBody()));
        int copied = 0;
        for (PlanItem item : parent.itemsOf(kind)) {
            if (present.add(item.getBody())) {
                appendItem(kind, item.getHeading(), item.getBody(), UUID.randomUUID());
                copied++;
            }
        }
        record("ITEMS_COPIED", step, null, kind.name());
        return copied;
    }

    /**
     * Every edit goes through here: it refuses anything but a draft, and it touches the plan so
     * that its version moves even when only an item or activity changed (those collections do not
     * bump the owner's version by themselves), which is what turns a concurrent edit into a conflict.
     */
    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new DomainException("plan.error.notEditable");
        }
        updatedAt = Instant.now();
    }

    private void requireStatus(PlanStatus expected, String messageKey) {
        if (status != expected) {
            throw new DomainException(messageKey);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    public Long getId() {
        return id;
    }

    public UUID getLineageId() {
        return lineageId;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public long getIssuingNodeId() {
        return issuingNodeId;
    }

    public Long getParentPlanId() {
        return parentPlanId;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public int getYear() {
        return year;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public String getDocSymbol() {
        return docSymbol;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public String getTitle() {
        return title;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public List<PlanItem> getItems() {
        return items;
    }

    public List<PlanActivity> getActivities() {
        return activities;
    }
}

package vn.parcomms.plan.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A trackable piece of the plan: content item × channels × lead unit (+ cooperating units) ×
 * audience × output product × schedule × indicator targets. {@code activityKey} stays the same
 * across versions of the plan so reports and implementing plans keep pointing at it.
 */
@Entity
@Table(name = "plan_activity")
public class PlanActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "activity_key")
    private UUID activityKey;

    @Column(name = "parent_activity_key")
    private UUID parentActivityKey;

    @Column(name = "content_item_key")
    private UUID contentItemKey;

    private int position;
    private String name;

    @Column(name = "lead_node_id")
    private long leadNodeId;

    private String audience;

    @Column(name = "output_product")
    private String outputProduct;

    /** Quarters in which the activity runs, as digits: "1234" for all year, "2" for the second quarter. */
    private String quarters = "";

    @Column(name = "due_date")
    private LocalDate dueDate;

    @ElementCollection
    @CollectionTable(name = "plan_activity_channel", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "channel_id")
    private Set<Long> channelIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_activity_cooperator", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "node_id")
    private Set<Long> cooperatorNodeIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "plan_activity_target", joinColumns = @JoinColumn(name = "activity_id"))
    @OrderBy("indicatorId")
    private List<ActivityTarget> targets = new ArrayList<>();

    protected PlanActivity() {
    }

    PlanActivity(Plan plan, UUID activityKey, int position) {
        this.plan = plan;
        this.activityKey = activityKey;
        this.position = position;
    }

    void fill(ActivityData data) {
        this.contentItemKey = data.contentItemKey();
        this.name = data.name();
        this.leadNodeId = data.leadNodeId();
        this.audience = data.audience();
        this.outputProduct = data.outputProduct();
        this.quarters = data.quarters();
        this.dueDate = data.dueDate();
        this.parentActivityKey = data.parentActivityKey();
        this.channelIds = new LinkedHashSet<>(data.channelIds());
        this.cooperatorNodeIds = new LinkedHashSet<>(data.cooperatorNodeIds());
        this.targets = new ArrayList<>(data.targets());
    }

    public ActivityData data() {
        return new ActivityData(contentItemKey, name, leadNodeId, List.copyOf(cooperatorNodeIds), audience,
                outputProduct, quarters, dueDate, List.copyOf(channelIds), List.copyOf(targets), parentActivityKey);
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Plan getPlan() {
        return plan;
    }

    public UUID getActivityKey() {
        return activityKey;
    }

    public UUID getParentActivityKey() {
        return parentActivityKey;
    }

    public UUID getContentItemKey() {
        return contentItemKey;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public long getLeadNodeId() {
        return leadNodeId;
    }

    public String getAudience() {
        return audience;
    }

    public String getOutputProduct() {
        return outputProduct;
    }

    public String getQuarters() {
        return quarters;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Set<Long> getChannelIds() {
        return channelIds;
    }

    public Set<Long> getCooperatorNodeIds() {
        return cooperatorNodeIds;
    }

    public List<ActivityTarget> getTargets() {
        return targets;
    }

    /** Everything an activity holds apart from its identity. */
    public record ActivityData(UUID contentItemKey, String name, long leadNodeId, List<Long> cooperatorNodeIds,
            String audience, String outputProduct, String quarters, LocalDate dueDate, List<Long> channelIds,
            List<ActivityTarget> targets, UUID parentActivityKey) {
    }
}

package vn.parcomms.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.parcomms.plan.ItemKind;

/** One entry of an ordered part of a plan. Its letter or number comes from its position. */
@Entity
@Table(name = "plan_item")
public class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private int position;
    private String heading;
    private String body;

    @Column(name = "item_key")
    private UUID key;

    /** The outline's section the item stands in; null for the legal basis and the recipients. */
    @Column(name = "section_key")
    private UUID sectionKey;

    /** The item's place within its section (its place within its kind is {@code position}). */
    @Column(name = "section_position")
    private int sectionPosition;

    protected PlanItem() {
    }

    PlanItem(Plan plan, ItemKind kind, int position, String heading, String body, UUID key) {
        this.plan = plan;
        this.kind = kind;
        this.position = position;
        this.heading = heading;
        this.body = body;
        this.key = key;
    }

    void change(String newHeading, String newBody) {
        this.heading = newHeading;
        this.body = newBody;
    }

    void setPosition(int position) {
        this.position = position;
    }

    void placeIn(UUID section, int place) {
        this.sectionKey = section;
        this.sectionPosition = place;
    }

    public UUID getSectionKey() {
        return sectionKey;
    }

    public int getSectionPosition() {
        return sectionPosition;
    }

    public Long getId() {
        return id;
    }

    public ItemKind getKind() {
        return kind;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getBody() {
        return body;
    }

    public UUID getKey() {
        return key;
    }
}

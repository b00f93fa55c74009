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
import vn.parcomms.document.ListStyle;
import vn.parcomms.plan.SectionRole;

/**
 * A section (level 1, numbered I. II. …) or sub-section (level 2, numbered 1. 2. …) of a plan's
 * outline, in the plan's order; a sub-section belongs to the section above it. Its number is
 * computed from its place, its heading is printed as the office wrote it.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id")
    private Plan plan;

    @Column(name = "section_key")
    private UUID key;

    private int position;
    private int level;
    private String heading;

    @Enumerated(EnumType.STRING)
    @Column(name = "list_style")
    private ListStyle listStyle;

    @Enumerated(EnumType.STRING)
    private SectionRole role;

    protected PlanSection() {
    }

    PlanSection(Plan plan, UUID key, int position, int level, String heading, ListStyle listStyle, SectionRole role) {
        this.plan = plan;
        this.key = key;
        this.position = position;
        this.level = level;
        this.heading = heading;
        this.listStyle = listStyle;
        this.role = role;
    }

    void rename(String newHeading) {
        this.heading = newHeading;
    }

    void changeStyle(ListStyle style) {
        this.listStyle = style;
    }

    void setPosition(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public UUID getKey() {
        return key;
    }

    public int getPosition() {
        return position;
    }

    public int getLevel() {
        return level;
    }

    public String getHeading() {
        return heading;
    }

    public ListStyle getListStyle() {
        return listStyle;
    }

    public SectionRole getRole() {
        return role;
    }
}

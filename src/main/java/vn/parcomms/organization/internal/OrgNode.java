package vn.parcomms.organization.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeView;

/** A node of the organisation tree; {@code path} lists the ids from the root down to itself. */
@Entity
@Table(name = "org_node")
public class OrgNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;
    private String name;

    @Column(name = "short_name")
    private String shortName;

    @Enumerated(EnumType.STRING)
    private OrgKind kind;

    @Column(name = "parent_id")
    private Long parentId;

    private String place;

    /** The body it reports to when that is not its parent (ADR 0016); null: it reports to its parent. */
    @Column(name = "reporting_parent_id")
    private Long reportingParentId;

    private String path;
    private int depth;
    private boolean active = true;

    /** The day the name in force was taken; null: since the node was entered. */
    @Column(name = "name_since")
    private java.time.LocalDate nameSince;

    /** The last day of a merged, split or dissolved node; null while it exists. */
    @Column(name = "ended_on")
    private java.time.LocalDate endedOn;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected OrgNode() {
    }

    public OrgNode(String code, String name, String shortName, OrgKind kind) {
        this.code = code;
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.path = "/";
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

    /** Places the node under {@code parent} (or at the root when null); its own id must be known. */
    public void placeUnder(OrgNode parent) {
        if (parent == null) {
            parentId = null;
            path = "/" + id + "/";
            depth = 0;
        } else {
            parentId = parent.id;
            path = parent.path + id + "/";
            depth = parent.depth + 1;
        }
    }

    public void rename(String newCode, String newName, String newShortName, OrgKind newKind) {
        this.code = newCode;
        this.name = newName;
        this.shortName = newShortName;
        this.kind = newKind;
    }

    /** The place its documents write before the date; null for none. */
    public void changePlace(String newPlace) {
        this.place = newPlace;
    }

    /**
     * Reports to {@code body} instead of the parent, or to the parent again when null or the parent
     * itself. The service checks province and circles first.
     */
    public void reportTo(OrgNode body) {
        reportingParentId = body == null || body.id.equals(parentId) ? null : body.id;
    }

    public Long getReportingParentId() {
        return reportingParentId;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }

    /** Takes a new name from {@code since}; the caller keeps the old one in the name history. */
    public void renameFrom(java.time.LocalDate since, String newName, String newShortName) {
        this.name = newName;
        this.shortName = newShortName;
        this.nameSince = since;
    }

    /** Ends the node on {@code lastDay}: merged, split or dissolved. It stays in the tree, inactive. */
    public void end(java.time.LocalDate lastDay) {
        this.endedOn = lastDay;
        this.active = false;
    }

    public java.time.LocalDate getNameSince() {
        return nameSince;
    }

    public java.time.LocalDate getEndedOn() {
        return endedOn;
    }

    public String getShortName() {
        return shortName;
    }

    public boolean isWithin(OrgNode ancestor) {
        return path.startsWith(ancestor.path);
    }

    public OrgNodeView toView() {
        return new OrgNodeView(id, code, name, shortName, kind, parentId, depth, active, version, place);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public OrgKind getKind() {
        return kind;
    }

    public String getPlace() {
        return place;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getPath() {
        return path;
    }

    public int getDepth() {
        return depth;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}

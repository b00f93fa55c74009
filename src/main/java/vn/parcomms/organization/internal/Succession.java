package vn.parcomms.organization.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.shared.Step;

/**
 * One change of the tree by its legal act, with the links from predecessors to successors and
 * what moved. Written once, when the change is made; never edited.
 */
@Entity
@Table(name = "org_node_succession")
public class Succession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private SuccessionKind kind;

    @Column(name = "node_id")
    private long nodeId;

    @Column(name = "effective_date")
    private LocalDate effectiveDate;

    private String decision;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    @Column(name = "recorded_by_id")
    private Long recordedById;

    @Column(name = "recorded_by_name")
    private String recordedByName;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "org_node_succession_link", joinColumns = @JoinColumn(name = "succession_id"))
    private List<Link> links = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "org_node_succession_transfer", joinColumns = @JoinColumn(name = "succession_id"))
    @OrderColumn(name = "position")
    private List<Transfer> transfers = new ArrayList<>();

    protected Succession() {
    }

    public Succession(SuccessionKind kind, long nodeId, LocalDate effectiveDate, String decision, String oldValue,
            String newValue, Step step) {
        this.kind = kind;
        this.nodeId = nodeId;
        this.effectiveDate = effectiveDate;
        this.decision = decision;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.recordedById = step.actorId();
        this.recordedByName = step.actorName();
        this.recordedAt = step.at();
    }

    public void link(long predecessorId, long successorId, boolean main) {
        links.add(new Link(predecessorId, successorId, main));
    }

    public void moved(long fromNodeId, long toNodeId, String what, long amount) {
        transfers.add(new Transfer(fromNodeId, toNodeId, what, (int) amount));
    }

    public Long getId() {
        return id;
    }

    public SuccessionKind getKind() {
        return kind;
    }

    public long getNodeId() {
        return nodeId;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public String getDecision() {
        return decision;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Link> getLinks() {
        return List.copyOf(links);
    }

    public List<Transfer> getTransfers() {
        return List.copyOf(transfers);
    }

    @Embeddable
    public static class Link {

        @Column(name = "predecessor_id")
        private long predecessorId;

        @Column(name = "successor_id")
        private long successorId;

        private boolean main;

        protected Link() {
        }

        Link(long predecessorId, long successorId, boolean main) {
            this.predecessorId = predecessorId;
            this.successorId = successorId;
            this.main = main;
        }

        public long getPredecessorId() {
            return predecessorId;
        }

        public long getSuccessorId() {
            return successorId;
        }

        public boolean isMain() {
            return main;
        }
    }

    @Embeddable
    public static class Transfer {

        @Column(name = "from_node_id")
        private long fromNodeId;

        @Column(name = "to_node_id")
        private long toNodeId;

        private String what;
        private int amount;

        protected Transfer() {
        }

        Transfer(long fromNodeId, long toNodeId, String what, int amount) {
            this.fromNodeId = fromNodeId;
            this.toNodeId = toNodeId;
            this.what = what;
            this.amount = amount;
        }

        public long getFromNodeId() {
            return fromNodeId;
        }

        public long getToNodeId() {
            return toNodeId;
        }

        public String getWhat() {
            return what;
        }

        public int getAmount() {
            return amount;
        }
    }
}

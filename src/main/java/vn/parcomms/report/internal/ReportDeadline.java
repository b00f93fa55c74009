package vn.parcomms.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import vn.parcomms.report.ReportPeriod;

/** The units' deadline for one period, set by the office of the issuing node instead of the default. */
@Entity
@Table(name = "report_deadline")
public class ReportDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "node_id")
    private long nodeId;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportPeriod period;

    private LocalDate deadline;

    @Version
    private long version;

    protected ReportDeadline() {
    }

    public ReportDeadline(long nodeId, int year, ReportPeriod period, LocalDate deadline) {
        this.nodeId = nodeId;
        this.year = year;
        this.period = period;
        this.deadline = deadline;
    }

    public void moveTo(LocalDate deadline) {
        this.deadline = deadline;
    }

    public long getNodeId() {
        return nodeId;
    }

    public int getYear() {
        return year;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public LocalDate getDeadline() {
        return deadline;
    }
}

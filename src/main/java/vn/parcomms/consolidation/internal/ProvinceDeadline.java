package vn.parcomms.consolidation.internal;

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

/** The agencies' consolidated report deadline of one period, set by Home Affairs of the province. */
@Entity
@Table(name = "consolidation_deadline")
public class ProvinceDeadline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "province_node_id")
    private long provinceNodeId;

    @Column(name = "plan_year")
    private int year;

    @Enumerated(EnumType.STRING)
    private ReportPeriod period;

    private LocalDate deadline;

    @Version
    private long version;

    protected ProvinceDeadline() {
    }

    public ProvinceDeadline(long provinceNodeId, int year, ReportPeriod period, LocalDate deadline) {
        this.provinceNodeId = provinceNodeId;
        this.year = year;
        this.period = period;
        this.deadline = deadline;
    }

    public void moveTo(LocalDate deadline) {
        this.deadline = deadline;
    }

    public ReportPeriod getPeriod() {
        return period;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public long getVersion() {
        return version;
    }
}

package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A province's PAR INDEX criteria for a year ({@code provinceNodeId} and {@code year} null on the
 * default set), its criteria in the order of the sheet: each criterion followed by its
 * sub-criteria. {@code copiedFromYear} is the year it was copied from, if it was.
 */
public record CriteriaSet(long id, Long provinceNodeId, Integer year, Integer copiedFromYear, long version,
        List<Criterion> criteria) {

    public CriteriaSet {
        criteria = List.copyOf(criteria);
    }

    /** Whether this is the province's own set for the year (not a default it falls back to). */
    public boolean isOwn(long province, int forYear) {
        return Objects.equals(provinceNodeId, province) && Objects.equals(year, forYear);
    }

    public List<Criterion> topLevel() {
        return criteria.stream().filter(c -> c.parentId() == null).toList();
    }

    public List<Criterion> childrenOf(long id) {
        return criteria.stream().filter(c -> c.parentId() != null && c.parentId() == id).toList();
    }

    /** The most a node can score: the top-level criteria's maxima. */
    public BigDecimal maximum() {
        return Points.plain(topLevel().stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public java.util.Optional<Criterion> find(long criterionId) {
        return criteria.stream().filter(c -> c.id() == criterionId).findFirst();
    }
}

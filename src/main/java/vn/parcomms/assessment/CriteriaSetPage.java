package vn.parcomms.assessment;

import java.util.List;

/**
 * What the province's administrator sees of the criteria for a year: the set in force ({@code own}
 * when it is the province's own for the year, else the default it falls back to), whether last
 * year has a set to copy, the years the province has its own set for and the latest changes.
 */
public record CriteriaSetPage(int year, CriteriaSet set, boolean own, boolean lastYearOwn, List<Integer> ownYears,
        List<CriteriaChange> history) {

    public CriteriaSetPage {
        ownYears = List.copyOf(ownYears);
        history = List.copyOf(history);
    }

    /** The version the next change must name: the own set's, null while the province has none. */
    public Long version() {
        return own ? set.version() : null;
    }
}

package vn.parcomms.plan.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A target for one indicator of an activity (e.g. 12 news items posted). */
@Embeddable
public class ActivityTarget {

    @Column(name = "indicator_id")
    private long indicatorId;

    private int target;

    protected ActivityTarget() {
    }

    public ActivityTarget(long indicatorId, int target) {
        this.indicatorId = indicatorId;
        this.target = target;
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public int getTarget() {
        return target;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ActivityTarget that && indicatorId == that.indicatorId && target == that.target;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(indicatorId) * 31 + target;
    }
}

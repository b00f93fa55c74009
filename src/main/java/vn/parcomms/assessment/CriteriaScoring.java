package vn.parcomms.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes every criterion of a set from a node's facts: each rule kind in one method, no rule
 * anywhere else. A criterion never scores above its maximum; a deduction may go below zero (a
 * sheet of negative points has maximum 0). A group is the sum of its sub-criteria, at most its
 * maximum.
 */
public final class CriteriaScoring {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CriteriaScoring() {
    }

    /** Every criterion's score in the set's order (each criterion before its sub-criteria). */
    public static List<CriterionScore> score(CriteriaSet set, ScoringFacts facts) {
        List<CriterionScore> scores = new ArrayList<>();
        for (Criterion c : set.topLevel()) {
            score(set, c, 0, facts, scores);
        }
        return scores;
    }

    /** The total of the top-level criteria. */
    public static BigDecimal total(List<CriterionScore> scores) {
        return Points.plain(scores.stream().filter(s -> s.depth() == 0).map(CriterionScore::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal score(CriteriaSet set, Criterion c, int depth, ScoringFacts facts,
            List<CriterionScore> scores) {
        int at = scores.size();
        scores.add(null);
        CriterionScore score;
        List<Criterion> children = set.childrenOf(c.id());
        if (c.kind() == CriterionKind.GROUP || !children.isEmpty()) {
            BigDecimal sum = BigDecimal.ZERO;
            for (Criterion child : children) {
                sum = sum.add(score(set, child, depth + 1, facts, scores));
            }
            score = new CriterionScore(c, depth, sum.min(c.maxPoints()), "parIndex.detail.GROUP",
                    List.of(children.size()));
        } else {
            score = rule(c, depth, facts);
        }
        scores.set(at, score);
        return score.points();
    }

    static CriterionScore rule(Criterion c, int depth, ScoringFacts f) {
        return switch (c.kind()) {
            case PLAN_ISSUED -> planIssued(c, depth, f);
            case ACTIVITIES_DONE -> activitiesDone(c, depth, f);
            case TARGETS_MET -> targetsMet(c, depth, f);
            case REPORTS_ON_TIME -> reportsOnTime(c, depth, f);
            case CHANNEL_DIVERSITY -> channelDiversity(c, depth, f);
            case ACTIVITY_COUNT -> activityCount(c, depth, f);
            case MANUAL -> capped(c, depth, BigDecimal.ZERO, "parIndex.detail.MANUAL");
            case GROUP -> capped(c, depth, BigDecimal.ZERO, "parIndex.detail.GROUP", 0);
        };
    }

    /** The last day of the year a plan counts as issued on time. */
    public static LocalDate deadline(Criterion c, int year) {
        LocalDate first = LocalDate.of(year, c.number("deadlineMonth").intValue(), 1);
        return first.withDayOfMonth(Math.min(c.number("deadlineDay").intValue(), first.lengthOfMonth()));
    }

    private static CriterionScore planIssued(Criterion c, int depth, ScoringFacts f) {
        LocalDate deadline = deadline(c, f.year());
        if (f.planIssued() == null) {
            return capped(c, depth, c.number("nonePoints"), "parIndex.detail.PLAN_ISSUED.none", deadline);
        }
        boolean late = f.planIssued().isAfter(deadline);
        return capped(c, depth, c.number(late ? "latePoints" : "onTimePoints"),
                late ? "parIndex.detail.PLAN_ISSUED.late" : "parIndex.detail.PLAN_ISSUED.onTime", f.planIssued(),
                deadline);
    }

    private static CriterionScore activitiesDone(Criterion c, int depth, ScoringFacts f) {
        int base = f.activitiesDue() - f.activitiesDropped();
        String key = "parIndex.detail.ACTIVITIES_DONE";
        if ("PROPORTIONAL".equals(c.word("mode"))) {
            BigDecimal points = base <= 0 ? BigDecimal.ZERO : share(c.maxPoints(), f.activitiesDone(), base);
            return capped(c, depth, points, key, f.activitiesDone(), base);
        }
        // Stepped on the rollup's own percentage, as the page shows it.
        BigDecimal percent = f.donePercent() == null ? null : BigDecimal.valueOf(f.donePercent());
        return capped(c, depth, stepped(c, percent), key, f.activitiesDone(), base);
    }

    private static CriterionScore targetsMet(Criterion c, int depth, ScoringFacts f) {
        List<ScoringFacts.IndicatorFact> targeted = f.indicators().stream().filter(i -> i.target() > 0).toList();
        int met = (int) targeted.stream().filter(ScoringFacts.IndicatorFact::met).count();
        String key = "parIndex.detail.TARGETS_MET";
        if ("PROPORTIONAL".equals(c.word("mode"))) {
            BigDecimal points = targeted.isEmpty() ? BigDecimal.ZERO : share(c.maxPoints(), met, targeted.size());
            return capped(c, depth, points, key, met, targeted.size());
        }
        BigDecimal percent = targeted.isEmpty() ? null
                : BigDecimal.valueOf(met).multiply(HUNDRED).divide(BigDecimal.valueOf(targeted.size()), 4,
                        RoundingMode.HALF_UP);
        return capped(c, depth, stepped(c, percent), key, met, targeted.size());
    }

    private static CriterionScore reportsOnTime(Criterion c, int depth, ScoringFacts f) {
        if ("DEDUCTION".equals(c.word("mode"))) {
            BigDecimal points = c.number("latePoints").multiply(BigDecimal.valueOf(f.reportsLate()))
                    .add(c.number("missingPoints").multiply(BigDecimal.valueOf(f.reportsMissing())));
            if (c.has("minimumPoints")) {
                points = points.max(c.number("minimumPoints"));
            }
            return capped(c, depth, points, "parIndex.detail.REPORTS_ON_TIME.deduction", f.reportsLate(),
                    f.reportsMissing(), f.reportsExpected());
        }
        boolean all = f.reportsExpected() > 0 && f.reportsOnTime() == f.reportsExpected();
        return capped(c, depth, c.number(all ? "onTimePoints" : "latePoints"), "parIndex.detail.REPORTS_ON_TIME",
                f.reportsOnTime(), f.reportsExpected());
    }

    private static CriterionScore channelDiversity(Criterion c, int depth, ScoringFacts f) {
        int online = f.channels("ONLINE");
        int traditional = f.channels("TRADITIONAL");
        BigDecimal points = c.number("onlinePerChannel").multiply(BigDecimal.valueOf(online)).min(c.number("onlineCap"))
                .add(c.number("traditionalPerChannel").multiply(BigDecimal.valueOf(traditional))
                        .min(c.number("traditionalCap")));
        return capped(c, depth, points, "parIndex.detail.CHANNEL_DIVERSITY", online, traditional);
    }

    private static CriterionScore activityCount(Criterion c, int depth, ScoringFacts f) {
        String code = c.word("indicator");
        long count = f.indicators().stream().filter(i -> i.code().equalsIgnoreCase(code))
                .mapToLong(ScoringFacts.IndicatorFact::actual).sum();
        return capped(c, depth, c.number("perItem").multiply(BigDecimal.valueOf(count)),
                "parIndex.detail.ACTIVITY_COUNT", count, code);
    }

    /** Above the high share the high points, from the low share up to it the middle points, else the low. */
    private static BigDecimal stepped(Criterion c, BigDecimal percent) {
        if (percent == null) {
            return c.number("lowPoints");
        }
        if (percent.compareTo(c.number("highPercent")) > 0) {
            return c.number("highPoints");
        }
        return percent.compareTo(c.number("lowPercent")) >= 0 ? c.number("midPoints") : c.number("lowPoints");
    }

    /** The maximum in proportion: 4 of 5 targets met on 1 point gives 0.8. */
    private static BigDecimal share(BigDecimal max, long part, long whole) {
        return max.multiply(BigDecimal.valueOf(part)).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    private static CriterionScore capped(Criterion c, int depth, BigDecimal points, String key, Object... args) {
        return new CriterionScore(c, depth, Points.round(points.min(c.maxPoints())), key, List.of(args));
    }
}

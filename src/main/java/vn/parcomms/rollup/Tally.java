package vn.parcomms.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongFunction;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.CountingActivities;
import vn.parcomms.plan.CountingActivities.Counting;
import vn.parcomms.plan.CountingActivities.Origin;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportFacts.AcceptedEntry;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.VietnameseOrder;

/**
 * The one counting rule (ADR 0010), shared by the dashboard, the consolidated report and the
 * province view: every accepted figure counts exactly once in every total (per indicator, content
 * item, channel, unit and period), for the counting activity its entry maps to
 * ({@link CountingActivities}): under the plan's content item and channels of the activity it
 * carries out, or, for an activity a unit added to its own plan, as such under the unit's own
 * content text and channels. Targets are those of the plan's activities due by the period.
 */
final class Tally {

    /** Running sums of one indicator under one row of a breakdown. */
    static final class Sum {
        final long key;
        final String label;
        final boolean unitAdded;
        final int order;
        final ActivityView.TargetView indicator;
        final ActivityView.ChannelRef channel;
        long target;
        long actual;

        Sum(long key, String label, boolean unitAdded, int order, ActivityView.TargetView indicator,
                ActivityView.ChannelRef channel) {
            this.key = key;
            this.label = label;
            this.unitAdded = unitAdded;
            this.order = order;
            this.indicator = indicator;
            this.channel = channel;
        }

        Rollup.Breakdown breakdown() {
            return new Rollup.Breakdown(key, label, channel == null ? null : channel.nameEn(), unitAdded,
                    indicator.indicatorId(), indicator.name(),
                    indicator.nameEn(), indicator.unit(), indicator.unitEn(), target, actual);
        }
    }

    final Map<SumKey, Sum> indicators = new LinkedHashMap<>();
    final Map<SumKey, Sum> contents = new LinkedHashMap<>();
    final Map<SumKey, Sum> channels = new LinkedHashMap<>();
    final Map<SumKey, Sum> units = new LinkedHashMap<>();
    final Map<ReportPeriod, Map<Long, long[]>> periods = new EnumMap<>(ReportPeriod.class);
    private final Map<Long, ActivityView.TargetView> indicatorNames = new LinkedHashMap<>();

    private final CountingActivities plan;
    private final Map<UUID, Counting> counting;
    private final Map<UUID, UUID> countsFor;
    private final LongFunction<ActivityView.TargetView> indicatorOf;
    private final boolean breakdowns;
    /** Where a counting activity's figures go in the content breakdown, worked out once per activity. */
    private final Map<ActivityView, Placement> placements = new java.util.IdentityHashMap<>();

    /** A row of a breakdown: its key (node or channel id), label, whether a unit added it, and the indicator. */
    private record SumKey(long key, String label, boolean unitAdded, long indicatorId) {
    }

    /** A counting activity's row in the content breakdown. */
    private record Placement(long key, String label, boolean unitAdded, int order) {
    }

    /**
     * Every total and breakdown (the dashboard, the consolidated report).
     *
     * @param indicatorOf the name and measure of an indicator no counting activity targets (a unit
     *        may report a figure for an indicator its own activity targets and the plan's does not)
     */
    Tally(CountingActivities plan, LongFunction<ActivityView.TargetView> indicatorOf) {
        this(plan, indicatorOf, true);
    }

    private Tally(CountingActivities plan, LongFunction<ActivityView.TargetView> indicatorOf, boolean breakdowns) {
        this.plan = plan;
        this.counting = plan.byKey();
        this.countsFor = plan.countsFor();
        this.indicatorOf = indicatorOf;
        this.breakdowns = breakdowns;
    }

    /**
     * The totals by indicator and by channel only, by the same rule (the province's totals): no
     * content, unit or period rows are kept.
     */
    static Tally totalsOnly(CountingActivities plan, LongFunction<ActivityView.TargetView> indicatorOf) {
        return new Tally(plan, indicatorOf, false);
    }

    /** Targets of the activities due by the period (and per period for the period table). */
    void targets(List<ActivityView> activities, ReportPeriod period, Map<Long, String> unitNames) {
        for (ActivityView a : activities) {
            for (ActivityView.TargetView t : a.targets()) {
                indicatorNames.putIfAbsent(t.indicatorId(), t);
                for (ReportPeriod p : ReportPeriod.values()) {
                    if (breakdowns && a.dueByQuarter(p.quarter())) {
                        periods.computeIfAbsent(p, k -> new LinkedHashMap<>())
                                .computeIfAbsent(t.indicatorId(), k -> new long[2])[0] += t.target();
                    }
                }
                if (!a.dueByQuarter(period.quarter())) {
                    continue;
                }
                Counting c = counting.getOrDefault(a.key(), new Counting(a, Origin.PLAN));
                add(t, t.target(), 0, c, a.leadNodeId(), unitNames.getOrDefault(a.leadNodeId(), a.leadNodeName()));
            }
        }
    }

    /**
     * Actuals: each accepted figure of a period the chosen one includes, once, under its counting
     * activity. {@code unitId} 0 leaves the unit breakdown out (the province view has none).
     */
    void figure(AcceptedEntry e, ReportPeriod period, Map<Long, String> unitNames) {
        if (e.indicatorId() == null) {
            return;
        }
        Counting c = countingOf(e.activityKey());
        ActivityView.TargetView t = indicatorOf(c, e.indicatorId());
        indicatorNames.putIfAbsent(t.indicatorId(), t);
        for (ReportPeriod p : ReportPeriod.values()) {
            if (breakdowns && p.includes(e.period())) {
                periods.computeIfAbsent(p, k -> new LinkedHashMap<>())
                        .computeIfAbsent(t.indicatorId(), k -> new long[2])[1] += e.amount();
            }
        }
        if (period.includes(e.period())) {
            add(t, 0, e.amount(), c, e.unitId(), unitNames.get(e.unitId()));
        }
    }

    /** The counting activity of an entry key; null only for a key no plan knows (then counted without one). */
    Counting countingOf(UUID entryKey) {
        return plan.countingOf(entryKey);
    }

    private ActivityView.TargetView indicatorOf(Counting c, long indicatorId) {
        if (c != null) {
            for (ActivityView.TargetView t : c.activity().targets()) {
                if (t.indicatorId() == indicatorId) {
                    return t;
                }
            }
        }
        ActivityView.TargetView known = indicatorNames.get(indicatorId);
        return known != null ? known : indicatorOf.apply(indicatorId);
    }

    private void add(ActivityView.TargetView t, long target, long actual, Counting c, long unitId, String unitName) {
        add(indicators, 0, "", false, 0, t, null, target, actual);
        if (c == null) {
            if (breakdowns) {
                add(contents, 0, "—", false, Integer.MAX_VALUE, t, null, target, actual);
            }
        } else {
            ActivityView a = c.activity();
            if (breakdowns) {
                Placement p = placements.computeIfAbsent(a, x -> placement(x, c.origin() == Origin.UNIT_ADDED));
                add(contents, p.key(), p.label(), p.unitAdded(), p.order(), t, null, target, actual);
            }
            for (ActivityView.ChannelRef ch : a.channels()) {
                add(channels, ch.id(), ch.name(), false, 0, t, ch, target, actual);
            }
        }
        if (breakdowns && unitId != 0) {
            add(units, unitId, Objects.requireNonNullElse(unitName, "—"), false, 0, t, null, target, actual);
        }
    }

    private static Placement placement(ActivityView a, boolean added) {
        String label = added ? Objects.requireNonNullElse(a.leadNodeName(), "") + ": " + contentLabel(a)
                : contentLabel(a);
        return new Placement(added ? a.leadNodeId() : 0, label, added, contentOrder(a, added));
    }

    private static void add(Map<SumKey, Sum> map, long key, String label, boolean unitAdded, int order,
            ActivityView.TargetView t, ActivityView.ChannelRef channel, long target, long actual) {
        Sum sum = map.computeIfAbsent(new SumKey(key, label, unitAdded, t.indicatorId()),
                k -> new Sum(key, label, unitAdded, order, t, channel));
        sum.target += target;
        sum.actual += actual;
    }

    /** The plan's content items in letter order, then the units' own, then activities without one. */
    private static int contentOrder(ActivityView a, boolean added) {
        int index = a.contentLabel() == null ? 9_999 : letterIndex(a.contentLabel());
        return (added ? 100_000 : 0) + index;
    }

    /** "a" → 0, "đ" → 5 …: the letters' order, computed once. */
    private static final Map<String, Integer> LETTERS = new HashMap<>();

    static {
        for (int i = 0; i < 200; i++) {
            LETTERS.put(vn.parcomms.shared.VietnameseNumbering.letter(i), i);
        }
    }

    private static int letterIndex(String label) {
        String letters = label.endsWith(")") ? label.substring(0, label.length() - 1) : label;
        return LETTERS.getOrDefault(letters, 9_999);
    }

    static String contentLabel(ActivityView a) {
        if (a.contentText() == null) {
            return "—";
        }
        return a.contentLabel() == null ? a.contentText() : a.contentLabel() + " " + a.contentText();
    }

    List<Rollup.Breakdown> contentRows() {
        return contents.values().stream()
                .sorted(Comparator.comparingInt((Sum s) -> s.order).thenComparing(s -> s.label, VietnameseOrder.names())
                        .thenComparingLong(s -> s.indicator.indicatorId()))
                .map(Sum::breakdown).toList();
    }

    List<Rollup.Breakdown> rows(Map<SumKey, Sum> map) {
        return map.values().stream().map(Sum::breakdown)
                .sorted(VietnameseOrder.byName(Rollup.Breakdown::label).thenComparing(Rollup.Breakdown::indicatorId))
                .toList();
    }

    List<Rollup.IndicatorTotal> indicatorRows() {
        return indicators.values().stream().map(s -> new Rollup.IndicatorTotal(s.indicator.indicatorId(),
                s.indicator.name(), s.indicator.nameEn(), s.indicator.unit(), s.indicator.unitEn(), s.target, s.actual)).toList();
    }

    List<Rollup.PeriodTotal> periodRows() {
        List<Rollup.PeriodTotal> result = new ArrayList<>();
        for (ActivityView.TargetView t : indicatorNames.values()) {
            for (ReportPeriod p : ReportPeriod.values()) {
                long[] v = periods.getOrDefault(p, Map.of()).getOrDefault(t.indicatorId(), new long[2]);
                result.add(new Rollup.PeriodTotal(p, t.indicatorId(), t.name(), t.nameEn(), t.unit(), t.unitEn(), v[0],
                        v[1]));
            }
        }
        return result;
    }

    /**
     * Plan completion by the period: per lead unit, its activities due, dropped and done. An
     * activity is done (dropped) when, in the unit's latest accepted report up to the period, every
     * entry counting for it says so (a unit with its own plan reports it in parts).
     */
    List<Rollup.CompletionRow> completion(List<ActivityView> activities, List<AcceptedEntry> entries,
            Map<Long, String> unitNames, ReportPeriod period) {
        record Part(ReportPeriod period, boolean done, boolean dropped) {
        }
        record UnitKey(long unitId, UUID key) {
        }
        record UnitKeyPeriod(UnitKey unitKey, ReportPeriod period) {
        }
        Map<UnitKey, Part> latest = new HashMap<>();
        Map<UnitKeyPeriod, boolean[]> byReport = new HashMap<>();
        for (AcceptedEntry e : entries) {
            if (e.status() == null || !period.includes(e.period())) {
                continue;
            }
            UUID key = countsFor.get(e.activityKey());
            if (key == null) {
                continue;
            }
            UnitKeyPeriod id = new UnitKeyPeriod(new UnitKey(e.unitId(), key), e.period());
            boolean[] flags = byReport.computeIfAbsent(id, k -> new boolean[] {true, true});
            flags[0] &= e.status() == ActivityStatus.DONE;
            flags[1] &= e.status() == ActivityStatus.DROPPED;
        }
        byReport.forEach((id, flags) -> {
            Part part = new Part(id.period(), flags[0], flags[1]);
            latest.merge(id.unitKey(), part, (x, y) -> x.period().ordinal() >= y.period().ordinal() ? x : y);
        });
        Map<Long, int[]> perUnit = new LinkedHashMap<>();
        for (ActivityView a : activities) {
            if (!a.dueByQuarter(period.quarter())) {
                continue;
            }
            int[] c = perUnit.computeIfAbsent(a.leadNodeId(), k -> new int[3]);
            c[0]++;
            Part s = latest.get(new UnitKey(a.leadNodeId(), a.key()));
            if (s != null && s.dropped()) {
                c[1]++;
            } else if (s != null && s.done()) {
                c[2]++;
            }
        }
        return perUnit.entrySet().stream()
                .map(e -> new Rollup.CompletionRow(e.getKey(), unitNames.get(e.getKey()), e.getValue()[0],
                        e.getValue()[1], e.getValue()[2]))
                .sorted(VietnameseOrder.byName(Rollup.CompletionRow::unitName))
                .toList();
    }
}

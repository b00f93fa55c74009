package vn.parcomms.support;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;

/**
 * Files a unit report through the report services as a unit would, with one figure for every
 * indicator of every entry, sent at a given time, and has an office accept it.
 */
public final class ReportFiling {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ReportDrafting drafting;
    private final ReportDetailsReader reader;
    private final ReportLifecycle lifecycle;
    private final TransactionTemplate transactions;

    public ReportFiling(ReportDrafting drafting, ReportDetailsReader reader, ReportLifecycle lifecycle,
            TransactionTemplate transactions) {
        this.drafting = drafting;
        this.reader = reader;
        this.lifecycle = lifecycle;
        this.transactions = transactions;
    }

    /** The unit files the period of the plan with {@code figure} everywhere, sent at {@code at}; the office accepts it. */
    public long accepted(CurrentUser unit, long planId, ReportPeriod period, int figure, LocalDateTime at,
            CurrentUser office) {
        Clock clock = Clock.fixed(at.atZone(VIETNAM).toInstant(), VIETNAM);
        long id = transactions.execute(tx -> {
            ReportDrafting timed = drafting.withClock(clock);
            long report = timed.open(unit, planId, period);
            ReportDetails details = reader.details(unit, report);
            List<ReportCommand.Entry> entries = new ArrayList<>();
            for (ReportDetails.EntryView e : details.entries()) {
                Map<Long, Integer> figures = new HashMap<>();
                e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
                entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.IN_PROGRESS, null,
                        "Công văn 1/TTYT", null, figures));
            }
            long version = timed.save(unit, report, details.version(), new ReportCommand("Đã thực hiện.", null,
                    null, null, null, entries, List.of(), List.of()));
            lifecycle.withClock(clock).submit(unit, report, version);
            return report;
        });
        lifecycle.accept(office, id, reader.details(office, id).version());
        return id;
    }
}

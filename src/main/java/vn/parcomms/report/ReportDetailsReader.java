package vn.parcomms.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.catalog.IndicatorView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.report.internal.ReportAccess;
import vn.parcomms.report.internal.ReportEntry;
import vn.parcomms.report.internal.ReportEventRepository;
import vn.parcomms.report.internal.ReportFile;
import vn.parcomms.report.internal.ReportFileRepository;
import vn.parcomms.report.internal.ReportPlans;
import vn.parcomms.report.internal.UnitReport;
import vn.parcomms.report.internal.UnitReportRepository;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.security.CurrentUser;

/**
 * One unit report as its page shows it: its entries with this period's figures and the
 * cumulative ones, its files, its history, and what the user may do with it. Readable by the unit
 * itself, OFFICE, LEADER and REVIEWER above it.
 */
@Service
@Transactional(readOnly = true)
public class ReportDetailsReader {

    private final UnitReportRepository reports;
    private final ReportFileRepository files;
    private final ReportEventRepository events;
    private final ReportAccess access;
    private final ReportPlans reportPlans;
    private final PeriodExpectations expectations;
    private final OrganizationService organizations;
    private final CatalogService catalog;
    private final Clock clock;

    ReportDetailsReader(UnitReportRepository reports, ReportFileRepository files, ReportEventRepository events,
            ReportAccess access, ReportPlans reportPlans, PeriodExpectations expectations, OrganizationService organizations,
            CatalogService catalog, Clock clock) {
        this.reports = reports;
        this.files = files;
        this.events = events;
        this.access = access;
        this.reportPlans = reportPlans;
        this.expectations = expectations;
        this.organizations = organizations;
        this.catalog = catalog;
        this.clock = clock;
    }

    public ReportDetails details(CurrentUser user, long id) {
        UnitReport report = access.loadReadable(user, id);
        PlanDetails plan = reportPlans.currentVersion(user, report.getPlanId());
        Map<UUID, ActivityView> activities = ReportPlans.byKey(
                reportPlans.unitActivities(user, plan, report.getUnitNodeId()));
        Map<UUID, ReportEntry> stored = new LinkedHashMap<>();
        report.getEntries().forEach(e -> stored.put(e.getActivityKey(), e));
        // An open report shows every activity now due; a submitted or accepted one what it was filed with.
        List<UUID> keys = new ArrayList<>();
        if (report.getStatus().isEditable()) {
            ReportPlans.due(List.copyOf(activities.values()), report.getPeriod()).forEach(a -> keys.add(a.key()));
        }
        stored.keySet().stream().filter(k -> !keys.contains(k)).forEach(keys::add);

        Map<String, Long> earlier = new HashMap<>();
        List<String> earlierPeriods = Arrays.stream(ReportPeriod.values())
                .filter(p -> p.ordinal() < report.getPeriod().ordinal()).map(Enum::name).toList();
        if (!earlierPeriods.isEmpty()) {
            reports.earlierTotals(report.getUnitNodeId(), report.getPlanLineageId(), earlierPeriods)
                    .forEach(t -> earlier.put(t.getActivityKey() + "/" + t.getIndicatorId(), t.getTotal()));
        }
        Map<String, Long> frozen = new HashMap<>();
        if (report.getStatus() == ReportStatus.ACCEPTED) {
            // What the office accepted stays as accepted, whatever an earlier period does later.
            reports.frozenCumulative(report.getId())
                    .forEach(t -> frozen.put(t.getActivityKey() + "/" + t.getIndicatorId(), t.getTotal()));
        }
        Set<Long> unknownIndicators = new HashSet<>();
        stored.values().forEach(e -> unknownIndicators.addAll(e.getFigures().keySet()));
        activities.values().forEach(a -> a.targets().forEach(t -> unknownIndicators.remove(t.indicatorId())));
        Map<Long, IndicatorView> indicators = unknownIndicators.isEmpty() ? Map.of()
                : catalog.indicatorsById(unknownIndicators);
        Map<UUID, List<ReportDetails.FileView>> filesByKey = new HashMap<>();
        files.rows(report.getId()).forEach(f -> filesByKey.computeIfAbsent(f.getActivityKey(), k -> new ArrayList<>())
                .add(new ReportDetails.FileView(f.getId(), f.getActivityKey(), f.getFileName(), f.getContentType(),
                        f.getSizeBytes(), f.getUploadedBy(), f.getUploadedAt())));

        List<ReportDetails.EntryView> entries = new ArrayList<>();
        for (UUID key : keys) {
            ActivityView activity = activities.get(key);
            ReportEntry entry = stored.get(key);
            Map<Long, Integer> amounts = entry == null ? Map.of() : entry.getFigures();
            List<ReportDetails.FigureView> figures = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            if (activity != null) {
                for (ActivityView.TargetView t : activity.targets()) {
                    seen.add(t.indicatorId());
                    figures.add(figure(key, t.indicatorId(), t.name(), t.nameEn(), t.unit(), t.unitEn(), t.target(),
                            amounts.get(t.indicatorId()), earlier, frozen));
                }
            }
            for (Map.Entry<Long, Integer> a : amounts.entrySet()) {
                if (!seen.contains(a.getKey())) {
                    IndicatorView iv = indicators.get(a.getKey());
                    figures.add(figure(key, a.getKey(), iv == null ? "?" : iv.name(), iv == null ? null : iv.nameEn(),
                            iv == null ? "" : iv.unit(), iv == null ? null : iv.unitEn(), null, a.getValue(), earlier,
                            frozen));
                }
            }
            boolean useStoredWording = entry != null && !report.getStatus().isEditable();
            entries.add(new ReportDetails.EntryView(key,
                    useStoredWording || activity == null ? entry.getContentLabel() : activity.contentLabel(),
                    useStoredWording || activity == null ? entry.getActivityName() : activity.name(),
                    entry == null ? null : entry.getStatus(), entry == null ? null : entry.getDropReason(),
                    entry == null ? null : entry.getEvidence(), entry == null ? null : entry.getNote(), figures,
                    filesByKey.getOrDefault(key, List.of())));
        }
        List<ReportDetails.EventView> history = events.findByReportIdOrderByAtAscIdAsc(report.getId()).stream()
                .map(e -> new ReportDetails.EventView(e.getAction(), e.getActorName(), e.getAt(), e.getReason()))
                .toList();
        PeriodExpectation expectation = expectations.ofPlan(plan).get(report.getPeriod());
        LocalDate deadline = expectation.deadline();
        boolean filer = ReportAccess.canFile(user, report);
        boolean decider = ReportAccess.canDecide(user, report);
        ReportStatus s = report.getStatus();
        return new ReportDetails(report.getId(), report.getUnitNodeId(),
                organizations.nameAt(report.getUnitNodeId(), ReportDetails.namesDate(s, report.getSubmittedAt(), clock)), plan.id(), ReportPlans.label(plan),
                plan.header().title(), report.getYear(), report.getPeriod(), s,
                FollowUpStatus.of(s, report.getFirstSubmittedAt(), expectation, clock.instant(), clock.getZone()),
                FollowUpStatus.isLate(report.getFirstSubmittedAt(), expectation, clock.getZone()), deadline,
                report.getResultsSummary(), report.getShortcomings(), report.getDifficulties(), report.getProposals(),
                report.getNextTasks(), report.getReturnReason(), report.getSubmittedAt(), report.getVersion(), entries,
                history, new ReportDetails.Permissions(filer && s.isEditable(), filer && s.isEditable(),
                        decider && s == ReportStatus.SUBMITTED, decider && s == ReportStatus.SUBMITTED));
    }

    /** An evidence file, for users who may read its report only. */
    public StoredFile file(CurrentUser user, long reportId, long fileId) {
        access.loadReadable(user, reportId);
        ReportFile file = files.findById(fileId).filter(f -> f.getReportId() == reportId)
                .orElseThrow(() -> new NotFoundException("report file", fileId));
        return new StoredFile(file.getFileName(), file.getContentType(), file.getContent());
    }

    private static ReportDetails.FigureView figure(UUID key, long indicatorId, String name, String nameEn,
            String unit, String unitEn, Integer target, Integer amount, Map<String, Long> earlier, Map<String, Long> frozen) {
        Long stored = frozen.get(key + "/" + indicatorId);
        if (stored != null) {
            long increment = amount == null ? 0 : amount;
            return new ReportDetails.FigureView(indicatorId, name, nameEn, unit, unitEn, target, amount,
                    stored - increment,
                    stored);
        }
        long before = earlier.getOrDefault(key + "/" + indicatorId, 0L);
        return new ReportDetails.FigureView(indicatorId, name, nameEn, unit, unitEn, target, amount, before,
                before + (amount == null ? 0 : amount));
    }
}

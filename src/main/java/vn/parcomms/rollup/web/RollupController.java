package vn.parcomms.rollup.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportToDos;
import vn.parcomms.report.ReportToDos.PendingWork;
import vn.parcomms.rollup.LineageNotes;
import vn.parcomms.rollup.Rollup;
import vn.parcomms.rollup.YearComparison;
import vn.parcomms.rollup.RollupPlan;
import vn.parcomms.rollup.RollupService;
import vn.parcomms.rollup.YearComparisons;
import vn.parcomms.shared.NotFoundException;
import vn.parcomms.shared.export.ExportTable;
import vn.parcomms.shared.export.TableExports;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.web.ReplicaPages;

/**
 * The rollup dashboard and its exports; page and exports take the same filters (node, plan,
 * period). Every access check is made by {@link RollupService}.
 */
@Controller
@ReplicaPages
@RequestMapping("/rollups")
class RollupController {

    private final RollupService rollups;
    private final ReportToDos reportToDos;
    private final YearComparisons yearComparisons;
    private final MessageSource messages;
    private final Clock clock;

    RollupController(RollupService rollups, YearComparisons yearComparisons, MessageSource messages, Clock clock,
            ReportToDos reportToDos) {
        this.rollups = rollups;
        this.yearComparisons = yearComparisons;
        this.reportToDos = reportToDos;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String dashboard(CurrentUser user, @RequestParam(required = false) Long node,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) ReportPeriod period,
            HttpServletRequest request, Locale locale, Model model) {
        long nodeId = rollups.nodeOf(user, node);
        List<RollupPlan> plans = rollups.plans(user, node);
        model.addAttribute("nodes", rollups.nodeChoices(user));
        model.addAttribute("node", nodeId);
        model.addAttribute("nodeParam", node);
        model.addAttribute("plans", plans);
        model.addAttribute("periods", ReportPeriod.values());
        model.addAttribute("tableNames", RollupTable.NAMES);
        // The user's own dashboard, with no plan or period asked for, opens where their work waits (issue 14).
        Optional<PendingWork> pending = node != null || plan != null && period != null ? Optional.empty()
                : reportToDos.pendingWork(user);
        RollupPlan chosen = plan == null ? PendingWork.planOf(pending, plans, RollupPlan::id)
                : plans.stream().filter(p -> p.id() == plan).findFirst().orElse(null);
        if (plan != null && chosen == null) {
            // Not one of the node's plans: the service says whether it is forbidden or absent.
            rollups.rollup(user, node, plan, ReportPeriod.Q1);
            throw new NotFoundException("plan", plan);
        }
        if (chosen != null) {
            ReportPeriod shown = period != null ? period
                    : PendingWork.periodOf(pending, chosen.id(), currentPeriod(chosen.year()));
            model.addAttribute("plan", chosen);
            model.addAttribute("period", shown);
            Rollup rollup = rollups.rollup(user, node, chosen.id(), shown);
            model.addAttribute("rollup", rollup);
            RollupLinks links = new RollupLinks(rollup, node);
            model.addAttribute("links", links);
            model.addAttribute("breakdowns", BreakdownTable.of(rollup, links, request.getContextPath(),
                    messages.getMessage("rollup.content.unitAddedPrefix", null, locale), locale.getLanguage()));
            model.addAttribute("statuses", vn.parcomms.report.FollowUpStatus.values());
            model.addAttribute("lineageNotes", LineageNotes.notes(rollup.included(), messages, locale));
        }
        YearComparison years = yearComparisons.compare(user, node, (Rollup) model.getAttribute("rollup"));
        model.addAttribute("years", years);
        model.addAttribute("yearNotes", yearNotes(years, locale));
        return "rollup/dashboard";
    }

    /**
     * Every activity the units added to their own plans, with its unit, content text and figures:
     * what the dashboard's content table folds into one row per indicator at province size.
     */
    /** What each year's row includes of predecessors, by row, in the words of {@link LineageNotes#includes}. */
    private java.util.Map<YearComparison.Row, String> yearNotes(YearComparison years, Locale locale) {
        java.util.Map<YearComparison.Row, String> notes = new java.util.IdentityHashMap<>();
        years.rows().forEach(r -> notes.put(r, LineageNotes.includes(r.included(), messages, locale)));
        return notes;
    }

    @GetMapping("/added")
    String added(CurrentUser user, @RequestParam(required = false) Long node, @RequestParam long plan,
            @RequestParam ReportPeriod period, HttpServletRequest request, Model model) {
        Rollup rollup = rollups.rollup(user, node, plan, period);
        RollupLinks links = new RollupLinks(rollup, node);
        model.addAttribute("rows", BreakdownTable.addedList(rollup, links, request.getContextPath(),
                LocaleContextHolder.getLocale().getLanguage()));
        model.addAttribute("rollup", rollup);
        model.addAttribute("links", links);
        return "rollup/added";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> xlsx(CurrentUser user, @RequestParam(required = false) Long node, @RequestParam long plan,
            @RequestParam ReportPeriod period, Locale locale) {
        Rollup rollup = rollups.rollup(user, node, plan, period);
        return TableExports.xlsxDownload(RollupTable.all(rollup, yearComparisons.compare(user, node, rollup), messages, locale),
                TableExports.fileName("rollup", rollup.planLabel(), rollup.year(), period.name(), ".xlsx"));
    }

    @GetMapping("/export.csv")
    ResponseEntity<byte[]> csv(CurrentUser user, @RequestParam(required = false) Long node, @RequestParam long plan,
            @RequestParam ReportPeriod period, @RequestParam(defaultValue = "indicators") String table,
            Locale locale) {
        Rollup rollup = rollups.rollup(user, node, plan, period);
        if (!RollupTable.NAMES.contains(table) && !RollupTable.LINEAGE.equals(table)
                && !RollupTable.YEARS.equals(table)) {
            throw new NotFoundException("rollup table", table);
        }
        ExportTable chosen = RollupTable.YEARS.equals(table)
                ? RollupTable.years(yearComparisons.compare(user, node, rollup), messages, locale)
                : RollupTable.of(table, rollup, messages, locale);
        return TableExports.csvDownload(chosen,
                TableExports.fileName("rollup", rollup.planLabel(), rollup.year(), period.name() + "-" + table, ".csv"));
    }

    /** The latest period whose data window has begun (as on the follow-up page). */
    private ReportPeriod currentPeriod(int year) {
        LocalDate today = LocalDate.now(clock);
        ReportPeriod result = ReportPeriod.Q1;
        for (ReportPeriod p : ReportPeriod.values()) {
            if (!today.isBefore(p.incrementStart(year).plusMonths(3))) {
                result = p;
            }
        }
        return result;
    }
}

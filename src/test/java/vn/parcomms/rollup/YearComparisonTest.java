package vn.parcomms.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgSuccessionService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.organization.SuccessionCommand;
import vn.parcomms.organization.SuccessionKind;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.ReportFiling;

/**
 * The year-over-year comparison of a node follows its lineage (issue 13, point 2; ADR 0023). The
 * department's plans of 2024 and 2025 share one indicator; A leads a Q1 activity and a Q2–Q3 one,
 * B an all-year one, so A's Q1 report has one entry, its H1 and M9 reports two, B's one each.
 * <ul>
 * <li>2024: A Q1 4, B Q1 6, A H1 3 × 2, B H1 5, B year 9: 30.</li>
 * <li>2025 before the merger: A Q1 2, B Q1 3, A H1 1 × 2, B H1 4: 11.</li>
 * <li>From 1 July 2025 the department is merged into a new one, which carries the 2025 plan on;
 * its units file the nine months: A 2 × 2, B 3: 7. 2025: 18, 30 → 18 is −12, −40 %.</li>
 * </ul>
 */
@IntegrationTest
class YearComparisonTest {

    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    static final String DECISION = "1357/QĐ-UBND";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;
    @Autowired
    YearComparisons years;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    TransactionTemplate transactions;

    World world;
    IssuedPlan plan2024;
    IssuedPlan plan2025;
    ReportFiling filing;
    String agencyName;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        filing = new ReportFiling(reportDrafting, reportReader, reportLifecycle, transactions);
        agencyName = organizations.find(world.agency()).name();
        plan2024 = planFixtures.issuedPlan(world, 2024);
        plan2025 = planFixtures.issuedPlan(world, 2025);
        file(world.unitUserA(), plan2024, ReportPeriod.Q1, 4, "2024-04-03T09:00");
        file(world.unitUserB(), plan2024, ReportPeriod.Q1, 6, "2024-04-04T09:00");
        file(world.unitUserA(), plan2024, ReportPeriod.H1, 3, "2024-06-17T09:00");
        file(world.unitUserB(), plan2024, ReportPeriod.H1, 5, "2024-06-17T10:00");
        file(world.unitUserB(), plan2024, ReportPeriod.YEAR, 9, "2024-12-16T10:00");
        file(world.unitUserA(), plan2025, ReportPeriod.Q1, 2, "2025-04-03T09:00");
        file(world.unitUserB(), plan2025, ReportPeriod.Q1, 3, "2025-04-04T09:00");
        file(world.unitUserA(), plan2025, ReportPeriod.H1, 1, "2025-06-16T09:00");
        file(world.unitUserB(), plan2025, ReportPeriod.H1, 4, "2025-06-16T10:00");
    }

    @Test
    void aNodeWithoutHistoryComparesItsOwnYears() {
        YearComparison own = years.compare(world.office(), null);

        assertThat(own.rows()).extracting(YearComparison.Row::year, YearComparison.Row::total,
                YearComparison.Row::change, YearComparison.Row::changePercent)
                .containsExactly(tuple(2024, 30L, null, null), tuple(2025, 11L, -19L, -63.3));
        assertThat(own.rows()).allSatisfy(r -> assertThat(r.included()).isEmpty());
        assertThat(own.included()).isEmpty();
    }

    @Test
    void theSuccessorsYearsAreItsPredecessorsBeforeTheMergerAndSaySo() throws Exception {
        CurrentUser office = mergeIntoNewDepartment();
        long successor = office.orgNodeId();
        filing.accepted(world.unitUserA(), plan2025.id(), ReportPeriod.M9, 2, LocalDateTime.parse("2025-09-16T09:00"),
                office);
        filing.accepted(world.unitUserB(), plan2025.id(), ReportPeriod.M9, 3, LocalDateTime.parse("2025-09-16T10:00"),
                office);

        YearComparison c = years.compare(office, null);
        assertThat(c.nodeId()).isEqualTo(successor);
        assertThat(c.rows()).extracting(YearComparison.Row::indicatorId, YearComparison.Row::year,
                YearComparison.Row::total, YearComparison.Row::change, YearComparison.Row::changePercent)
                .containsExactly(tuple(plan2024.indicatorId(), 2024, 30L, null, null),
                        tuple(plan2024.indicatorId(), 2025, 18L, -12L, -40.0));
        // both years hold the predecessor's figures: 2024 all of them, 2025 its first half
        assertThat(c.rows()).allSatisfy(r -> assertThat(r.included())
                .extracting(LineageLink::predecessorId, LineageLink::predecessorName, LineageLink::until)
                .containsExactly(tuple(world.agency(), agencyName, JULY_1.minusDays(1))));

        // the dashboard's section, with and without a plan chosen
        Document page = page(get("/rollups").param("plan", String.valueOf(plan2025.id())).param("period", "M9"),
                office);
        Element section = page.getElementById("year-over-year");
        assertThat(section).isNotNull();
        Element region = section.selectFirst("div.table-responsive");
        assertThat(region.attr("tabindex")).isEqualTo("0");
        assertThat(region.attr("role")).isEqualTo("region");
        assertThat(region.attr("aria-label")).isEqualTo("So sánh theo năm");
        List<List<String>> cells = new ArrayList<>();
        section.select("tbody tr").forEach(tr -> cells.add(tr.children().eachText()));
        String note = "Gồm số liệu của " + agencyName + " đến 30/06/2025";
        assertThat(cells).containsExactly(
                List.of(cells.get(0).get(0), cells.get(0).get(1), "2024", "30", "—", "—", "*" + note),
                List.of(cells.get(0).get(0), cells.get(0).get(1), "2025", "18", "-12", "-40.0 %", "*" + note));
        assertThat(page(get("/rollups"), office).getElementById("year-over-year")).isNotNull();

        // the CSV of the table and its sheet in the workbook
        List<List<String>> csv = Csv.rows(mvc.perform(get("/rollups/export.csv").param("plan", String.valueOf(plan2025.id()))
                .param("period", "M9").param("table", "years").with(as(office)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(csv.get(0)).containsExactly("Chỉ tiêu", "Đơn vị tính", "Năm", "Tổng số",
                "Tăng, giảm so với năm trước", "Tăng, giảm (%)", "Ghi chú");
        assertThat(csv.subList(1, csv.size())).extracting(r -> r.subList(2, 7))
                .containsExactly(List.of("2024", "30", "", "", note), List.of("2025", "18", "-12", "-40", note));

        byte[] xlsx = mvc.perform(get("/rollups/export.xlsx").param("plan", String.valueOf(plan2025.id()))
                .param("period", "M9").with(as(office))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("So sánh theo năm");
            assertThat(sheet).isNotNull();
            Row y2025 = sheet.getRow(2);
            assertThat(y2025.getCell(2).getStringCellValue()).isEqualTo("2025");
            assertThat(y2025.getCell(3).getNumericCellValue()).isEqualTo(18.0);
            assertThat(y2025.getCell(4).getNumericCellValue()).isEqualTo(-12.0);
            assertThat(y2025.getCell(5).getNumericCellValue()).isEqualTo(-40.0);
            assertThat(y2025.getCell(6).getStringCellValue()).isEqualTo(note);
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(30.0);
        }

        // and in English
        Document english = page(get("/rollups").param("lang", "en"), office);
        assertThat(english.getElementById("year-over-year").text())
                .contains("Year over year", "Includes the figures of " + agencyName + " up to 30/06/2025");
    }

    @Test
    void theSuccessorsParIndexPageNamesThePredecessorCountedAndItsLastDay() throws Exception {
        assertThat(page(get("/rollups/par-index").param("year", "2025"), world.office()).getElementById("lineage-note"))
                .as("no note before the merger").isNull();
        CurrentUser office = mergeIntoNewDepartment();

        Document parIndex = page(get("/rollups/par-index").param("year", "2025"), office);
        assertThat(parIndex.getElementById("lineage-note")).isNotNull();
        assertThat(parIndex.getElementById("lineage-note").text()).contains(organizations.find(office.orgNodeId()).name()
                + " gồm số liệu của " + agencyName + " đến 30/06/2025");
    }

    @Test
    void aSplitsMainSuccessorTakesTheUnitsYearsAndTheOtherStartsWithout() {
        long main = newUnit("Trung tâm Y tế khu vực Bắc");
        long other = newUnit("Trung tâm Y tế khu vực Nam");
        successions.apply(world.admin(), world.unitA(), organizations.find(world.unitA()).version(),
                new SuccessionCommand(SuccessionKind.SPLIT, JULY_1, DECISION, null, null, main, List.of(other)));

        // A's own figures: 2024 Q1 4 + H1 3 × 2 = 10; 2025 Q1 2 + H1 1 × 2 = 4
        YearComparison mainYears = years.compare(new CurrentUser(0, "m", "m", Role.UNIT, main), null);
        assertThat(mainYears.rows()).extracting(YearComparison.Row::year, YearComparison.Row::total,
                YearComparison.Row::change, YearComparison.Row::changePercent)
                .containsExactly(tuple(2024, 10L, null, null), tuple(2025, 4L, -6L, -60.0));
        assertThat(mainYears.included()).extracting(LineageLink::predecessorId).containsExactly(world.unitA());

        assertThat(years.compare(new CurrentUser(0, "o", "o", Role.UNIT, other), null).rows()).isEmpty();
        // a unit sees its own figures only: B's, without A's
        assertThat(years.compare(world.unitUserB(), null).rows()).extracting(YearComparison.Row::total)
                .containsExactly(20L, 7L);
    }

    @Test
    void anotherAgencysOfficeSeesNothingAndAnotherProvincesReviewerIsForbidden() throws Exception {
        CurrentUser office = mergeIntoNewDepartment();
        World other = fixtures.anotherAgency(world, "Sở Tài chính");

        assertThat(years.compare(other.office(), office.orgNodeId()).rows()).isEmpty();
        assertThat(page(get("/rollups").param("node", String.valueOf(office.orgNodeId())), other.office())
                .getElementById("year-over-year")).isNull();

        CurrentUser stranger = fixtures.newWorld().reviewer();
        mvc.perform(get("/rollups").param("node", String.valueOf(office.orgNodeId())).with(as(stranger)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/rollups/export.csv").param("node", String.valueOf(office.orgNodeId()))
                .param("plan", String.valueOf(plan2025.id())).param("period", "M9").param("table", "years")
                .with(as(stranger))).andExpect(status().isForbidden());
        // the province's own reviewer chooses the node and sees its years
        assertThat(years.compare(world.reviewer(), office.orgNodeId()).rows()).extracting(YearComparison.Row::total)
                .containsExactly(30L, 11L);
    }

    // --- helpers --------------------------------------------------------------------------------

    /** Merges the world's department into a new one from 1 July 2025; returns an office user of the new one. */
    private CurrentUser mergeIntoNewDepartment() {
        long successor = organizations.create(world.admin(), new OrgNodeCommand("N" + System.nanoTime() % 1_000_000_000L,
                "Sở Y tế Thành phố " + System.nanoTime() % 10_000, null, OrgKind.AGENCY, world.province()));
        successions.apply(world.admin(), world.agency(), organizations.find(world.agency()).version(),
                new SuccessionCommand(SuccessionKind.MERGE, JULY_1, DECISION, null, null, successor, List.of()));
        return fixtures.userAt(successor, Role.OFFICE);
    }

    private long newUnit(String name) {
        return organizations.create(world.admin(), new OrgNodeCommand("N" + System.nanoTime() % 1_000_000_000L,
                name + " " + System.nanoTime() % 10_000, null, OrgKind.UNIT, world.agency()));
    }

    private void file(CurrentUser unit, IssuedPlan plan, ReportPeriod period, int figure, String at) {
        filing.accepted(unit, plan.id(), period, figure, LocalDateTime.parse(at), world.office());
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}

package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.consolidation.ConsolidationTimeliness;
import vn.parcomms.organization.LineageLink;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Csv;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.SuccessionFixtures;

/**
 * Home Affairs' province view of 2025 after a department merged into its successor from 1 July
 * (ADR 0023): one row for the successor, carrying the reports its predecessor sent of the first
 * quarter and the six months, said so on the page and in the agencies' export.
 */
@IntegrationTest
class ProvinceReviewAcrossSuccessionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    SuccessionFixtures story;
    @Autowired
    OrganizationService organizations;
    @Autowired
    ProvinceReviewService reviews;

    World old;
    World successor;
    String oldName;
    String successorName;
    long q1;
    long h1;

    @BeforeEach
    void setUp() {
        old = fixtures.newWorld();
        successor = fixtures.anotherAgency(old, "Sở Y tế Thành phố");
        oldName = organizations.find(old.agency()).name();
        successorName = organizations.find(successor.agency()).name();
        long plan = planFixtures.issuedPlan(old, 2025).id();
        q1 = story.sentConsolidated(old, plan, ReportPeriod.Q1, LocalDateTime.of(2025, 3, 19, 9, 0));
        h1 = story.sentConsolidated(old, plan, ReportPeriod.H1, LocalDateTime.of(2025, 6, 25, 9, 0));
        story.merge(old.admin(), old.agency(), List.of(), successor.agency());
    }

    @Test
    void theMergedDepartmentIsOneRowWithItsSuccessorForTheYear() {
        ProvinceReview review = reviews.review(old.reviewer(), 2025, ReportPeriod.YEAR);

        assertThat(review.agencies()).extracting(ProvinceReview.Agency::nodeId).doesNotContain(old.agency())
                .containsOnlyOnce(successor.agency());
        ProvinceReview.Agency row = review.agencies().stream().filter(a -> a.nodeId() == successor.agency())
                .findFirst().orElseThrow();
        assertThat(row.consolidated().get(ReportPeriod.Q1).id()).isEqualTo(q1);
        assertThat(row.consolidated().get(ReportPeriod.H1).id()).isEqualTo(h1);
        assertThat(row.consolidated()).doesNotContainKey(ReportPeriod.M9);
        // the predecessor's timeliness stands for it: Q1 on time, the six months late (deadline 20/06/2025)
        assertThat(row.timeliness()).containsEntry(ReportPeriod.Q1, ConsolidationTimeliness.ON_TIME)
                .containsEntry(ReportPeriod.H1, ConsolidationTimeliness.LATE);
        assertThat(row.included()).extracting(LineageLink::predecessorName, LineageLink::until)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(oldName, SuccessionFixtures.JULY_1.minusDays(1)));
        // the plan the predecessor issued is carried on by the successor (ADR 0015)
        assertThat(row.planId()).isNotNull();
        // one expected report per row and period: the merged department is not counted twice, and
        // Home Affairs, which receives them, sends none
        ProvinceReview.PeriodSummary q1Summary = review.summaries().stream()
                .filter(s -> s.period() == ReportPeriod.Q1).findFirst().orElseThrow();
        assertThat(q1Summary.expected())
                .isEqualTo(review.agencies().stream().filter(x -> !x.receives()).count());
        assertThat(q1Summary.sent()).isEqualTo(1);
    }

    @Test
    void thePageAndTheAgenciesExportSaySo() throws Exception {
        Document page = Html.page(mvc.perform(get("/rollups/province").param("year", "2025").with(as(old.reviewer())))
                .andExpect(status().isOk()));
        assertThat(page.select("#agencies-table tr[data-agency=" + old.agency() + "]")).isEmpty();
        assertThat(page.select("#agencies-table tr[data-agency=" + successor.agency() + "] .lineage-note").text())
                .isEqualTo("gồm số liệu của " + oldName + " đến 30/06/2025");

        List<List<String>> csv = Csv.rows(mvc.perform(get("/rollups/province/export.csv").param("year", "2025")
                .param("table", "agencies").with(as(old.reviewer()))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray());
        assertThat(csv.get(0)).last().isEqualTo("Gồm số liệu của đơn vị tiền thân");
        assertThat(csv).filteredOn(r -> r.get(0).equals(successorName)).singleElement()
                .satisfies(r -> assertThat(r).last().isEqualTo(oldName + " đến 30/06/2025"));
        assertThat(csv).noneMatch(r -> r.get(0).equals(oldName));

        byte[] xlsx = mvc.perform(get("/rollups/province/export.xlsx").param("year", "2025").param("lang", "en")
                .with(as(old.reviewer()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet agencies = book.getSheetAt(0);
            List<String> header = cells(agencies, 0);
            assertThat(header).last().isEqualTo("Includes the figures of the predecessors");
            boolean found = false;
            for (int i = 1; i <= agencies.getLastRowNum(); i++) {
                List<String> r = cells(agencies, i);
                if (r.get(0).equals(successorName)) {
                    assertThat(r.get(header.size() - 1)).isEqualTo(oldName + " up to 30/06/2025");
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    private static List<String> cells(Sheet sheet, int row) {
        List<String> values = new ArrayList<>();
        sheet.getRow(row).forEach(c -> values.add(c.toString()));
        return values;
    }
}

package vn.parcomms.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.SuccessionFixtures;

/**
 * A department merged into its successor from 1 July 2025 (ADR 0015, 0023) after sending Home
 * Affairs its consolidated reports of the first quarter and the six months. The successor's office
 * and leader read those reports as they were sent, from the successor's list; nobody else outside
 * the old department does; and the successor's timeliness counts them for the periods it sent
 * nothing of.
 */
@IntegrationTest
class ConsolidationLineageWebTest {

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
    ConsolidationDeadlineService deadlines;

    World old;
    World successor;
    World other;
    String oldName;
    long q1;
    long h1;

    @BeforeEach
    void setUp() {
        old = fixtures.newWorld();
        successor = fixtures.anotherAgency(old, "Sở Y tế Thành phố");
        other = fixtures.anotherAgency(old, "Sở Tài chính");
        oldName = organizations.find(old.agency()).name();
        long plan = planFixtures.issuedPlan(old, 2025).id();
        q1 = story.sentConsolidated(old, plan, ReportPeriod.Q1, LocalDateTime.of(2025, 3, 19, 9, 0));
        h1 = story.sentConsolidated(old, plan, ReportPeriod.H1, LocalDateTime.of(2025, 6, 18, 9, 0));
        story.merge(old.admin(), old.agency(), List.of(), successor.agency());
    }

    @Test
    void theSuccessorsOfficeFindsThePredecessorsSentReportsInItsListUnderTheOldName() throws Exception {
        Document list = page("/consolidations", successor.office());
        assertThat(list.select("#predecessor-consolidations a[href=/consolidations/" + q1 + "]").text())
                .isEqualTo(oldName);
        assertThat(list.select("#predecessor-consolidations a[href=/consolidations/" + h1 + "]")).hasSize(1);
        // the department that never merged sees no such section
        assertThat(page("/consolidations", other.office()).select("#predecessor-consolidations")).isEmpty();
    }

    @Test
    void theSuccessorsOfficeAndLeaderReadThemAsSentAndChangeNothing() throws Exception {
        for (CurrentUser reader : List.of(successor.office(), successor.leader())) {
            Document report = page("/consolidations/" + q1, reader);
            assertThat(report.select("main").text()).contains(oldName);
            assertThat(report.select("main form[action*=/consolidations/" + q1 + "/]")).isEmpty();
            mvc.perform(get("/consolidations/{id}/export.docx", q1).with(as(reader))).andExpect(status().isOk());
        }
        mvc.perform(post("/consolidations/{id}/correct", q1).param("version", "0").with(csrf())
                .with(as(successor.office()))).andExpect(status().isForbidden());
    }

    @Test
    void anotherDepartmentMayNotReadThem() throws Exception {
        mvc.perform(get("/consolidations/{id}", q1).with(as(other.office()))).andExpect(status().isForbidden());
        mvc.perform(get("/consolidations/{id}", h1).with(as(other.leader()))).andExpect(status().isForbidden());
        mvc.perform(get("/consolidations/{id}/export.pdf", q1).with(as(other.office())))
                .andExpect(status().isForbidden());
    }

    @Test
    void theSuccessorsPeriodsCountWhatItsPredecessorSentBeforeTheDate() {
        List<AgencyTimeliness> periods = deadlines.agencyTimeliness(successor.office(), successor.agency(), 2025);
        assertThat(periods).extracting(AgencyTimeliness::period, AgencyTimeliness::reportId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ReportPeriod.Q1, q1),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.H1, h1),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.M9, null),
                        org.assertj.core.groups.Tuple.tuple(ReportPeriod.YEAR, null));
        assertThat(periods.get(0).timeliness()).isEqualTo(ConsolidationTimeliness.ON_TIME);
        // the province-wide table keeps each report with the agency that sent it
        assertThat(deadlines.provinceTimeliness(old.reviewer(), 2025)).filteredOn(t -> t.nodeId() == successor.agency())
                .extracting(AgencyTimeliness::reportId).containsOnlyNulls();
    }

    private Document page(String path, CurrentUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}

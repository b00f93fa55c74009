package vn.parcomms.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.SuccessionFixtures;

/**
 * The office's follow-up after two health centres merged into a regional centre from 1 July 2025
 * (ADR 0023): the periods before the date are the old centres' to file, the later ones the
 * regional centre's, so that is who the office chases.
 */
@IntegrationTest
class FollowUpAcrossSuccessionTest {

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
    ReportListing listing;

    World world;
    IssuedPlan plan;
    long regional;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2025);
        story.accepted(world, plan.id(), world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        story.accepted(world, plan.id(), world.unitUserB(), ReportPeriod.Q1, 6, LocalDateTime.of(2025, 4, 4, 9, 0));
        story.accepted(world, plan.id(), world.unitUserA(), ReportPeriod.H1, 3, LocalDateTime.of(2025, 6, 16, 9, 0));
        regional = story.newUnit(world, world.agency(), "Trung tâm Y tế khu vực Long Hải");
        story.merge(world.admin(), world.unitA(), List.of(world.unitB()), regional);
    }

    @Test
    void afterTheDateTheSuccessorIsFollowedUpAndTheDissolvedCentresAreNot() throws Exception {
        FollowUp nine = listing.followUp(world.office(), plan.id(), ReportPeriod.M9, null, null);
        assertThat(nine.rows()).extracting(FollowUp.Row::unitNodeId).containsExactly(regional);
        assertThat(nine.rows().get(0).reportId()).isNull();

        long m9 = story.submitted(SuccessionFixtures.movedTo(world.unitUserA(), Role.UNIT, regional), plan.id(),
                ReportPeriod.M9, 2, LocalDateTime.of(2025, 9, 16, 9, 0));
        FollowUp filed = listing.followUp(world.office(), plan.id(), ReportPeriod.M9, null, null);
        assertThat(filed.rows()).extracting(FollowUp.Row::unitNodeId, FollowUp.Row::reportId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(regional, m9));

        // the page the office opens says the same
        String page = org.jsoup.Jsoup.parse(mvc.perform(get("/reports").param("plan", String.valueOf(plan.id()))
                .param("period", "YEAR").with(as(world.office()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).text();
        assertThat(page).contains(organizations.find(regional).name())
                .doesNotContain(organizations.find(world.unitA()).name())
                .doesNotContain(organizations.find(world.unitB()).name());
    }

    @Test
    void beforeTheDateTheOldCentresStayWithWhatTheyFiled() {
        FollowUp six = listing.followUp(world.office(), plan.id(), ReportPeriod.H1, null, null);
        assertThat(six.rows()).extracting(FollowUp.Row::unitNodeId)
                .containsExactlyInAnyOrder(world.unitA(), world.unitB());
        assertThat(six.rows()).filteredOn(r -> r.unitNodeId() == world.unitA())
                .extracting(FollowUp.Row::status).containsExactly(FollowUpStatus.ACCEPTED);
        assertThat(six.rows()).filteredOn(r -> r.unitNodeId() == world.unitB())
                .extracting(FollowUp.Row::reportId).containsOnlyNulls();
    }
}

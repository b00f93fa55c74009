package vn.parcomms.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.StatementCounting;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;

/**
 * The province view runs a fixed number of SQL statements, however many agencies the province has:
 * the same count with 2 and with 6 agencies. Its own context (a counting DataSource).
 */
@IntegrationTest
@Import(StatementCounting.class)
class ProvinceReviewQueryCountTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ProvinceReviewService reviews;
    @Autowired
    OrganizationService organizations;

    @Test
    void theStatementCountDoesNotGrowWithTheNumberOfAgencies() throws Exception {
        World w = fixtures.newWorld();
        planFixtures.issuedPlan(w, 2099);
        StatementCounting.reset();
        reviews.review(w.reviewer(), 2099, ReportPeriod.H1);
        int twoAgencies = StatementCounting.count();
        List<String> statements = StatementCounting.statements();
        StatementCounting.reset();
        mvc.perform(get("/rollups/province").param("year", "2099").with(as(w.reviewer())))
                .andExpect(status().isOk());
        int page = StatementCounting.count();

        CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, w.province());
        for (int i = 0; i < 4; i++) {
            organizations.create(setup, new OrgNodeCommand("QC" + w.province() + "-" + i, "Sở thứ " + i, null,
                    OrgKind.AGENCY, w.province()));
        }
        StatementCounting.reset();
        assertThat(reviews.review(w.reviewer(), 2099, ReportPeriod.H1).agencies()).hasSize(6);
        assertThat(StatementCounting.count()).isEqualTo(twoAgencies);
        StatementCounting.reset();
        mvc.perform(get("/rollups/province").param("year", "2099").with(as(w.reviewer())))
                .andExpect(status().isOk());
        assertThat(StatementCounting.count()).isEqualTo(page);
        assertThat(twoAgencies).as("six statements of its own and the organisation look-ups: %s", statements)
                .isLessThanOrEqualTo(8);
        System.out.println("province view statements: service " + twoAgencies + ", page " + page);
    }
}

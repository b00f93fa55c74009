package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.StatementCounting;

/**
 * The plan list runs the same number of SQL statements whether the scope holds 3 plans or 63 (a
 * page and its count, never a statement per plan or per node). Shares the counting context of
 * the other *QueryCountTest classes.
 */
@IntegrationTest
@Import(StatementCounting.class)
class PlanListQueryCountTest {

    /** Generous on purpose: the point is that the count does not grow with the data. */
    // 15 for the page itself, plus the account check every signed-in request makes (security stamp,
    // issue 11) and the navigation's unread notifications (issue 14), one statement each.
    static final int MAX_STATEMENTS = 17;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanDrafting planDrafting;

    @Test
    void thePlanListRunsAFixedNumberOfStatementsWhateverTheNumberOfPlans() throws Exception {
        World w = fixtures.newWorld();
        drafts(w.office(), 3);
        int few = count(w.reviewer(), "/plans");
        int fewFiltered = count(w.reviewer(), "/plans?node=" + w.agency() + "&issuer=y&year=2025");

        drafts(w.office(), 60);
        drafts(w.unitUserA(), 5);
        int many = count(w.reviewer(), "/plans");
        int manyFiltered = count(w.reviewer(), "/plans?node=" + w.agency() + "&issuer=y&year=2025");
        int secondPage = count(w.reviewer(), "/plans?page=1");

        assertThat(many).isEqualTo(few).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(manyFiltered).isEqualTo(fewFiltered).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(secondPage).isEqualTo(many);
    }

    private void drafts(CurrentUser drafter, int count) {
        for (int i = 0; i < count; i++) {
            planDrafting.create(drafter, PlanTestData.header(2025, "Kế hoạch đếm câu lệnh " + i));
        }
    }

    private int count(CurrentUser user, String url) throws Exception {
        StatementCounting.reset();
        mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
        return StatementCounting.count();
    }
}

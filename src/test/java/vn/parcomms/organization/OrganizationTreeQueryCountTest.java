package vn.parcomms.organization;

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
 * The organisation page runs a fixed number of SQL statements, for a scope of 6 nodes (whole
 * tree) and of 216 (closed branches), opened or searched. Shares the counting context of the
 * other *QueryCountTest classes.
 */
@IntegrationTest
@Import(StatementCounting.class)
class OrganizationTreeQueryCountTest {

    /**
     * Generous on purpose: the point is that the count does not grow with the tree. 9 since the page
     * reads the reporting lines touching the scope (ADR 0016) in one statement of its own.
     */
    static final int MAX_STATEMENTS = 9;

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;

    @Test
    void theOrganisationPageRunsAFixedNumberOfStatementsWhateverTheSizeOfTheScope() throws Exception {
        World w = fixtures.newWorld();
        int small = count(w.reviewer(), "/organizations");
        int smallOpened = count(w.reviewer(), "/organizations?open=" + w.unitA());
        int smallSearch = count(w.reviewer(), "/organizations?q=Khoa");

        for (int i = 1; i <= 210; i++) {
            organizations.create(w.admin(), new OrgNodeCommand(w.admin().username() + "-Q" + i,
                    "Khoa số " + i, null, OrgKind.UNIT, w.agency()));
        }
        int large = count(w.reviewer(), "/organizations");
        int largeOpened = count(w.reviewer(), "/organizations?open=" + w.unitA());
        int largeSearch = count(w.reviewer(), "/organizations?q=Khoa");

        assertThat(large).isEqualTo(small).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(largeOpened).isEqualTo(smallOpened).isLessThanOrEqualTo(MAX_STATEMENTS);
        assertThat(largeSearch).isEqualTo(smallSearch).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private int count(CurrentUser user, String url) throws Exception {
        StatementCounting.reset();
        mvc.perform(get(url).with(as(user))).andExpect(status().isOk());
        return StatementCounting.count();
    }
}

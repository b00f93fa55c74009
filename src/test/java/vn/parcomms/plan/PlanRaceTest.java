package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static vn.parcomms.support.Fixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.shared.DomainException;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/** Where the domain says "one", parallel requests make one: real threads against the service, and double clicks over HTTP. */
@IntegrationTest
@Import(PlanTestData.class)
class PlanRaceTest {

    static final int PARALLEL = 50;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanTestData data;

    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fiftyParallelCopyForwardsCreateOnePlan() throws Exception {
        long id = data.issued(w);
        List<Object> outcomes = inParallel(() -> planDrafting.copyForward(w.office(), id));
        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Long.class));
        assertThat(Set.copyOf(outcomes)).hasSize(1);
        assertThat(plansOf(w.agency(), 2026)).isEqualTo(1);
        assertThat(planReader.nextYearCopy(w.office(), id)).contains((Long) outcomes.get(0));
    }

    @Test
    @Timeout(value = 180, unit = TimeUnit.SECONDS)
    void fiftyParallelImplementsCreateOneImplementingPlan() throws Exception {
        long id = data.issued(w);
        List<Object> outcomes = inParallel(() -> planDrafting.startImplementingPlan(w.unitUserA(), id));
        assertThat(outcomes.stream().filter(Long.class::isInstance)).hasSize(1);
        assertThat(outcomes.stream().filter(o -> !(o instanceof Long)))
                .hasSize(PARALLEL - 1)
                .allSatisfy(o -> assertThat(o).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.alreadyImplementing")));
        assertThat(plansOf(w.unitA(), 2025)).isEqualTo(1);
    }

    @Test
    void aSecondCopyForwardClickGoesToTheCopyWithAMessage() throws Exception {
        long id = data.issued(w);
        String first = mvc.perform(post("/plans/{id}/copy-forward", id).with(as(w.office())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/plans/{id}/copy-forward", id).with(as(w.office())).with(csrf()))
                .andExpect(redirectedUrl(first.replace("/edit", "")))
                .andExpect(flash().attribute("flashSuccess", messageRef("plan.copyForwardExists")));
        assertThat(plansOf(w.agency(), 2026)).isEqualTo(1);
    }

    @Test
    void aSecondImplementClickGoesToTheUnitsPlanWithAMessage() throws Exception {
        long id = data.issued(w);
        String first = mvc.perform(post("/plans/{id}/implement", id).with(as(w.unitUserA())).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post("/plans/{id}/implement", id).with(as(w.unitUserA())).with(csrf()))
                .andExpect(redirectedUrl(first.replace("/edit", "")))
                .andExpect(flash().attribute("flashSuccess", messageRef("plan.implementingExists")));
        assertThat(plansOf(w.unitA(), 2025)).isEqualTo(1);
    }

    @Test
    void aDoubleClickOnSubmitIsOneSubmissionAndNoConflictPage() throws Exception {
        long id = data.draft(w);
        long version = data.version(w.office(), id);
        for (int click = 0; click < 2; click++) {
            mvc.perform(post("/plans/{id}/submit", id).with(as(w.office())).with(csrf())
                            .param("version", String.valueOf(version)))
                    .andExpect(redirectedUrl("/plans/" + id))
                    .andExpect(flash().attribute("flashSuccess",
                            messageRef(click == 0 ? "plan.submitted" : "plan.alreadyDone")));
        }
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(jdbc.sql("select count(*) from plan_event where plan_id = ? and action = 'SUBMITTED'")
                .param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleIssueAfterSomeoneElsesChangeIsStillAConflict() throws Exception {
        long id = data.draft(w);
        long stale = data.version(w.office(), id);
        planLifecycle.submit(w.office(), id, stale);
        // The leader's page showed the draft's version; the office's submission came in between.
        mvc.perform(post("/plans/{id}/issue", id).with(as(w.leader())).with(csrf())
                        .param("version", String.valueOf(stale)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isConflict());
    }

    private long plansOf(long node, int year) {
        return jdbc.sql("select count(*) from plan where issuing_node_id = ? and plan_year = ?")
                .params(node, year).query(Long.class).single();
    }

    private static org.hamcrest.Matcher<Object> messageRef(String key) {
        return org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.containsString("key=" + key + ","));
    }

    /** Runs the call on {@link #PARALLEL} threads released at once; each outcome is its result or its exception. */
    private static List<Object> inParallel(Callable<Long> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(150, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}

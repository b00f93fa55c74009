package vn.parcomms.shared.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;

/** Response headers on every page, the bare /error URL, and access checked before versions. */
@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    ConsolidationService consolidations;

    @Test
    void everyPageSendsReferrerAndPermissionsPoliciesBesideTheContentSecurityPolicy() throws Exception {
        World world = fixtures.newWorld();
        for (var request : new org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder[] {
                get("/login"), get("/plans").with(as(world.office())), get("/api/v1/plans").with(as(world.office()))}) {
            mvc.perform(request)
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                    .andExpect(header().string("Content-Security-Policy", Matchers.containsString("default-src 'self'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
    }

    @Test
    void strictTransportSecurityIsSentOverHttpsOnly() throws Exception {
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
    }

    @Test
    void theBareErrorUrlIsAPageThatDoesNotExistNotAServerError() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(as(fixtures.newWorld().office()))).andExpect(status().isNotFound());
    }

    @Test
    void aStaleVersionFromAnotherProvinceIsForbiddenNotAConflict() throws Exception {
        World world = fixtures.newWorld();
        long plan = planFixtures.issuedPlan(world, 2025).id();
        long report = consolidations.open(world.office(), plan, ReportPeriod.Q1);
        World stranger = fixtures.newWorld();

        for (String action : new String[] {"submit", "approve", "send", "accept", "refresh"}) {
            mvc.perform(post("/consolidations/{id}/" + action, report).param("version", "9999").with(csrf())
                    .with(as(action.equals("accept") ? stranger.reviewer()
                            : action.equals("approve") ? stranger.leader() : stranger.office())))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post("/consolidations/{id}/return", report).param("version", "9999").param("reason", "x")
                .with(csrf()).with(as(stranger.leader()))).andExpect(status().isForbidden());
    }
}

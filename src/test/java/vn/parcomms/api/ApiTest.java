package vn.parcomms.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;
import vn.parcomms.support.SignIn;

/** The read-only JSON API: same access rules as the pages, JSON errors with the right status, OpenAPI. */
@IntegrationTest
class ApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    ReportDrafting reportDrafting;

    @org.springframework.beans.factory.annotation.Value("${parcomms.security.max-failed-logins}")
    int maxFailedLogins;

    World world;
    World other;
    IssuedPlan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        other = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2025);
        reportDrafting.open(world.unitUserA(), plan.id(), ReportPeriod.Q1);
    }

    /** An error answer: JSON with status and code, and nothing of the exception in it. */
    static ResultActions jsonError(ResultActions result, int status, String code) throws Exception {
        result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.error").value(code))
                .andExpect(jsonPath("$.trace").doesNotExist());
        String body = result.andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("vn.parcomms");
        return result;
    }

    @Test
    void theOfficeAndTheUnitListThePlanButAnotherProvinceDoesNot() throws Exception {
        String id = String.valueOf(plan.id());
        mvc.perform(get("/api/v1/plans?year=2025").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) plan.id())))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value(contains("ISSUED")));
        mvc.perform(get("/api/v1/plans").with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) plan.id())));
        mvc.perform(get("/api/v1/plans").with(as(other.reviewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) plan.id()))));
        mvc.perform(get("/api/v1/plans?status=DRAFT").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(not(hasItem((int) plan.id()))));
    }

    @Test
    void thePlanListComesAPageAtATimeWithItsTotalAndALinkToTheNextPage() throws Exception {
        IssuedPlan second = planFixtures.issuedPlan(world, 2026);

        String first = mvc.perform(get("/api/v1/plans?size=1").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("page=1")))
                .andExpect(jsonPath("$.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        // Newest year first: the 2026 plan, then the 2025 one on the next page, which is the last.
        assertThat(first).contains("\"id\":" + second.id());
        mvc.perform(get("/api/v1/plans?size=1&page=1").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Link"))
                .andExpect(jsonPath("$[0].id").value((int) plan.id()));
        mvc.perform(get("/api/v1/plans?size=1&page=5").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(jsonPath("$.length()").value(0));
        jsonError(mvc.perform(get("/api/v1/plans?size=0").with(as(world.office()))), 400, "bad_request");
        jsonError(mvc.perform(get("/api/v1/plans?size=501").with(as(world.office()))), 400, "bad_request");
        jsonError(mvc.perform(get("/api/v1/plans?page=-1").with(as(world.office()))), 400, "bad_request");
    }

    @Test
    void aPlanHasItsHeaderLabelledPartsAndActivitiesWithTargets() throws Exception {
        mvc.perform(get("/api/v1/plans/" + plan.id()).with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ISSUED"))
                .andExpect(jsonPath("$.header.year").value(2025))
                .andExpect(jsonPath("$.numberAndSymbol").value(org.hamcrest.Matchers.endsWith("/KH-SYT")))
                .andExpect(jsonPath("$.issuingNode.id").value((int) world.agency()))
                .andExpect(jsonPath("$.sectionNumbers.CONTENT").value("I"))
                .andExpect(jsonPath("$.parts", hasSize(1)))
                .andExpect(jsonPath("$.parts[0].kind").value("CONTENT"))
                .andExpect(jsonPath("$.parts[0].subsectionNumber").value("1."))
                .andExpect(jsonPath("$.parts[0].label").isNotEmpty())
                .andExpect(jsonPath("$.activities", hasSize(3)))
                .andExpect(jsonPath("$.activities[*].targets[0].target").value(containsInAnyOrder(12, 8, 20)))
                .andExpect(jsonPath("$.activities[0].leadNodeId").value((int) world.unitA()));
    }

    @Test
    void aPlanOfAnotherProvinceIsForbiddenAndAnUnknownOneNotFound() throws Exception {
        jsonError(mvc.perform(get("/api/v1/plans/" + plan.id()).with(as(other.reviewer()))), 403, "forbidden");
        jsonError(mvc.perform(get("/api/v1/plans/" + plan.id()).with(as(other.office()))), 403, "forbidden");
        jsonError(mvc.perform(get("/api/v1/plans/987654321").with(as(world.office()))), 404, "not_found");
        jsonError(mvc.perform(get("/api/v1/plans/abc").with(as(world.office()))), 400, "bad_request");
        jsonError(mvc.perform(get("/api/v1/plans?status=NOPE").with(as(world.office()))), 400, "bad_request");
    }

    @Test
    void periodsHaveTheirWindowsAndTheOfficesDeadlines() throws Exception {
        mvc.perform(get("/api/v1/periods?year=2025").with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.nodeId").value((int) world.agency()))
                .andExpect(jsonPath("$.periods[*].period").value(contains("Q1", "H1", "M9", "YEAR")))
                .andExpect(jsonPath("$.periods[0].cutOffStart").value("2024-12-15"))
                .andExpect(jsonPath("$.periods[0].cutOffEnd").value("2025-03-14"))
                .andExpect(jsonPath("$.periods[1].incrementStart").value("2025-03-15"))
                .andExpect(jsonPath("$.periods[0].deadline").value("2025-03-18"));
        mvc.perform(get("/api/v1/periods?year=2025").with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.periods", hasSize(4)))
                .andExpect(jsonPath("$.periods[0].deadline").value(nullValue()))
                .andExpect(jsonPath("$.periods[3].cutOffEnd").value("2025-12-14"));
        jsonError(mvc.perform(get("/api/v1/periods?year=1999").with(as(world.office()))), 400, "bad_request");
    }

    @Test
    void theOfficeRollsUpEveryUnitAndAUnitOnlyItsOwnFigures() throws Exception {
        String query = "/api/v1/rollups?plan=" + plan.id() + "&period=H1";
        mvc.perform(get(query).with(as(world.office())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.planId").value((int) plan.id()))
                .andExpect(jsonPath("$.period").value("H1"))
                .andExpect(jsonPath("$.ownUnitOnly").value(false))
                .andExpect(jsonPath("$.indicators[0].target").value(40))
                .andExpect(jsonPath("$.completion[*].unitId")
                        .value(containsInAnyOrder((int) world.unitA(), (int) world.unitB())));
        mvc.perform(get(query).with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownUnitOnly").value(true))
                .andExpect(jsonPath("$.indicators[0].target").value(20))
                .andExpect(jsonPath("$.completion[*].unitId").value(contains((int) world.unitA())))
                .andExpect(jsonPath("$.timeliness[*].unitId").value(contains((int) world.unitA())));
    }

    @Test
    void theReviewerRollsUpAnAgencyOfItsProvinceButNotOfAnother() throws Exception {
        String query = "/api/v1/rollups?plan=" + plan.id() + "&period=H1&node=" + world.agency();
        mvc.perform(get(query).with(as(world.reviewer())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodeId").value((int) world.agency()))
                .andExpect(jsonPath("$.ownUnitOnly").value(false));
        jsonError(mvc.perform(get(query).with(as(other.reviewer()))), 403, "forbidden");
        jsonError(mvc.perform(get("/api/v1/rollups?plan=" + plan.id() + "&period=H1").with(as(other.office()))),
                403, "forbidden");
        jsonError(mvc.perform(get("/api/v1/rollups?plan=987654321&period=H1").with(as(world.office()))),
                404, "not_found");
        jsonError(mvc.perform(get("/api/v1/rollups?period=H1").with(as(world.office()))), 400, "bad_request");
        jsonError(mvc.perform(get("/api/v1/rollups?plan=" + plan.id() + "&period=Q5").with(as(world.office()))),
                400, "bad_request");
    }

    @Test
    void withoutSignInTheApiAnswers401JsonWhilePagesStillRedirectToTheLoginPage() throws Exception {
        jsonError(mvc.perform(get("/api/v1/plans")), 401, "unauthorized")
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")));
        jsonError(mvc.perform(get("/api/v1/plans/" + plan.id())), 401, "unauthorized");
        jsonError(mvc.perform(get("/api/v1/plans").with(httpBasic(world.office().username(), "wrong-password"))
                        .with(SignIn.from(SignIn.newAddress()))),
                401, "unauthorized");
        mvc.perform(get("/plans")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login?continue=%2Fplans"));
    }

    @Test
    void httpBasicOpensNoSessionOnTheApiNeitherSignedInNorRefused() throws Exception {
        var signedIn = mvc.perform(get("/api/v1/plans/" + plan.id())
                        .with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk()).andReturn();
        assertThat(signedIn.getRequest().getSession(false)).isNull();
        assertThat(signedIn.getResponse().getHeader("Set-Cookie")).isNull();
        var refused = mvc.perform(get("/api/v1/plans").with(SignIn.from(SignIn.newAddress())))
                .andExpect(status().isUnauthorized()).andReturn();
        assertThat(refused.getRequest().getSession(false)).isNull();
    }

    @Test
    void httpBasicIsIgnoredOutsideTheApi() throws Exception {
        mvc.perform(get("/plans").with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(redirectedUrl("/login?continue=%2Fplans"));
    }

    @Test
    void httpBasicIsThrottledLikeTheLoginForm() throws Exception {
        String address = SignIn.newAddress();
        for (int i = 0; i < maxFailedLogins; i++) {
            mvc.perform(get("/api/v1/plans").with(httpBasic(world.leader().username(), "wrong-" + i))
                    .with(SignIn.from(address))).andExpect(status().isUnauthorized());
        }

        jsonError(mvc.perform(get("/api/v1/plans").with(httpBasic(world.leader().username(), Fixtures.PASSWORD))
                .with(SignIn.from(SignIn.newAddress()))), 401, "unauthorized");
        mvc.perform(SignIn.login(world.leader().username(), Fixtures.PASSWORD, SignIn.newAddress()))
                .andExpect(redirectedUrl("/login?error=bad"));
    }

    @Test
    void aScriptReadsTheApiWithHttpBasic() throws Exception {
        mvc.perform(get("/api/v1/plans/" + plan.id()).with(httpBasic(world.office().username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value((int) plan.id()));
        jsonError(mvc.perform(get("/api/v1/plans/" + plan.id())
                .with(httpBasic(other.office().username(), Fixtures.PASSWORD))), 403, "forbidden");
    }

    @Test
    void theOpenApiDocumentListsTheFourEndpoints() throws Exception {
        mvc.perform(get("/v3/api-docs").with(as(world.unitUserA())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(jsonPath("$.paths['/api/v1/plans'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plans/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/periods'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/rollups'].get").exists())
                .andExpect(jsonPath("$.paths['/plans']").doesNotExist())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
        // The UI comes from springdoc's webjar inside the app: every script it loads is relative, none from a CDN.
        String ui = mvc.perform(get("/swagger-ui/index.html").with(as(world.unitUserA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(ui).select("script[src], link[href]"))
                .allSatisfy(e -> assertThat(e.hasAttr("src") ? e.attr("src") : e.attr("href")).doesNotContain("//"));
        mvc.perform(get("/swagger-ui/swagger-ui-bundle.js").with(as(world.unitUserA()))).andExpect(status().isOk());
        String init = mvc.perform(get("/swagger-ui/swagger-initializer.js").with(as(world.unitUserA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(init).contains("/v3/api-docs");
        mvc.perform(get("/v3/api-docs")).andExpect(status().is3xxRedirection());
    }
}

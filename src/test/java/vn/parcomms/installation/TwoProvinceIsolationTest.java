package vn.parcomms.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.parcomms.assessment.CriterionCommand;
import vn.parcomms.assessment.CriterionKind;
import vn.parcomms.assessment.ParIndexCriteriaService;
import vn.parcomms.assessment.SelfAssessmentCommand;
import vn.parcomms.assessment.SelfAssessmentLifecycle;
import vn.parcomms.assessment.SelfAssessmentService;
import vn.parcomms.catalog.CatalogEntryCommand;
import vn.parcomms.catalog.CatalogService;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityCommand;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * Two fully seeded provinces in one installation (ADR 0026): every handler route Spring knows, for
 * every role of province A and the installation's operator, with province B's record ids in the path,
 * in the id parameters and in the forms. Nothing of B may come back (403, 404, a redirect that names
 * nothing of B, or a page, export or JSON without B's names and codes), and no POST may change
 * anything of B. A route that no rule below classifies, or an id parameter the sweep does not know,
 * fails the test, so a new route is swept as soon as it exists.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoProvinceIsolationTest {

    static final int YEAR = 2025;
    static final byte[] SMALL_PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    /** How a route is reached: who may use it at all. */
    enum Kind {
        /** Before sign-in (login, setup, error, the OpenAPI description). */
        PUBLIC,
        /** The signed-in user's own account. */
        OWN,
        /** The installation operator's pages: 403 for every province user. */
        OPERATOR,
        /** Read by every province user and kept by the operator (the catalogues). */
        SHARED,
        /** Everything inside a province: 403 for the operator. */
        PROVINCE
    }

    /** Each route's kind by its first path segment; a route under no listed segment fails the test. */
    static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("", Kind.PROVINCE), // the home page ("/"): the operator is sent to its own
            Map.entry("login", Kind.PUBLIC), Map.entry("setup", Kind.PUBLIC), Map.entry("error", Kind.PUBLIC),
            Map.entry("v3", Kind.PUBLIC), Map.entry("swagger-ui.html", Kind.PUBLIC),
            Map.entry("account", Kind.OWN), Map.entry("session", Kind.OWN),
            Map.entry("operator", Kind.OPERATOR),
            Map.entry("catalog", Kind.SHARED),
            Map.entry("plans", Kind.PROVINCE), Map.entry("reports", Kind.PROVINCE),
            Map.entry("consolidations", Kind.PROVINCE), Map.entry("organizations", Kind.PROVINCE),
            Map.entry("users", Kind.PROVINCE), Map.entry("rollups", Kind.PROVINCE),
            Map.entry("notifications", Kind.PROVINCE), Map.entry("register", Kind.PROVINCE),
            Map.entry("api", Kind.PROVINCE));

    @Autowired
    MockMvc mvc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationService organizations;
    @Autowired
    CatalogService catalog;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ConsolidationService consolidations;
    @Autowired
    ParIndexCriteriaService criteria;
    @Autowired
    SelfAssessmentService sheets;
    @Autowired
    SelfAssessmentLifecycle sheetLifecycle;
    @Autowired
    JdbcClient jdbc;

    Province a;
    Province b;
    CurrentUser operator;
    /** Other provinces' codes (the demo's, when loaded) that must not show in A's pages either. */
    List<Pattern> otherProvinces;

    @BeforeAll
    void seedTwoProvinces() {
        a = seed(fixtures.newWorld());
        b = seed(fixtures.newWorld());
        operator = fixtures.newOperator();
        otherProvinces = organizations.provinces().stream()
                .filter(p -> p.id() != a.world.province() && p.id() != b.world.province())
                .map(p -> p.code())
                .filter(code -> code.length() >= 4 && !code.matches("[TA]\\d+-\\d+"))
                .map(code -> Pattern.compile("\\b" + Pattern.quote(code) + "\\b"))
                .toList();
    }

    // ------------------------------------------------------------------------------------ the sweep

    @Test
    void noUserOfProvinceAAndNotTheOperatorSeesOrChangesAnythingOfProvinceBOnAnyRoute() throws Exception {
        String before = fingerprint(b);
        List<Route> routes = routes();
        assertThat(routes).as("the handler mapping was read").hasSizeGreaterThan(100);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        List<CurrentUser> users = new ArrayList<>();
        for (Role role : new Role[] {Role.ADMIN, Role.OFFICE, Role.LEADER, Role.UNIT, Role.REVIEWER}) {
            users.add(a.world.userWith(role));
        }
        users.add(operator);
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        for (Route route : routes) {
            for (CurrentUser user : users) {
                if (user.isOperator() && route.kind() == Kind.OPERATOR && route.method().equals("POST")) {
                    continue; // deactivating B's administrator is the operator's job (InstallationOperatorTest)
                }
                for (MockHttpServletRequestBuilder request : requests(route)) {
                    requests++;
                    int status = check(route, user, request, failures);
                    statuses.merge(route.method() + " " + status, 1, Integer::sum);
                }
            }
        }
        System.out.println("Two-province sweep: " + requests + " requests on " + routes.size() + " routes, "
                + statuses);
        assertThat(failures).as(requests + " requests on " + routes.size() + " routes").isEmpty();
        assertThat(fingerprint(b)).as("nothing of province B changed").isEqualTo(before);
    }

    @Test
    void anAppraisalRefusedWithAnEntryForNoCriterionShowsTheFormAgainInsteadOfAServerError() throws Exception {
        // Found by the sweep: the re-rendered sheet looked the typed entry's criterion up by a null code.
        for (String code : new String[] {null, "no-such-criterion"}) {
            MockHttpServletRequestBuilder request = post("/rollups/par-index/self/appraise").with(csrf())
                    .param("node", String.valueOf(a.world.agency())).param("year", String.valueOf(YEAR))
                    .param("version", "0").param("entries[0].points", "1");
            if (code != null) {
                request.param("entries[0].code", code);
            }
            MockHttpServletResponse response = mvc.perform(request.with(as(a.world.reviewer()))).andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(String.valueOf(code)).isIn(200, 409);
            assertThat(response.getContentAsString()).contains("<form");
        }
    }

    @Test
    void everyRouteIsClassifiedAndEveryIdParameterIsFilled() {
        // routes() itself fails on a route or an id parameter it does not know; this names the count.
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::kind).contains(Kind.PROVINCE, Kind.OPERATOR, Kind.SHARED, Kind.OWN);
        assertThat(routes.stream().filter(r -> r.pattern().startsWith("/operator")))
                .extracting(Route::kind).containsOnly(Kind.OPERATOR);
    }

    @Test
    void theSameSweepRunByProvinceBsOwnUsersFindsBsRecordsOnItsPages() throws Exception {
        // The check can fail: B's office reading B's records through the same requests is reported.
        List<String> failures = new ArrayList<>();
        for (Route route : routes()) {
            if (route.method().equals("GET") && route.kind() == Kind.PROVINCE && route.hasPathVariables()) {
                check(route, b.world.office(), requests(route).get(0), failures);
            }
        }
        assertThat(String.join("\n", failures)).contains("GET /plans/{id} as OFFICE: 200 (shows B's code",
                "GET /reports/{id} as OFFICE: 200 (shows B's code", "GET /consolidations/{id} as OFFICE: 200 (shows",
                "GET /plans/{id}/export.docx as OFFICE: 200 (shows", "GET /reports/{id}/export.pdf as OFFICE: 200 (shows");
    }

    @Test
    void theSweepFindsTheSeededDataOfEachProvinceInItsOwnPages() throws Exception {
        // The assertion "no B in A's pages" means something only if B's pages do show B's names.
        for (Province p : new Province[] {a, b}) {
            for (String path : new String[] {"/plans/" + p.plan, "/reports/" + p.acceptedReport,
                    "/consolidations/" + p.consolidation}) {
                String body = mvc.perform(get(path).with(as(p.world.office()))).andReturn().getResponse()
                        .getContentAsString();
                assertThat(body.toLowerCase(Locale.ROOT)).as(path).contains(p.token);
            }
            String catalogue = mvc.perform(get("/catalog").with(as(p.world.unitUserA()))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(catalogue.toLowerCase(Locale.ROOT)).contains("kênh riêng " + p.token);
            String users = mvc.perform(get("/users").with(as(p.world.admin()))).andReturn().getResponse()
                    .getContentAsString();
            assertThat(users.toLowerCase(Locale.ROOT)).contains(p.token);
        }
        assertThat(text(mvc.perform(get("/plans/" + b.plan + "/export.docx").with(as(b.world.office())))
                .andReturn().getResponse()).toLowerCase(Locale.ROOT)).as("exports are read as text").contains(b.token);
    }

    /** Sends one request and notes what reveals or changes B; returns the status. */
    private int check(Route route, CurrentUser user, MockHttpServletRequestBuilder request, List<String> failures)
            throws Exception {
        MockHttpServletResponse response;
        try {
            response = mvc.perform(request.with(as(user))).andReturn().getResponse();
        } catch (Exception e) {
            // What reaches the test instead of an answer is a 500 for the user.
            failures.add(route.method() + " " + route.pattern() + " as " + user.role() + ": threw " + e.getMessage());
            return 500;
        }
        int status = response.getStatus();
        String what = route.method() + " " + route.pattern() + " as " + user.role() + ": " + status;
        boolean operatorUser = user.isOperator();
        if (System.getenv("SWEEP_TRACE") != null && (status == 400 || status == 404 || status == 200 || status == 302)) {
            System.out.println("SWEEP " + what + " " + request.buildRequest(new org.springframework.mock.web.MockServletContext()).getQueryString()
                    + " " + (status == 302 ? response.getRedirectedUrl() : ""));
        }
        if (status >= 500) {
            failures.add(what + " (server error)");
            return status;
        }
        if (operatorUser && route.kind() == Kind.PROVINCE && !route.pattern().equals("/") && status != 403) {
            failures.add(what + " (the operator must get 403 on a province route)");
        }
        if (!operatorUser && route.kind() == Kind.OPERATOR && status != 403) {
            failures.add(what + " (a province user must get 403 on the operator's pages)");
        }
        if (operatorUser && route.kind() == Kind.OPERATOR) {
            return status; // the operator's own pages list every province by design (InstallationOperatorTest)
        }
        if (status == 409 && route.hasPathVariables()) {
            failures.add(what + " (a conflict tells that B's record exists: access must come first)");
        }
        String body = text(response);
        String leak = leak(body);
        if (leak != null) {
            failures.add(what + " (shows " + leak + ")");
        }
        if (status >= 300 && status < 400) {
            String location = response.getRedirectedUrl();
            if (location == null) {
                location = response.getHeader("Location");
            }
            if (location != null && leak(location) != null) {
                failures.add(what + " (redirect names B: " + location + ")");
            }
            boolean operatorsOwnPage = operatorUser && location != null && location.startsWith("/operator");
            if (location != null && location.startsWith("/") && !location.startsWith("/login")
                    && !location.contains(".") && !operatorsOwnPage) {
                MockHttpServletResponse followed = mvc.perform(get(location).with(as(user))).andReturn().getResponse();
                String followedLeak = leak(text(followed));
                if (followed.getStatus() >= 500 || followedLeak != null) {
                    failures.add(what + " → " + location + ": " + followed.getStatus() + " ("
                            + (followedLeak == null ? "server error" : "shows " + followedLeak) + ")");
                }
            }
        }
        return status;
    }

    /** What of B (or of another province) the text shows, or null. */
    private String leak(String text) {
        if (text.toLowerCase(Locale.ROOT).contains(b.token)) {
            return "B's code " + b.token;
        }
        for (Pattern other : otherProvinces) {
            if (other.matcher(text).find()) {
                return "another province's code " + other.pattern();
            }
        }
        return null;
    }

    // ------------------------------------------------------------------------------------ the routes

    record Route(String method, String pattern, Kind kind, HandlerMethod handler) {

        boolean hasPathVariables() {
            return pattern.contains("{");
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-zA-Z]+)[^}]*}");

    /** Every handler route, one per method and pattern; fails on what the sweep cannot fill. */
    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        Set<String> unclassified = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e : handlerMapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = e.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                methods = Set.of(RequestMethod.GET, RequestMethod.POST);
            }
            for (String pattern : info.getPatternValues()) {
                String first = pattern.replaceFirst("^/", "").replaceFirst("/.*$", "");
                Kind kind = KINDS.get(first);
                if (kind == null) {
                    unclassified.add(pattern + " (no kind for /" + first + ")");
                    continue;
                }
                Matcher variables = VARIABLE.matcher(pattern);
                while (variables.find()) {
                    if (pathValue(pattern, variables.group(1)) == null) {
                        unclassified.add(pattern + " (path variable " + variables.group(1) + ")");
                    }
                }
                for (String param : idParameters(e.getValue())) {
                    if (!ID_PARAMETERS.contains(param)) {
                        unclassified.add(pattern + " (id parameter " + param + ")");
                    }
                }
                for (RequestMethod method : methods) {
                    if (method == RequestMethod.GET || method == RequestMethod.POST) {
                        routes.add(new Route(method.name(), pattern, kind, e.getValue()));
                    }
                }
            }
        }
        assertThat(unclassified).as("routes the isolation sweep does not know how to fill").isEmpty();
        routes.sort(java.util.Comparator.comparing(Route::pattern).thenComparing(Route::method));
        return routes;
    }

    /** Parameters and form fields that carry a record id (Long, UUID or lists of them). */
    static final Set<String> ID_PARAMETERS = Set.of("node", "unit", "parent", "open", "province", "plan", "channel",
            "edit", "deleteFile", "parentKey", "version", "orgNodeId", "parentId", "reportingParentId", "leadNodeId",
            "cooperatorNodeIds", "channelIds", "parentPlanId", "targetId", "otherIds", "deleteFileIds",
            "contentItemKey", "activityKey", "content");

    private static List<String> idParameters(HandlerMethod handler) {
        List<String> names = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            if (requestParam != null && isId(parameter.getParameterType(), parameter.getGenericParameterType())) {
                names.add(requestParam.name().isEmpty() ? (requestParam.value().isEmpty()
                        ? parameter.getParameterName() : requestParam.value()) : requestParam.name());
            }
            if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
                for (Field field : parameter.getParameterType().getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && isId(field.getType(), field.getGenericType())) {
                        names.add(field.getName());
                    }
                }
            }
        }
        return names;
    }

    private static boolean isId(Class<?> type, java.lang.reflect.Type generic) {
        if (type == Long.class || type == long.class || type == UUID.class) {
            return true;
        }
        if (java.util.Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p) {
            java.lang.reflect.Type element = p.getActualTypeArguments()[0];
            return element == Long.class || element == UUID.class;
        }
        return false;
    }

    /** The value of B for a path variable of this route, or null when the sweep does not know it. */
    private String pathValue(String pattern, String variable) {
        return switch (variable) {
            case "id" -> idOf(pattern) == null ? null : String.valueOf(idOf(pattern).id());
            case "activityId" -> String.valueOf(b.activity);
            case "itemId" -> String.valueOf(b.item);
            case "key" -> String.valueOf(b.sectionKey);
            case "kind" -> ItemKind.CONTENT.name();
            case "code" -> "1";
            case "year" -> String.valueOf(YEAR);
            case "nodeId" -> String.valueOf(b.world.agency());
            case "fileId" -> String.valueOf(pattern.startsWith("/reports") ? b.reportFile : b.sheetFile);
            case "group" -> "all"; // the OpenAPI description's groups
            default -> null;
        };
    }

    /** A record of B and the table its version is in. */
    record Target(long id, String table) {
    }

    /** What {id} names on this route: the record of B of that kind. */
    private Target idOf(String pattern) {
        Map<String, Target> byPrefix = new LinkedHashMap<>();
        byPrefix.put("/plans/{id}", new Target(b.plan, "plan"));
        byPrefix.put("/api/v1/plans/{id}", new Target(b.plan, "plan"));
        byPrefix.put("/reports/{id}", new Target(b.acceptedReport, "unit_report"));
        byPrefix.put("/consolidations/{id}", new Target(b.consolidation, "consolidated_report"));
        byPrefix.put("/organizations/{id}", new Target(b.world.agency(), "org_node"));
        byPrefix.put("/users/{id}", new Target(b.world.office().id(), "user_account"));
        byPrefix.put("/notifications/{id}", new Target(b.notification, "notification"));
        byPrefix.put("/catalog/channels/{id}", new Target(b.channel, "catalog_channel"));
        byPrefix.put("/catalog/indicators/{id}", new Target(b.indicator, "catalog_indicator"));
        byPrefix.put("/operator/admins/{id}", new Target(b.world.admin().id(), "user_account"));
        for (Map.Entry<String, Target> e : byPrefix.entrySet()) {
            if (pattern.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The requests of a route: as it is, and (when it takes any) with B's ids in every id parameter. */
    private List<MockHttpServletRequestBuilder> requests(Route route) {
        String uri = route.pattern();
        Matcher variables = VARIABLE.matcher(uri);
        StringBuilder filled = new StringBuilder();
        while (variables.find()) {
            variables.appendReplacement(filled, Matcher.quoteReplacement(pathValue(uri, variables.group(1))));
        }
        variables.appendTail(filled);
        String path = filled.toString().replace("/**", "");
        List<MockHttpServletRequestBuilder> requests = new ArrayList<>();
        // B's records with B's nodes, and B's records beside A's own nodes (a check of the node alone
        // must not let B's plan through).
        List<Map<String, String>> variants = List.of(bParameters(route, b), bParameters(route, a));
        if (route.method().equals("GET")) {
            requests.add(get(path));
            if (!idParameters(route.handler()).isEmpty()) {
                for (Map<String, String> ids : variants) {
                    MockHttpServletRequestBuilder withIds = get(path).param("period", "Q1")
                            .param("year", String.valueOf(YEAR)).param("kind", "RENAME");
                    ids.forEach(withIds::param);
                    requests.add(withIds);
                }
            }
        } else {
            for (Map<String, String> ids : variants) {
                MockHttpServletRequestBuilder withIds = post(path).with(csrf());
                ids.forEach(withIds::param);
                // Enough of a form that a missing scope check would go through and change B.
                withIds.param("name", "Tên mới").param("fullName", "Tên mới").param("reason", "Lý do")
                        .param("code", "ZZNEW").param("username", "zz-new-" + System.nanoTime() % 100_000)
                        .param("kind", "UNIT").param("role", "UNIT").param("password", Fixtures.PASSWORD)
                        .param("confirmPassword", Fixtures.PASSWORD).param("title", "Tiêu đề mới")
                        .param("year", String.valueOf(YEAR)).param("period", "Q1").param("confirmIncomplete", "true")
                        .param("resultsSummary", "Đã làm").param("heading", "Mục").param("text", "Nội dung")
                        .param("body", "Nội dung").param("effectiveDate", "2025-07-01").param("decision", "QĐ 1")
                        .param("direction", "1");
                requests.add(withIds);
            }
        }
        return requests;
    }

    /**
     * B's record ids under every id parameter name, with the nodes of {@code nodes} (B's, or A's
     * own), and the version of the route's record of B beside them.
     */
    private Map<String, String> bParameters(Route route, Province nodes) {
        Map<String, String> p = new HashMap<>();
        p.put("node", String.valueOf(nodes.world.agency()));
        p.put("unit", String.valueOf(nodes.world.unitA()));
        p.put("parent", String.valueOf(nodes.world.agency()));
        p.put("open", String.valueOf(nodes.world.agency()));
        p.put("province", String.valueOf(nodes.world.province()));
        p.put("plan", String.valueOf(b.plan));
        p.put("channel", String.valueOf(b.channel));
        p.put("edit", String.valueOf(b.item));
        p.put("deleteFile", String.valueOf(b.reportFile));
        p.put("parentKey", String.valueOf(b.contentKey));
        p.put("orgNodeId", String.valueOf(b.world.unitA()));
        p.put("parentId", String.valueOf(b.world.agency()));
        p.put("reportingParentId", String.valueOf(b.world.agency()));
        p.put("leadNodeId", String.valueOf(b.world.unitA()));
        p.put("cooperatorNodeIds", String.valueOf(b.world.unitB()));
        p.put("channelIds", String.valueOf(b.channel));
        p.put("parentPlanId", String.valueOf(b.plan));
        p.put("targetId", String.valueOf(b.world.unitA()));
        p.put("otherIds", String.valueOf(b.world.unitB()));
        p.put("deleteFileIds", String.valueOf(b.sheetFile));
        p.put("contentItemKey", String.valueOf(b.contentKey));
        p.put("content", String.valueOf(b.contentKey));
        p.put("activityKey", String.valueOf(b.activityKey));
        p.put("entries[0].activityKey", String.valueOf(b.activityKey));
        p.put("targets[0].indicatorId", String.valueOf(b.indicator));
        p.put("targets[0].target", "5");
        Target target = idOf(route.pattern());
        if (target != null) {
            p.put("version", String.valueOf(jdbc.sql("select version from " + target.table() + " where id = :id")
                    .param("id", target.id()).query(Long.class).single()));
        } else if (route.pattern().startsWith("/rollups/par-index/self")) {
            p.put("version", String.valueOf(b.sheetVersion()));
        } else {
            p.put("version", "0");
        }
        return p;
    }

    // ------------------------------------------------------------------------------------ reading bodies

    /** What a response says as text: pages and JSON as they are, Word, Excel, zips and PDFs read inside. */
    static String text(MockHttpServletResponse response) {
        return text(response.getContentAsByteArray());
    }

    static String text(byte[] bytes) {
        if (bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            StringBuilder all = new StringBuilder();
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                ZipEntry entry;
                while ((entry = zip.getNextEntry()) != null) {
                    ByteArrayOutputStream content = new ByteArrayOutputStream();
                    zip.transferTo(content);
                    String inner = text(content.toByteArray());
                    // Word splits text into runs: the tags between them go, the text stays together.
                    all.append(entry.getName()).append('\n')
                            .append(entry.getName().endsWith(".xml") ? inner.replaceAll("<[^>]+>", "") : inner)
                            .append('\n');
                }
            } catch (java.io.IOException e) {
                return new String(bytes, StandardCharsets.UTF_8);
            }
            return all.toString();
        }
        if (bytes.length > 4 && bytes[0] == '%' && bytes[1] == 'P' && bytes[2] == 'D' && bytes[3] == 'F') {
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                return new PDFTextStripper().getText(pdf);
            } catch (java.io.IOException e) {
                return new String(bytes, StandardCharsets.ISO_8859_1);
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------ province B unchanged

    /** Every row of B's records, as text: any change by the sweep shows as a different digest. */
    private String fingerprint(Province p) {
        String nodes = "(select id from org_node where path like (select path from org_node where id = :root) || '%')";
        String plans = "(select id from plan where issuing_node_id in " + nodes + ")";
        String users = "(select id from user_account where org_node_id in " + nodes + ")";
        String reports = "(select id from unit_report where unit_node_id in " + nodes + " or plan_node_id in "
                + nodes + ")";
        Map<String, String> tables = new LinkedHashMap<>();
        tables.put("org_node", "id in " + nodes);
        tables.put("user_account", "id in " + users);
        tables.put("plan", "id in " + plans);
        tables.put("plan_item", "plan_id in " + plans);
        tables.put("plan_activity", "plan_id in " + plans);
        tables.put("plan_section", "plan_id in " + plans);
        tables.put("unit_report", "id in " + reports);
        tables.put("unit_report_entry", "report_id in " + reports);
        tables.put("unit_report_file", "report_id in " + reports);
        tables.put("consolidated_report", "node_id in " + nodes);
        tables.put("notification", "recipient_id in " + users);
        tables.put("catalog_channel", "owner_node_id = :root");
        tables.put("catalog_indicator", "owner_node_id = :root");
        tables.put("par_index_criteria_set", "province_node_id = :root");
        tables.put("par_index_self_assessment", "node_id in " + nodes);
        tables.put("consolidation_deadline", "province_node_id = :root");
        tables.put("report_deadline", "node_id in " + nodes);
        tables.put("org_node_succession", "node_id in " + nodes);
        StringBuilder digest = new StringBuilder();
        for (Map.Entry<String, String> t : tables.entrySet()) {
            digest.append(t.getKey()).append('=').append(jdbc.sql("select count(*) || ':' || md5(coalesce(string_agg("
                    + "t::text, '|' order by t.id), '')) from " + t.getKey() + " t where " + t.getValue())
                    .param("root", p.world.province()).query(String.class).single()).append('\n');
        }
        return digest.toString();
    }

    // ------------------------------------------------------------------------------------ seeding

    /** A province with its records, every name and code of which holds {@code token}. */
    static final class Province {
        World world;
        String token;
        long channel;
        long indicator;
        long plan;
        long item;
        UUID contentKey;
        UUID sectionKey;
        long activity;
        UUID activityKey;
        long acceptedReport;
        long submittedReport;
        long reportFile;
        long consolidation;
        long sheetFile;
        long notification;
        java.util.function.LongSupplier sheetVersionSource;

        long sheetVersion() {
            return sheetVersionSource.getAsLong();
        }
    }

    /**
     * Seeds a province as its users would: its own channel and indicator, an issued plan of the
     * agency, unit A's Q1 report accepted and unit B's submitted, the agency's consolidated Q1 report
     * sent to and accepted by Home Affairs, the province's own PAR INDEX criteria and the agency's
     * submitted self-assessment with a file.
     */
    private Province seed(World w) {
        Province p = new Province();
        p.world = w;
        String code = organizations.find(w.province()).code();
        p.token = code.toLowerCase(Locale.ROOT);
        p.channel = catalog.createChannel(w.admin(), new CatalogEntryCommand("K" + code, "Kênh riêng " + code, null,
                null, 9_990));
        p.indicator = catalog.createIndicator(w.admin(), new CatalogEntryCommand("C" + code, "Chỉ tiêu riêng " + code,
                null, "tin", 9_990));

        long id = planDrafting.create(w.office(), header(code, null, null));
        planDrafting.updateHeader(w.office(), id, planVersion(w, id), header(code, "12", LocalDate.of(YEAR, 2, 6)));
        planDrafting.addItem(w.office(), id, planVersion(w, id), ItemKind.CONTENT, null,
                "Tuyên truyền kết quả cải cách hành chính của " + code);
        PlanDetails drafted = planReader.details(w.office(), id);
        p.contentKey = drafted.items(ItemKind.CONTENT).get(0).key();
        planDrafting.saveActivity(w.office(), id, planVersion(w, id), null, new ActivityCommand(p.contentKey,
                "Đăng tin về CCHC của " + code, w.unitA(), List.of(), null, null, List.of(1, 2, 3, 4), null,
                List.of(p.channel), Map.of(p.indicator, 12)));
        planDrafting.saveActivity(w.office(), id, planVersion(w, id), null, new ActivityCommand(p.contentKey,
                "Niêm yết thủ tục của " + code, w.unitB(), List.of(w.unitA()), null, null, List.of(1, 2, 3, 4), null,
                List.of(p.channel), Map.of(p.indicator, 20)));
        planLifecycle.submit(w.office(), id, planVersion(w, id));
        planLifecycle.issue(w.leader(), id, planVersion(w, id));
        p.plan = id;
        PlanDetails issued = planReader.details(w.office(), id);
        p.activityKey = issued.activities().get(0).key();
        p.item = jdbc.sql("select id from plan_item where plan_id = :p order by id limit 1").param("p", id)
                .query(Long.class).single();
        p.activity = jdbc.sql("select id from plan_activity where plan_id = :p order by id limit 1").param("p", id)
                .query(Long.class).single();
        p.sectionKey = jdbc.sql("select section_key from plan_section where plan_id = :p order by id limit 1")
                .param("p", id).query(UUID.class).optional().orElse(UUID.randomUUID());

        p.acceptedReport = file(w.unitUserA(), id, code, true);
        reportLifecycle.accept(w.office(), p.acceptedReport, reportReader.details(w.office(), p.acceptedReport)
                .version());
        p.submittedReport = file(w.unitUserB(), id, code, false);
        p.reportFile = jdbc.sql("select id from unit_report_file where report_id = :r order by id limit 1")
                .param("r", p.acceptedReport).query(Long.class).single();

        long consolidation = consolidations.open(w.office(), id, ReportPeriod.Q1);
        consolidations.submit(w.office(), consolidation, consolidations.details(w.office(), consolidation).version());
        consolidations.approve(w.leader(), consolidation, consolidations.details(w.leader(), consolidation).version());
        consolidations.send(w.office(), consolidation, consolidations.details(w.office(), consolidation).version(),
                true, false);
        consolidations.accept(w.reviewer(), consolidation,
                consolidations.details(w.reviewer(), consolidation).version());
        p.consolidation = consolidation;

        criteria.update(w.admin(), YEAR, null, "1", new CriterionCommand("1", null, 1, "Kế hoạch của " + code,
                new BigDecimal("1"), CriterionKind.PLAN_ISSUED, Map.of("deadlineMonth", "2", "deadlineDay", "28",
                        "onTimePoints", "1", "latePoints", "0.5", "nonePoints", "0")));
        sheets.save(w.office(), w.agency(), YEAR, null, new SelfAssessmentCommand(List.of(
                new SelfAssessmentCommand.Entry("1", BigDecimal.ONE, "Đã ban hành kế hoạch " + code, List.of(),
                        List.of())), List.of(new SelfAssessmentCommand.Upload("1", "tu-cham-" + code + ".pdf",
                                SMALL_PDF)), List.of()));
        p.sheetVersionSource = () -> sheets.sheet(w.office(), w.agency(), YEAR).version();
        sheetLifecycle.submit(w.leader(), w.agency(), YEAR, p.sheetVersion());
        p.sheetFile = jdbc.sql("select f.id from par_index_self_file f join par_index_self_assessment s"
                + " on s.id = f.assessment_id where s.node_id = :n order by f.id limit 1")
                .param("n", w.agency()).query(Long.class).single();
        p.notification = jdbc.sql("select id from notification where recipient_id = :u order by id limit 1")
                .param("u", w.office().id()).query(Long.class).single();
        return p;
    }

    private static PlanHeader header(String code, String number, LocalDate date) {
        return new PlanHeader(YEAR, null, number, number == null ? null : "KH-SYT", "Tỉnh " + code, date,
                "Kế hoạch thông tin, tuyên truyền CCHC năm " + YEAR + " của " + code, "UBND TỈNH " + code,
                "SỞ Y TẾ " + code, null, null, null, null, "Lưu: VT, VP.", "GIÁM ĐỐC", date == null ? null
                        : "Nguyễn Văn Thử");
    }

    private long planVersion(World w, long id) {
        return planReader.details(w.office(), id).version();
    }

    /** The unit files Q1 with a figure, an evidence note and (when asked) a file, and submits it. */
    private long file(CurrentUser unit, long plan, String code, boolean withFile) {
        long id = reportDrafting.open(unit, plan, ReportPeriod.Q1);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), 5));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.DONE, null,
                    "Công văn 1/" + code, null, figures));
        }
        List<ReportCommand.Upload> uploads = withFile && !entries.isEmpty()
                ? List.of(new ReportCommand.Upload(entries.get(0).activityKey(), "minh-chung-" + code + ".pdf",
                        SMALL_PDF))
                : List.of();
        long version = reportDrafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện " + code,
                "Thiếu người " + code, null, "Đề nghị tập huấn.", null, entries, uploads, List.of()));
        reportLifecycle.submit(unit, id, version);
        return id;
    }
}

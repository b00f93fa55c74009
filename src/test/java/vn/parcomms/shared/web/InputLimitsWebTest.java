package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import vn.parcomms.consolidation.ConsolidationService;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.plan.PlanLifecycle;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/**
 * Every form of the application against the three inputs that used to end on a 500 page or be
 * stored as sent: a NUL byte, a text longer than the field takes and a number out of range. Each
 * must come back as the form with a message on the field and the rest of what was typed.
 */
@IntegrationTest
class InputLimitsWebTest {

    static final Locale VI = Locale.forLanguageTag("vi");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanFixtures planFixtures;

    @Autowired
    PlanListing planListing;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;

    @Autowired
    ConsolidationService consolidations;

    @Autowired
    MessageSource messages;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    /**
     * One form: who posts it where with valid values, the text field to spoil with its maximum
     * length, and a number field with a value out of range and the message it must give.
     */
    record FormCase(String name, Function<InputLimitsWebTest, Target> target, String textField, int maxLength,
            String numberField, String badNumber, String numberMessageKey, Object... numberMessageArgs) {

        @Override
        public String toString() {
            return name;
        }
    }

    record Target(CurrentUser user, String url, boolean multipart, Map<String, String> values) {
    }

    static Stream<FormCase> forms() {
        return Stream.of(
                new FormCase("plan header", t -> t.target(t.w.office(), "/plans", false,
                        "year", "2025", "title", "Kế hoạch thông tin CCHC", "signerName", "Trần Văn Thử"),
                        "title", 1000, "year", "1000000000", "Max", 2100),
                new FormCase("plan part", t -> t.target(t.w.office(), "/plans/" + t.draft() + "/parts/CONTENT", false,
                        "body", "Nội dung tuyên truyền", "version", "__version__"),
                        "body", 20_000, null, null, null),
                new FormCase("plan activity", t -> {
                    long plan = t.draft();
                    return t.target(t.w.office(), "/plans/" + plan + "/activities", false, "name", "Hội nghị",
                            "contentItemKey", t.contentKey(plan), "leadNodeId", String.valueOf(t.w.unitA()),
                            "version", "__version__");
                },
                        "name", 1000, "targets[0].target", "2147483647", "Max", 10_000_000),
                new FormCase("plan return reason", t -> t.target(t.w.leader(), "/plans/" + t.submitted() + "/return",
                        false, "reason", "Cần bổ sung", "version", "__version__"),
                        "reason", 4000, null, null, null),
                new FormCase("unit report", t -> t.target(t.w.unitUserA(), "/reports/" + t.report(), true,
                        "version", "__version__", "resultsSummary", "Đã đăng tin bài",
                        "entries[0].activityKey", t.issued.unitAFirstQuarter().toString(),
                        "entries[0].status", "IN_PROGRESS", "entries[0].note", "Đang làm"),
                        "resultsSummary", ReportDrafting.MAX_TEXT, "__figure__", "99999999999", "report.error.figure",
                        ReportDrafting.MAX_FIGURE),
                new FormCase("consolidated report", t -> t.target(t.w.office(), "/consolidations/" + t.consolidation(),
                        false, "version", "__version__", "resultsSummary", "Tổng hợp kết quả"),
                        "resultsSummary", 50_000, null, null, null),
                new FormCase("channel", t -> t.target(t.w.admin(), "/catalog/channels", false,
                        "code", "CH" + System.nanoTime() % 100000, "name", "Kênh thử", "position", "5"),
                        "name", 255, "position", "100001", "Max", 100_000),
                new FormCase("indicator", t -> t.target(t.w.admin(), "/catalog/indicators", false,
                        "code", "IN" + System.nanoTime() % 100000, "name", "Chỉ tiêu thử", "unit", "bài", "position", "5"),
                        "name", 255, "position", "-1", "PositiveOrZero"),
                new FormCase("organisation node", t -> t.target(t.w.admin(), "/organizations", false,
                        "code", "N" + System.nanoTime() % 100000, "name", "Phòng thử", "kind", "UNIT",
                        "parentId", String.valueOf(t.w.agency())),
                        "name", 255, null, null, null),
                new FormCase("user", t -> t.target(t.w.admin(), "/users", false,
                        "username", "u" + System.nanoTime() % 1000000, "fullName", "Nguyễn Văn Thử",
                        "orgNodeId", String.valueOf(t.w.unitA()), "role", "UNIT", "password", "mat-khau-dai-1"),
                        "fullName", 160, null, null, null),
                new FormCase("PAR INDEX criterion", t -> t.target(t.w.admin(), "/rollups/par-index/rules/2025/criteria",
                        false, "code", "9", "position", "9", "title", "Tiêu chí chấm tay", "maxPoints", "1",
                        "kind", "MANUAL"),
                        "title", 500, "maxPoints", "100", "Digits", 2, 2),
                new FormCase("consolidated report deadline", t -> t.target(t.w.reviewer(),
                        "/rollups/province/deadlines", false, "year", "2025", "period", "Q1", "deadline", "2025-04-20"),
                        "deadline", 10, null, null, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aNulByteGivesAMessageOnTheFieldAndKeepsTheRestOfTheText(FormCase form) throws Exception {
        Target target = form.target().apply(this);
        String field = form.textField() != null ? form.textField() : form.numberField();
        String typed = form.textField() != null ? "Ab\u0000cd" : "1\u00002";
        Document page = send(target, field, typed);
        assertThat(value(page, field)).isEqualTo(typed.replace("\u0000", ""));
        assertThat(page.text()).contains(message(InputChecks.CONTROL_CHARACTERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aTextLongerThanTheFieldTakesGivesAMessageAndIsKept(FormCase form) throws Exception {
        if (form.textField() == null) {
            return;
        }
        Target target = form.target().apply(this);
        String typed = "ê".repeat(form.maxLength() + 1);
        Document page = send(target, form.textField(), typed);
        assertThat(value(page, form.textField())).isEqualTo(typed);
        assertThat(page.text()).contains(message("Size", form.textField(), form.maxLength(), 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void aNumberOutOfRangeGivesAMessageAndIsKept(FormCase form) throws Exception {
        if (form.numberField() == null) {
            return;
        }
        Target target = form.target().apply(this);
        String field = form.numberField().equals("__figure__") ? "entries[0].figures[" + issued.indicatorId() + "]"
                : form.numberField();
        Document page = send(target, field, form.badNumber());
        assertThat(value(page, field)).isEqualTo(form.badNumber());
        Object[] args = Stream.concat(Stream.of(field), Stream.of(form.numberMessageArgs())).toArray();
        if (form.numberMessageKey().startsWith("report.")) {
            args = form.numberMessageArgs();
        }
        assertThat(page.text()).contains(message(form.numberMessageKey(), args));
    }

    @Test
    void aScalarFieldSentTwiceIsRefusedNotJoined() throws Exception {
        Document page = Html.page(mvc.perform(post("/plans").with(as(w.office())).with(csrf())
                .param("year", "2025").param("title", "Một", "Hai")).andExpect(status().isOk()));
        assertThat(page.text()).contains(message(InputChecks.DUPLICATE));
        assertThat(planListing.page(w.office(), new vn.parcomms.plan.PlanSearch(null, null, null, null, false),
                0).total())
                .isZero();
    }

    @Test
    void aSingleValuedRequestParameterSentTwiceIsABadRequest() throws Exception {
        long id = draft();
        long version = planReader.details(w.office(), id).version();
        mvc.perform(post("/plans/{id}/submit", id).with(as(w.office())).with(csrf())
                .param("version", String.valueOf(version), String.valueOf(version + 1)))
                .andExpect(status().isBadRequest());
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(vn.parcomms.plan.PlanStatus.DRAFT);
    }

    @Test
    void aNulByteInASearchIsABadRequestThatSaysSo() throws Exception {
        mvc.perform(get("/plans").param("issuer", "S\u0000ở").with(as(w.office())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ký tự không hợp lệ")));
        mvc.perform(get("/users").param("q", "a\u0000b").with(as(w.admin())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ký tự không hợp lệ")));
        mvc.perform(get("/organizations").param("q", "a\u0000b").with(as(w.admin())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("ký tự không hợp lệ")));
    }

    @Test
    void yearsAndPagesOutOfRangeAreABadRequestNotAServerError() throws Exception {
        for (String url : List.of("/rollups/par-index?year=1000000000", "/rollups/par-index/rules/1000000000/edit",
                "/plans?year=1000000000")) {
            mvc.perform(get(url).with(as(url.contains("rules") ? w.admin() : w.office())))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/users?page=2147483647").with(as(w.admin()))).andExpect(status().isBadRequest());
        // The plan list shows its last page for a page beyond it (PlanListWebTest): no overflow either.
        mvc.perform(get("/plans?page=2147483647").with(as(w.office()))).andExpect(status().isOk());
        mvc.perform(get("/rollups/province?year=1000000000").with(as(w.reviewer()))).andExpect(status().isBadRequest());
    }

    // ---------------------------------------------------------------- data and helpers

    IssuedPlan issued;

    long draft() {
        long id = planDrafting.create(w.office(), new PlanHeader(2025, null, null, "KH-SYT", null, null, "Kế hoạch thử",
                null, null, null, null, null, null, null, null, null));
        planDrafting.addItem(w.office(), id, planReader.details(w.office(), id).version(), ItemKind.CONTENT, null,
                "Nội dung");
        return id;
    }

    String contentKey(long plan) {
        return planReader.details(w.office(), plan).items(ItemKind.CONTENT).get(0).key().toString();
    }

    long submitted() {
        long id = draft();
        planDrafting.updateHeader(w.office(), id, planReader.details(w.office(), id).version(),
                new PlanHeader(2025, null, "12", "KH-SYT", null, java.time.LocalDate.of(2025, 2, 3), "Kế hoạch thử",
                        null, null, null, null, null, null, null, "GIÁM ĐỐC", "Trần Văn Thử"));
        planLifecycle.submit(w.office(), id, planReader.details(w.office(), id).version());
        return id;
    }

    long report() {
        issued = planFixtures.issuedPlan(w, 2025);
        return reportDrafting.open(w.unitUserA(), issued.id(), ReportPeriod.Q1);
    }

    long consolidation() {
        issued = planFixtures.issuedPlan(w, 2025);
        return consolidations.open(w.office(), issued.id(), ReportPeriod.Q1);
    }

    Target target(CurrentUser user, String url, boolean multipart, String... pairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        if ("__version__".equals(values.get("version"))) {
            values.put("version", String.valueOf(currentVersion(url)));
        }
        return new Target(user, url, multipart, values);
    }

    private long currentVersion(String url) {
        String[] parts = url.split("/");
        long id = Long.parseLong(parts[2]);
        return switch (parts[1]) {
            case "plans" -> planReader.details(w.office(), id).version();
            case "reports" -> reportReader.details(w.unitUserA(), id).version();
            case "consolidations" -> consolidations.details(w.office(), id).version();
            default -> throw new IllegalArgumentException(url);
        };
    }

    private Document send(Target target, String field, String value) throws Exception {
        Map<String, String> values = new LinkedHashMap<>(target.values());
        values.put(field, value);
        AbstractMockHttpServletRequestBuilder<?> request = target.multipart() ? multipart(target.url()) : post(target.url());
        request.with(as(target.user())).with(csrf());
        values.forEach(request::param);
        org.springframework.test.web.servlet.ResultActions result = mvc.perform(request);
        result.andExpect(status().isOk());
        return Html.page(result);
    }

    private static String value(Document page, String field) {
        Element element = page.selectFirst("[name=\"" + field + "\"]");
        assertThat(element).as("field " + field + " on the page").isNotNull();
        return element.val();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}

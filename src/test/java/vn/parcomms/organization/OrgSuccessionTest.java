package vn.parcomms.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.parcomms.support.Fixtures.as;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanDrafting;
import vn.parcomms.plan.PlanHeader;
import vn.parcomms.report.ActivityStatus;
import vn.parcomms.report.ReportCommand;
import vn.parcomms.report.ReportDeadlines;
import vn.parcomms.report.ReportDetails;
import vn.parcomms.report.ReportDetailsReader;
import vn.parcomms.report.ReportDrafting;
import vn.parcomms.report.ReportLifecycle;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.report.ReportStatus;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;
import vn.parcomms.support.PlanFixtures;
import vn.parcomms.support.PlanFixtures.IssuedPlan;

/** Dated succession of nodes (issue 13, point 1; ADR 0015). */
@IntegrationTest
class OrgSuccessionTest {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
    static final String DECISION = "1234/QĐ-UBND";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanFixtures planFixtures;
    @Autowired
    OrganizationService organizations;
    @Autowired
    OrgSuccessionService successions;
    @Autowired
    AccountService accounts;
    @Autowired
    ReportDetailsReader reportReader;
    @Autowired
    ReportDrafting reportDrafting;
    @Autowired
    ReportLifecycle reportLifecycle;
    @Autowired
    ReportDeadlines reportDeadlines;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    World world;
    IssuedPlan plan;

    @BeforeEach
    void setUp() {
        world = fixtures.newWorld();
        plan = planFixtures.issuedPlan(world, 2025);
    }

    // --- who may --------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"ADMIN", "OPERATOR"}, mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdminOpensPreviewsOrMakesAChange(Role role) throws Exception {
        CurrentUser user = world.userWith(role);
        mvc.perform(get("/organizations/{id}/succession", world.unitA()).param("kind", "MERGE").with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(merge(post("/organizations/{id}/succession/preview", world.unitA())).with(as(user)))
                .andExpect(status().isForbidden());
        mvc.perform(merge(post("/organizations/{id}/succession", world.unitA())).with(as(user)))
                .andExpect(status().isForbidden());
        assertThat(organizations.find(world.unitA()).active()).isTrue();
        assertThatThrownBy(() -> successions.apply(user, world.unitA(), version(world.unitA()), mergeCommand(
                world.unitB()))).isInstanceOf(ForbiddenException.class);
        assertThat(organizations.find(world.unitA()).active()).isTrue();
    }

    @Test
    void anAdminOfOneAgencyChangesNothingOutsideIt() throws Exception {
        World neighbour = fixtures.anotherAgency(world, "Sở Giáo dục");
        CurrentUser agencyAdmin = adminAt(world.agency());
        for (SuccessionKind kind : SuccessionKind.values()) {
            mvc.perform(get("/organizations/{id}/succession", neighbour.unitA()).param("kind", kind.name())
                    .with(as(agencyAdmin))).andExpect(status().isForbidden());
        }
        mvc.perform(merge(post("/organizations/{id}/succession/preview", neighbour.unitA())).with(as(agencyAdmin)))
                .andExpect(status().isForbidden());
        // its own unit merged into a successor outside its scope
        mvc.perform(post("/organizations/{id}/succession", world.unitA()).with(csrf()).with(as(agencyAdmin))
                .param("kind", "MERGE").param("effectiveDate", "2025-07-01").param("decision", DECISION)
                .param("targetId", String.valueOf(neighbour.unitB())).param("version",
                        String.valueOf(version(world.unitA()))))
                .andExpect(status().isForbidden());
        World otherProvince = fixtures.newWorld();
        mvc.perform(get("/organizations/{id}/succession", otherProvince.unitA()).param("kind", "RENAME")
                .with(as(world.admin()))).andExpect(status().isForbidden());
        assertThat(organizations.find(world.unitA()).active()).isTrue();
        assertThat(organizations.find(neighbour.unitA()).active()).isTrue();
        // inside its own scope the form opens
        mvc.perform(get("/organizations/{id}/succession", world.unitA()).param("kind", "MERGE").with(as(agencyAdmin)))
                .andExpect(status().isOk());
    }

    @ParameterizedTest
    @EnumSource(SuccessionKind.class)
    void theAdminOpensTheFormOfEveryKindAndItsPreviewChangesNothing(SuccessionKind kind) throws Exception {
        long other = newUnit("Trung tâm Y tế khu vực");
        String form = mvc.perform(get("/organizations/{id}/succession", world.unitB()).param("kind", kind.name())
                .with(as(world.admin()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(form)).contains("Ngày có hiệu lực", "Văn bản quyết định");
        long empty = newUnit("Tổ công tác");
        long node = kind == SuccessionKind.DISSOLVE ? empty : world.unitB();
        String nameBefore = organizations.find(node).name();
        var request = post("/organizations/{id}/succession/preview", node).with(csrf()).with(as(world.admin()))
                .param("kind", kind.name()).param("effectiveDate", "2025-07-01").param("decision", DECISION)
                .param("version", String.valueOf(version(node)));
        switch (kind) {
            case RENAME -> request.param("newName", "Trung tâm Y tế khu vực mới");
            case MOVE -> request.param("targetId", String.valueOf(world.unitA()));
            case MERGE -> request.param("targetId", String.valueOf(other));
            case SPLIT -> request.param("targetId", String.valueOf(other)).param("otherIds", String.valueOf(empty));
            case DISSOLVE -> { }
        }
        String preview = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(preview)).contains("Xác nhận thay đổi", DECISION);
        assertThat(organizations.find(node).active()).isTrue();
        assertThat(organizations.find(node).parentId()).isEqualTo(world.agency());
        assertThat(organizations.find(node).name()).isEqualTo(nameBefore);
        assertThat(successions.history(world.admin(), node)).isEmpty();
    }

    // --- merge ----------------------------------------------------------------------------------

    @Test
    void aMergeMovesUsersDraftsAndUnitsToTheSuccessorAndKeepsThePredecessorsReportsWithTheirNames()
            throws Exception {
        String nameA = organizations.find(world.unitA()).name();
        long q1A = filed(world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        accept(q1A);
        long q1B = filed(world.unitUserB(), ReportPeriod.Q1, 6, LocalDateTime.of(2025, 4, 4, 9, 0));
        accept(q1B);
        long draftB = reportDrafting.open(world.unitUserB(), plan.id(), ReportPeriod.H1);
        long regional = newUnit("Trung tâm Y tế khu vực");

        SuccessionPreview preview = successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                mergeCommand(regional, world.unitB()));
        assertThat(preview.predecessors()).extracting(OrgNodeView::id).containsExactly(world.unitA(), world.unitB());
        assertThat(preview.successors()).extracting(OrgNodeView::id).containsExactly(regional);
        assertThat(preview.moves()).extracting(SuccessionPreview.Move::what, SuccessionPreview.Move::amount)
                .contains(org.assertj.core.groups.Tuple.tuple("organization.succession.moved.children", 1L),
                        org.assertj.core.groups.Tuple.tuple("account.succession.moved.users", 1L),
                        org.assertj.core.groups.Tuple.tuple("report.succession.moved.reports", 1L));
        assertThat(preview.moves()).filteredOn(m -> m.what().equals("account.succession.moved.users")).hasSize(2);
        // the preview changed nothing
        assertThat(organizations.find(world.unitA()).active()).isTrue();
        assertThat(reportReader.details(world.unitUserB(), draftB).unitNodeId()).isEqualTo(world.unitB());

        // the preview page says the same, the confirmation makes the change
        String page = mvc.perform(merge(post("/organizations/{id}/succession/preview", world.unitA()), regional,
                world.unitB()).with(as(world.admin()))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(text(page)).contains("1 người dùng: từ " + nameA, "1 báo cáo đang soạn hoặc bị trả lại",
                "1 đơn vị trực thuộc");
        mvc.perform(merge(post("/organizations/{id}/succession", world.unitA()), regional, world.unitB())
                .with(as(world.admin())))
                .andExpect(redirectedUrl("/organizations/" + world.unitA()));

        assertThat(organizations.find(world.unitA()).active()).isFalse();
        assertThat(organizations.find(world.unitB()).active()).isFalse();
        assertThat(organizations.nameHistory(world.admin(), world.unitA()).get(0).validTo())
                .isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(organizations.find(world.subUnitA()).parentId()).isEqualTo(regional);
        assertThat(organizations.isWithin(world.subUnitA(), regional)).isTrue();
        assertThat(accounts.view(world.admin(), world.unitUserA().id()).orgNodeId()).isEqualTo(regional);
        assertThat(accounts.view(world.admin(), world.unitUserB().id()).orgNodeId()).isEqualTo(regional);
        CurrentUser movedUserB = new CurrentUser(world.unitUserB().id(), world.unitUserB().username(),
                world.unitUserB().fullName(), Role.UNIT, regional);
        assertThat(reportReader.details(movedUserB, draftB).unitNodeId()).isEqualTo(regional);
        // the accepted reports stay the predecessors', under the names they were sent with
        ReportDetails keptA = reportReader.details(world.office(), q1A);
        assertThat(keptA.unitNodeId()).isEqualTo(world.unitA());
        assertThat(keptA.unitName()).isEqualTo(nameA);
        assertThat(keptA.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(reportReader.details(world.office(), q1B).unitNodeId()).isEqualTo(world.unitB());

        assertThat(successions.predecessors(regional)).extracting(p -> p.node().id(), Predecessor::effectiveDate)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(world.unitA(), JULY_1),
                        org.assertj.core.groups.Tuple.tuple(world.unitB(), JULY_1));
        List<SuccessionView> history = successions.history(world.admin(), regional);
        assertThat(history).hasSize(1);
        assertThat(history.get(0).kind()).isEqualTo(SuccessionKind.MERGE);
        assertThat(history.get(0).decision()).isEqualTo(DECISION);
        assertThat(history.get(0).moves()).extracting(SuccessionPreview.Move::what)
                .contains("account.succession.moved.users", "report.succession.moved.reports",
                        "organization.succession.moved.children");
        String successorPage = mvc.perform(get("/organizations/{id}", regional).with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(successorPage)).contains("Sáp nhập", DECISION, nameA, "01/07/2025");
        // an ended node takes no further change
        assertThatThrownBy(() -> successions.apply(world.admin(), world.unitA(), version(world.unitA()),
                renameCommand(LocalDate.of(2025, 8, 1), "Tên khác")))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.inactive");
    }

    @Test
    void aDepartmentMergedIntoAnotherHandsOverItsDraftsDeadlinesAndPlansInForceButKeepsEarlierPlans() {
        World successor = fixtures.anotherAgency(world, "Sở Y tế Thành phố");
        String successorName = organizations.find(successor.agency()).name();
        IssuedPlan earlier = planFixtures.issuedPlan(world, 2024);
        long draft = planDrafting.create(world.office(), new PlanHeader(2026, null, null, null, "Bà Rịa", null,
                "Kế hoạch năm 2026", "UBND TỈNH", "SỞ Y TẾ", null, null, null, null, "Lưu: VT, VP.", "GIÁM ĐỐC",
                null));
        reportDeadlines.setDeadline(world.office(), 2026, ReportPeriod.Q1, LocalDate.of(2026, 3, 20));
        reportDeadlines.setDeadline(world.office(), 2024, ReportPeriod.Q1, LocalDate.of(2024, 3, 20));
        String issuedBody = planReader.details(world.office(), plan.id()).header().issuingBody();
        long firstHalf = filed(world.unitUserA(), ReportPeriod.Q1, 3, LocalDateTime.of(2025, 3, 18, 9, 0));
        accept(firstHalf);

        successions.apply(world.admin(), world.agency(), version(world.agency()),
                new SuccessionCommand(SuccessionKind.MERGE, JULY_1, DECISION, null, null, successor.agency(), List.of()));

        var moved = planReader.details(successor.office(), draft);
        assertThat(moved.issuingNodeId()).isEqualTo(successor.agency());
        assertThat(moved.header().issuingBody()).isEqualTo(successorName);
        // the plan of the merger's year is carried on by the successor, printed as it was issued
        var carried = planReader.details(successor.office(), plan.id());
        assertThat(carried.issuingNodeId()).isEqualTo(successor.agency());
        assertThat(carried.header().issuingBody()).isEqualTo(issuedBody);
        // a plan of an earlier year stays the predecessor's
        assertThat(planReader.details(world.reviewer(), earlier.id()).issuingNodeId()).isEqualTo(world.agency());
        assertThat(reportDeadlines.deadlines(successor.office(), 2026).stream()
                .filter(d -> d.period() == ReportPeriod.Q1).findFirst().orElseThrow().deadline())
                .isEqualTo(LocalDate.of(2026, 3, 20));
        // a deadline of a year before the merger stays the predecessor's
        assertThat(reportDeadlines.deadlines(successor.office(), 2024).stream()
                .filter(d -> d.period() == ReportPeriod.Q1).findFirst().orElseThrow().custom()).isFalse();
        assertThat(successions.history(world.admin(), successor.agency()).get(0).moves())
                .extracting(SuccessionPreview.Move::what, SuccessionPreview.Move::amount)
                .contains(org.assertj.core.groups.Tuple.tuple("plan.succession.moved.plans", 1L),
                        org.assertj.core.groups.Tuple.tuple("plan.succession.moved.inForce", 1L),
                        org.assertj.core.groups.Tuple.tuple("report.succession.moved.deadlines", 1L),
                        org.assertj.core.groups.Tuple.tuple("organization.succession.moved.children", 2L));
        // the units moved under the successor with their subtree
        assertThat(organizations.isWithin(world.subUnitA(), successor.agency())).isTrue();

        // the 9-month report goes to the successor's office, which accepts it; the Q1 report stays accepted
        long nineMonths = filed(world.unitUserA(), ReportPeriod.M9, 5, LocalDateTime.of(2025, 9, 18, 9, 0));
        reportLifecycle.accept(successor.office(), nineMonths,
                reportReader.details(successor.office(), nineMonths).version());
        assertThat(reportReader.details(successor.office(), nineMonths).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(reportReader.details(successor.office(), firstHalf).status()).isEqualTo(ReportStatus.ACCEPTED);
        // the former office account no longer acts for the plan
        assertThatThrownBy(() -> planReader.details(new CurrentUser(0, "old", "old", Role.OFFICE, world.agency()),
                plan.id()).issuingNodeId()).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aMergeIsRefusedWhenTheSuccessorIsOneOfThePredecessorsOrBelowThem() {
        assertThatThrownBy(() -> successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                mergeCommand(world.subUnitA())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.successorBelow");
        assertThatThrownBy(() -> successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                mergeCommand(world.unitA(), world.unitB())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.successorIsPredecessor");
        assertThatThrownBy(() -> successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                new SuccessionCommand(SuccessionKind.MERGE, LocalDate.now().plusDays(3), DECISION, null, null,
                        world.unitB(), List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.future");
        assertThatThrownBy(() -> successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                new SuccessionCommand(SuccessionKind.MERGE, JULY_1, " ", null, null, world.unitB(), List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.decision");
    }

    @Test
    void aRefusedChangeShowsTheFormAgainWithTheReason() throws Exception {
        String page = mvc.perform(post("/organizations/{id}/succession/preview", world.unitA()).with(csrf())
                .with(as(world.admin())).param("kind", "MERGE").param("effectiveDate", "2025-07-01")
                .param("decision", "").param("targetId", String.valueOf(world.unitB()))
                .param("version", String.valueOf(version(world.unitA()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(page)).contains("Hãy nhập số, ký hiệu văn bản quyết định");
        assertThat(organizations.find(world.unitA()).active()).isTrue();
    }

    // --- split ----------------------------------------------------------------------------------

    @Test
    void aSplitGivesTheMainSuccessorTheUsersAndTheHistoryAndLinksBoth() {
        long main = newUnit("Trung tâm Y tế khu vực Bắc");
        long other = newUnit("Trung tâm Y tế khu vực Nam");
        long q1 = filed(world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        accept(q1);
        assertThatThrownBy(() -> successions.preview(world.admin(), world.unitA(), version(world.unitA()),
                new SuccessionCommand(SuccessionKind.SPLIT, JULY_1, DECISION, null, null, main, List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.splitTwo");

        successions.apply(world.admin(), world.unitA(), version(world.unitA()),
                new SuccessionCommand(SuccessionKind.SPLIT, JULY_1, DECISION, null, null, main, List.of(other)));

        assertThat(organizations.find(world.unitA()).active()).isFalse();
        assertThat(accounts.view(world.admin(), world.unitUserA().id()).orgNodeId()).isEqualTo(main);
        assertThat(organizations.find(world.subUnitA()).parentId()).isEqualTo(main);
        assertThat(successions.predecessors(main)).extracting(p -> p.node().id()).containsExactly(world.unitA());
        assertThat(successions.predecessors(other)).isEmpty();
        assertThat(successions.history(world.admin(), other)).singleElement()
                .satisfies(s -> assertThat(s.successors()).hasSize(2));
        assertThat(reportReader.details(world.office(), q1).unitNodeId()).isEqualTo(world.unitA());
    }

    // --- rename ---------------------------------------------------------------------------------

    @Test
    void aRenamedUnitsReportsSentBeforeTheDateKeepTheOldNameOnThePageAndInTheDocument() throws Exception {
        String oldName = organizations.find(world.unitA()).name();
        String newName = "Trung tâm Y tế khu vực " + oldName.substring(oldName.lastIndexOf(' ') + 1);
        long q1 = filed(world.unitUserA(), ReportPeriod.Q1, 4, LocalDateTime.of(2025, 4, 3, 9, 0));
        accept(q1);

        mvc.perform(post("/organizations/{id}/succession", world.unitA()).with(csrf()).with(as(world.admin()))
                .param("kind", "RENAME").param("effectiveDate", "2025-07-01").param("decision", DECISION)
                .param("newName", newName).param("version", String.valueOf(version(world.unitA()))))
                .andExpect(redirectedUrl("/organizations/" + world.unitA()));
        long m9 = filed(world.unitUserA(), ReportPeriod.M9, 2, LocalDateTime.of(2025, 10, 2, 9, 0));

        assertThat(organizations.find(world.unitA()).name()).isEqualTo(newName);
        assertThat(organizations.nameAt(world.unitA(), LocalDate.of(2025, 6, 30))).isEqualTo(oldName);
        assertThat(organizations.nameAt(world.unitA(), JULY_1)).isEqualTo(newName);
        assertThat(organizations.nameHistory(world.admin(), world.unitA()))
                .extracting(NameRecord::name, NameRecord::validFrom, NameRecord::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(newName, JULY_1, null),
                        org.assertj.core.groups.Tuple.tuple(oldName, null, LocalDate.of(2025, 6, 30)));
        assertThat(reportReader.details(world.office(), q1).unitName()).isEqualTo(oldName);
        assertThat(reportReader.details(world.office(), m9).unitName()).isEqualTo(newName);
        assertThat(docx(q1)).contains(upper(oldName)).doesNotContain(upper(newName));
        assertThat(docx(m9)).contains(upper(newName));
        String nodePage = mvc.perform(get("/organizations/{id}", world.unitA()).with(as(world.unitUserA())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(text(nodePage)).contains(oldName, "đến 30/06/2025", newName);
        // a second rename must come after the first
        assertThatThrownBy(() -> successions.apply(world.admin(), world.unitA(), version(world.unitA()),
                renameCommand(LocalDate.of(2025, 6, 1), "Tên khác")))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.beforeLastChange");
    }

    // --- move and dissolve ----------------------------------------------------------------------

    @Test
    void aDatedMoveMovesTheSubtreeAndIsRecorded() {
        World neighbour = fixtures.anotherAgency(world, "Sở Văn hóa");
        successions.apply(world.admin(), world.unitA(), version(world.unitA()),
                new SuccessionCommand(SuccessionKind.MOVE, JULY_1, DECISION, null, null, neighbour.agency(), List.of()));
        assertThat(organizations.find(world.unitA()).parentId()).isEqualTo(neighbour.agency());
        assertThat(organizations.isWithin(world.subUnitA(), neighbour.agency())).isTrue();
        assertThat(organizations.find(world.unitA()).active()).isTrue();
        assertThat(successions.history(world.admin(), world.unitA())).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SuccessionKind.MOVE);
            assertThat(s.newValue()).isEqualTo(organizations.find(neighbour.agency()).name());
        });
    }

    @Test
    void aUnitWithActiveUsersIsNotDissolvedOneWithoutIs() {
        assertThatThrownBy(() -> successions.apply(world.admin(), world.unitB(), version(world.unitB()),
                new SuccessionCommand(SuccessionKind.DISSOLVE, JULY_1, DECISION, null, null, null, List.of())))
                .hasFieldOrPropertyWithValue("messageKey", "organization.succession.error.dissolveOpen");
        assertThat(organizations.find(world.unitB()).active()).isTrue();
        long empty = newUnit("Tổ công tác giải thể");
        successions.apply(world.admin(), empty, version(empty),
                new SuccessionCommand(SuccessionKind.DISSOLVE, JULY_1, DECISION, null, null, null, List.of()));
        assertThat(organizations.find(empty).active()).isFalse();
        assertThat(organizations.nameHistory(world.admin(), empty).get(0).validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(successions.predecessors(world.agency())).isEmpty();
    }

    // --- helpers --------------------------------------------------------------------------------

    private MockHttpServletRequestBuilder merge(MockHttpServletRequestBuilder request, long... ids) {
        long target = ids.length == 0 ? world.unitB() : ids[0];
        request.with(csrf()).param("kind", "MERGE").param("effectiveDate", "2025-07-01").param("decision", DECISION)
                .param("targetId", String.valueOf(target)).param("version", String.valueOf(version(world.unitA())));
        for (int i = 1; i < ids.length; i++) {
            request.param("otherIds", String.valueOf(ids[i]));
        }
        return request;
    }

    private SuccessionCommand mergeCommand(long successor, Long... others) {
        return new SuccessionCommand(SuccessionKind.MERGE, JULY_1, DECISION, null, null, successor, List.of(others));
    }

    private static SuccessionCommand renameCommand(LocalDate date, String name) {
        return new SuccessionCommand(SuccessionKind.RENAME, date, DECISION, name, null, null, List.of());
    }

    private long version(long nodeId) {
        return organizations.find(nodeId).version();
    }

    private long newUnit(String name) {
        return organizations.create(world.admin(), new OrgNodeCommand("N" + System.nanoTime() % 1_000_000_000L,
                name + " " + System.nanoTime() % 10_000, null, OrgKind.UNIT, world.agency()));
    }

    private CurrentUser adminAt(long node) {
        String username = "adm-" + System.nanoTime() % 1_000_000_000L;
        long id = accounts.createForSetup(new UserCommand(username, "Quản trị Sở", null, node, Role.ADMIN),
                Fixtures.PASSWORD);
        return new CurrentUser(id, username, "Quản trị Sở", Role.ADMIN, node);
    }

    /** The unit files a report for the period with {@code figure} for every indicator, sent at {@code at}. */
    private long filed(CurrentUser unit, ReportPeriod period, int figure, LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(VIETNAM).toInstant(), VIETNAM);
        return transactions.execute(tx -> filedIn(unit, period, figure, clock));
    }

    private long filedIn(CurrentUser unit, ReportPeriod period, int figure, Clock clock) {
        ReportDrafting drafting = reportDrafting.withClock(clock);
        long id = drafting.open(unit, plan.id(), period);
        ReportDetails report = reportReader.details(unit, id);
        List<ReportCommand.Entry> entries = new ArrayList<>();
        for (ReportDetails.EntryView e : report.entries()) {
            Map<Long, Integer> figures = new HashMap<>();
            e.figures().forEach(f -> figures.put(f.indicatorId(), figure));
            entries.add(new ReportCommand.Entry(e.activityKey(), ActivityStatus.IN_PROGRESS, null, "Công văn 1/TTYT",
                    null, figures));
        }
        long version = drafting.save(unit, id, report.version(), new ReportCommand("Đã thực hiện.", null, null,
                null, null, entries, List.of(), List.of()));
        reportLifecycle.withClock(clock).submit(unit, id, version);
        return id;
    }

    private void accept(long reportId) {
        reportLifecycle.accept(world.office(), reportId, reportReader.details(world.office(), reportId).version());
    }

    private String docx(long reportId) throws Exception {
        byte[] body = mvc.perform(get("/reports/{id}/export.docx", reportId).with(as(world.office())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(body));
                XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    private static String text(String html) {
        return org.jsoup.Jsoup.parse(html).text();
    }

    private static String upper(String name) {
        return name.toUpperCase(java.util.Locale.forLanguageTag("vi"));
    }
}

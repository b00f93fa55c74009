package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import vn.parcomms.shared.ConflictException;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

@IntegrationTest
@Import(PlanTestData.class)
class PlanServiceTest {

    @Autowired
    PlanListing planListing;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    PlanLifecycle planLifecycle;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PlanTestData data;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    private long v(long id) {
        return data.version(w.office(), id);
    }

    @Test
    void someoneWhoMayNotChangeAPlanIsForbiddenEvenWithAStaleVersion() {
        long id = data.draft(w);
        long stale = v(id) + 1;
        // The reviewer and the leader read the draft but do not write it: a 409 would tell them it changed.
        assertThatThrownBy(() -> planDrafting.updateHeader(w.reviewer(), id, stale, PlanTestData.header(2025, "X")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planDrafting.addItem(w.leader(), id, stale, ItemKind.CONTENT, null, "Nội dung."))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planLifecycle.submit(w.leader(), id, stale)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planLifecycle.issue(w.office(), id, stale)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planLifecycle.close(w.reviewer(), id, stale)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planLifecycle.submit(w.office(), id, stale)).isInstanceOf(ConflictException.class);
    }

    @Test
    void officeSubmitsAndLeaderIssuesWithEveryStepInTheHistory() {
        long id = data.issued(w);
        PlanDetails plan = planReader.details(w.office(), id);
        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.history()).extracting(PlanEventView::action)
                .contains("CREATED", "SUBMITTED", "ISSUED", "ITEM_ADDED", "ACTIVITY_ADDED");
        assertThat(plan.history()).filteredOn(e -> e.action().equals("ISSUED"))
                .extracting(PlanEventView::actorName).containsExactly(w.leader().fullName());
    }

    @Test
    void onlyTheOfficeOfTheIssuingNodeMaySubmit() {
        long id = data.draft(w);
        for (CurrentUser other : List.of(w.leader(), w.unitUserA(), w.reviewer(), w.admin())) {
            assertThatThrownBy(() -> planLifecycle.submit(other, id, v(id)))
                    .as(other.role().name()).isInstanceOf(ForbiddenException.class);
        }
        World elsewhere = fixtures.newWorld();
        assertThatThrownBy(() -> planLifecycle.submit(elsewhere.office(), id,
                v(id))).isInstanceOf(ForbiddenException.class);
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void onlyTheLeaderOfTheIssuingNodeMayIssueOrReturn() {
        long id = data.draft(w);
        PlanDetails d = planReader.details(w.office(), id);
        planDrafting.updateHeader(w.office(), id, d.version(),
                PlanTestData.numbered(d.header(), "31", LocalDate.of(2025, 5, 6)));
        planLifecycle.submit(w.office(), id, v(id));
        for (CurrentUser other : List.of(w.office(), w.unitUserA(), w.reviewer(), w.admin())) {
            assertThatThrownBy(() -> planLifecycle.issue(other, id, v(id)))
                    .as(other.role().name()).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> planLifecycle.returnToDraft(other, id, v(id), "Không đạt"))
                    .as(other.role().name()).isInstanceOf(ForbiddenException.class);
        }
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aDraftCannotBeIssuedAndAnIssuedPlanCannotBeSubmittedOrReturned() {
        long id = data.draft(w);
        assertThatThrownBy(() -> planLifecycle.issue(w.leader(), id, v(id)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.issueNotSubmitted");
        assertThatThrownBy(() -> planLifecycle.returnToDraft(w.leader(), id, v(id), "x"))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.returnNotSubmitted");
        assertThatThrownBy(() -> planLifecycle.close(w.office(), id, v(id)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.closeNotIssued");
        long issued = data.issued(fixtures.newWorld());
        assertThat(issued).isPositive();
    }

    @Test
    void submittingChecksWhatIssuingWillNeedAndAReturnedDraftSaysWhy() {
        long id = data.draft(w);
        PlanHeader h = planReader.details(w.office(), id).header();
        planDrafting.updateHeader(w.office(), id, v(id), new PlanHeader(h.year(), h.parentPlanId(), h.docNumber(),
                h.docSymbol(), h.place(), h.issueDate(), h.title(), h.parentBody(), h.issuingBody(), h.intro(),
                h.budget(), h.reportingDuty(), h.closing(), h.archiveLine(), h.signerAuthority(), null));
        assertThatThrownBy(() -> planLifecycle.submit(w.office(), id, v(id)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.submitIncomplete");
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.DRAFT);
        planDrafting.updateHeader(w.office(), id, v(id), h);
        planLifecycle.submit(w.office(), id, v(id));
        planLifecycle.returnToDraft(w.leader(), id, v(id), "Bổ sung nơi nhận");
        PlanDetails returned = planReader.details(w.office(), id);
        assertThat(returned.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(returned.returnReason()).isEqualTo("Bổ sung nơi nhận");
        assertThat(returned.history()).filteredOn(e -> e.action().equals("RETURNED"))
                .extracting(PlanEventView::reason).containsExactly("Bổ sung nơi nhận");
    }

    @Test
    void returningWithoutAReasonIsRefused() {
        long id = data.draft(w);
        planLifecycle.submit(w.office(), id, v(id));
        assertThatThrownBy(() -> planLifecycle.returnToDraft(w.leader(), id, v(id), "  "))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.reasonRequired");
    }

    @Test
    void issuedPlanCannotBeEdited() {
        long id = data.issued(w);
        PlanDetails d = planReader.details(w.office(), id);
        assertThatThrownBy(() -> planDrafting.addItem(w.office(), id, d.version(), ItemKind.CONTENT, null, "Mới"))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.notEditable");
        assertThatThrownBy(() -> planDrafting.updateHeader(w.office(), id, d.version(), d.header()))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.notEditable");
        assertThatThrownBy(() -> planDrafting.removeActivity(w.office(), id, d.version(), d.activities().get(0).id()))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.notEditable");
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).hasSize(2);
    }

    @Test
    void anAmendmentIsANewVersionThatSupersedesTheIssuedOneWhenIssued() {
        long id = data.issued(w);
        long amendment = planLifecycle.amend(w.office(), id, v(id));
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.ISSUED);
        PlanDetails draft = planReader.details(w.office(), amendment);
        assertThat(draft.versionNo()).isEqualTo(2);
        assertThat(draft.header().docNumber()).isNull();
        assertThat(draft.activities()).extracting(ActivityView::key)
                .containsExactlyElementsOf(planReader.details(w.office(),
                        id).activities().stream().map(ActivityView::key).toList());
        planDrafting.addItem(w.office(), amendment, draft.version(), ItemKind.CONTENT, null, "Nội dung bổ sung.");
        PlanDetails d = planReader.details(w.office(), amendment);
        planDrafting.updateHeader(w.office(), amendment, d.version(),
                PlanTestData.numbered(d.header(), "99", LocalDate.of(2025, 9, 1)));
        planLifecycle.submit(w.office(), amendment, data.version(w.office(), amendment));
        planLifecycle.issue(w.leader(), amendment, data.version(w.office(), amendment));

        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUPERSEDED);
        PlanDetails issued = planReader.details(w.office(), amendment);
        assertThat(issued.versions()).extracting(PlanSummary::versionNo).containsExactly(1, 2);
        assertThat(issued.history()).filteredOn(e -> e.action().equals("ISSUED") && e.versionNo() == 2)
                .singleElement().satisfies(e -> assertThat(e.changes())
                        .contains(new PlanEventView.Change("CONTENT", 1, 0, 0)));
    }

    @Test
    void aSecondAmendmentWhileOneIsOpenIsRefused() {
        long id = data.issued(w);
        planLifecycle.amend(w.office(), id, v(id));
        assertThatThrownBy(() -> planLifecycle.amend(w.office(), id, v(id)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.amendmentOpen");
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        long id = data.draft(w);
        long stale = v(id);
        planDrafting.addItem(w.office(), id, stale, ItemKind.CONTENT, null, "Người thứ nhất lưu trước.");
        assertThatThrownBy(() -> planDrafting.addItem(w.office(), id, stale, ItemKind.CONTENT, null, "Người thứ hai."))
                .isInstanceOf(ConflictException.class);
        assertThat(planReader.details(w.office(), id).items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .contains("Người thứ nhất lưu trước.").doesNotContain("Người thứ hai.");
    }

    @Test
    void letteringFollowsTheVietnameseSequenceAfterRemovingAndReordering() {
        long id = planDrafting.create(w.office(), PlanTestData.header(2025, "Kế hoạch thử đánh chữ"));
        for (String text : List.of("A", "B", "C", "D", "DD", "E", "G", "H")) {
            planDrafting.addItem(w.office(), id, v(id), ItemKind.CONTENT, null, text);
        }
        assertThat(labels(id)).containsExactly("a) A", "b) B", "c) C", "d) D", "đ) DD", "e) E", "g) G", "h) H");
        long b = planReader.details(w.office(), id).items(ItemKind.CONTENT).get(1).id();
        planDrafting.removeItem(w.office(), id, v(id), b);
        assertThat(labels(id)).containsExactly("a) A", "b) C", "c) D", "d) DD", "đ) E", "e) G", "g) H");
        long h = planReader.details(w.office(), id).items(ItemKind.CONTENT).get(6).id();
        planDrafting.moveItem(w.office(), id, v(id), h, -1);
        planDrafting.moveItem(w.office(), id, v(id), h, -1);
        assertThat(labels(id)).containsExactly("a) A", "b) C", "c) D", "d) DD", "đ) H", "e) E", "g) G");
        long first = planReader.details(w.office(), id).items(ItemKind.CONTENT).get(0).id();
        planDrafting.moveItem(w.office(), id, v(id), first, -1);
        assertThat(labels(id)).first().isEqualTo("a) A");
    }

    private List<String> labels(long id) {
        return planReader.details(w.office(), id).items(ItemKind.CONTENT).stream()
                .map(i -> i.label() + " " + i.body()).toList();
    }

    @Test
    void copyForwardKeepsEveryPartAndActivityAndClearsNumbersAndDates() {
        long id = data.issued(w);
        PlanDetails source = planReader.details(w.office(), id);
        long next = planDrafting.copyForward(w.office(), id);
        PlanDetails copy = planReader.details(w.office(), next);
        assertThat(copy.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(copy.header().year()).isEqualTo(2026);
        assertThat(copy.header().title()).contains("2026");
        assertThat(copy.header().docNumber()).isNull();
        assertThat(copy.header().issueDate()).isNull();
        for (ItemKind kind : ItemKind.values()) {
            assertThat(copy.items(kind)).extracting(PlanItemView::body)
                    .as(kind.name()).containsExactlyElementsOf(source.items(kind).stream().map(PlanItemView::body).toList());
        }
        assertThat(copy.activities()).hasSize(2);
        assertThat(copy.activities()).extracting(ActivityView::name)
                .containsExactlyElementsOf(source.activities().stream().map(ActivityView::name).toList());
        assertThat(copy.activities()).allSatisfy(a -> assertThat(a.dueDate()).isNull());
        assertThat(copy.activities().get(0).contentLabel()).isEqualTo("a)");
        assertThat(copy.activities().get(0).targets()).extracting(ActivityView.TargetView::target).containsExactly(12);
        assertThat(copy.activities().get(0).cooperators()).extracting(ActivityView.NodeRef::id).containsExactly(w.unitB());
    }

    @Test
    void aUnitStartsItsOwnPlanFromTheParentWithItsActivitiesLinked() {
        long id = data.issued(w);
        PlanDetails parent = planReader.details(w.unitUserA(), id);
        assertThat(parent.can().startImplementing()).isTrue();
        long child = planDrafting.startImplementingPlan(w.unitUserA(), id);
        PlanDetails own = planReader.details(w.unitUserA(), child);
        assertThat(own.issuingNodeId()).isEqualTo(w.unitA());
        assertThat(own.parentPlan().id()).isEqualTo(id);
        assertThat(own.activities()).singleElement().satisfies(a -> {
            assertThat(a.parentKey()).isEqualTo(parent.activities().get(0).key());
            assertThat(a.leadNodeId()).isEqualTo(w.unitA());
            assertThat(a.contentLabel()).isEqualTo("a)");
            assertThat(a.targets()).extracting(ActivityView.TargetView::target).containsExactly(12);
        });
        assertThat(own.items(ItemKind.CONTENT)).hasSize(1);
        assertThat(planReader.details(w.office(), id).implementations())
                .anySatisfy(i -> {
                    assertThat(i.nodeId()).isEqualTo(w.unitA());
                    assertThat(i.planId()).isEqualTo(child);
                })
                .anySatisfy(i -> {
                    assertThat(i.nodeId()).isEqualTo(w.unitB());
                    assertThat(i.planId()).isNull();
                });
        assertThatThrownBy(() -> planDrafting.startImplementingPlan(w.unitUserA(), id))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.alreadyImplementing");
        long submitted = data.version(w.unitUserA(), child);
        PlanDetails d = planReader.details(w.unitUserA(), child);
        PlanHeader h = d.header();
        planDrafting.updateHeader(w.unitUserA(), child, d.version(), new PlanHeader(h.year(), h.parentPlanId(), "12",
                "KH-TTYT",
                h.place(), LocalDate.of(2025, 5, 20), h.title(), h.parentBody(), h.issuingBody(), h.intro(), h.budget(),
                h.reportingDuty(), h.closing(), h.archiveLine(), "GIÁM ĐỐC", "Lê Thị Thử"));
        planLifecycle.submit(w.unitUserA(), child, data.version(w.unitUserA(), child));
        planLifecycle.issue(fixtures.leaderAt(w.unitA()), child, data.version(w.unitUserA(), child));
        assertThat(planReader.details(w.office(), id).implementations())
                .filteredOn(i -> i.nodeId() == w.unitA()).extracting(ImplementationStatus::status)
                .containsExactly(PlanStatus.ISSUED);
        assertThat(submitted).isNotNegative();
        assertThat(planListing.assignedActivities(w.unitUserA())).extracting(ActivityView::planId)
                .as("the unit's own plan restates its assigned work; only the parent's activities count as assigned")
                .contains(id).doesNotContain(child);
    }

    @Test
    void aPlanLinksOnlyToAnIssuedPlanOfABodyAbove() {
        long agencyPlan = data.issued(w);
        long unitPlan = planDrafting.create(w.unitUserA(), new PlanHeader(2025, agencyPlan, null, null, null, null,
                "Kế hoạch của đơn vị", null, null, null, null, null, null, null, null, null));
        assertThat(planReader.details(w.unitUserA(), unitPlan).parentPlan().id()).isEqualTo(agencyPlan);
        assertThatThrownBy(() -> planDrafting.create(w.office(), new PlanHeader(2025, agencyPlan, null, null, null,
                null,
                "Cùng cấp", null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.parentPlan");
        long draft = data.draft(w);
        assertThatThrownBy(() -> planDrafting.create(w.unitUserA(), new PlanHeader(2025, draft, null, null, null, null,
                "Dự thảo", null, null, null, null, null, null, null, null, null)))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.parentPlan");
    }

    @Test
    void unitUserCannotReadOrChangeAnotherUnitsPlan() {
        long parent = data.issued(w);
        long childOfB = planDrafting.startImplementingPlan(w.unitUserB(), parent);
        assertThatThrownBy(() -> planReader.details(w.unitUserA(), childOfB)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planDrafting.addItem(w.unitUserA(), childOfB, data.version(w.unitUserB(), childOfB),
                ItemKind.CONTENT, null, "x")).isInstanceOf(ForbiddenException.class);
        assertThat(planReader.details(w.unitUserB(), childOfB).items(ItemKind.CONTENT)).extracting(PlanItemView::body)
                .doesNotContain("x");
    }

    @Test
    void unitsSeeIssuedPlansAboveButNotDrafts() {
        long draft = data.draft(w);
        assertThatThrownBy(() -> planReader.details(w.unitUserA(), draft)).isInstanceOf(ForbiddenException.class);
        long issued = data.issued(w);
        assertThat(planReader.details(w.unitUserA(), issued).status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(planListing.list(w.unitUserA(), new PlanFilter(null, null, null, false))).extracting(PlanSummary::id)
                .contains(issued).doesNotContain(draft);
        assertThat(planListing.assignedActivities(w.unitUserA())).extracting(ActivityView::planId).contains(issued);
    }

    @Test
    void reviewerReadsEveryPlanOfTheProvinceButChangesNothing() {
        long draft = data.draft(w);
        assertThat(planReader.details(w.reviewer(), draft).can()).isEqualTo(
                new PlanPermissions(false, false, false, false, false, false, false, false));
        assertThatThrownBy(() -> planDrafting.addItem(w.reviewer(), draft, v(draft), ItemKind.CONTENT, null, "x"))
                .isInstanceOf(ForbiddenException.class);
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> planReader.details(other.reviewer(), draft)).isInstanceOf(ForbiddenException.class);
    }

    @Autowired
    vn.parcomms.organization.OrganizationService organizations;

    @Test
    void aUnitThatLeadsAnActivityIsNeverDeletedOnlyDeactivated() {
        long unit = organizations.create(w.admin(), new vn.parcomms.organization.OrgNodeCommand(
                w.admin().username() + "-C", "Trung tâm C", null, vn.parcomms.organization.OrgKind.UNIT, w.agency()));
        long id = data.draft(w);
        planDrafting.saveActivity(w.office(), id, v(id), null, new ActivityCommand(null, "Việc của C", unit,
                List.of(), null,
                null, List.of(1), null, List.of(), Map.of()));
        assertThatThrownBy(() -> organizations.delete(w.admin(), unit, organizations.find(unit).version()))
                .isInstanceOf(DomainException.class).hasMessage("organization.error.referenced");
        organizations.deactivate(w.admin(), unit, organizations.find(unit).version());
        assertThat(organizations.find(unit).active()).isFalse();
    }

    @Test
    void activityRulesAreCheckedOnTheForm() {
        long id = data.draft(w);
        World other = fixtures.newWorld();
        assertThatThrownBy(() -> planDrafting.saveActivity(w.office(), id, v(id), null, new ActivityCommand(null, "X",
                other.unitA(), List.of(), null, null, List.of(1), null, List.of(), Map.of())))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.leadOutside");
        assertThatThrownBy(() -> planDrafting.saveActivity(w.office(), id, v(id), null, new ActivityCommand(null, "X",
                w.unitA(), List.of(), null, null, List.of(5), null, List.of(), Map.of())))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.quarter");
        assertThatThrownBy(() -> planDrafting.saveActivity(w.office(), id, v(id), null, new ActivityCommand(null, "X",
                w.unitA(), List.of(), null, null, List.of(), LocalDate.of(2024, 1, 1), List.of(), Map.of())))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.dueDateYear");
        assertThat(planReader.details(w.office(), id).activities()).hasSize(2);
    }

    @Test
    void anActivityOfAnImplementingPlanIsLinkedToAnActivityOfItsParentPlanOnly() {
        long parent = data.issued(w);
        UUID parentKey = planReader.details(w.office(), parent).activities().get(0).key();
        long other = data.issued(w);
        UUID otherKey = planReader.details(w.office(), other).activities().get(0).key();
        long child = planDrafting.startImplementingPlan(w.unitUserA(), parent);
        CurrentUser unit = w.unitUserA();
        PlanDetails draft = planReader.details(unit, child);
        long written = planDrafting.saveActivity(unit, child, draft.version(), null, new ActivityCommand(null,
                "Tuyên truyền tại Khoa Khám bệnh", w.subUnitA(), List.of(), null, null, List.of(2), null, List.of(),
                Map.of()));

        planDrafting.linkActivity(unit, child, data.version(unit, child), written, parentKey);
        assertThat(planReader.activities(unit, child)).filteredOn(a -> a.id() == written).singleElement()
                .satisfies(a -> {
                    assertThat(a.parentKey()).isEqualTo(parentKey);
                    assertThat(a.name()).isEqualTo("Tuyên truyền tại Khoa Khám bệnh");
                    assertThat(a.quarters()).containsExactly(2);
                });
        // Editing the activity afterwards keeps the link, as for a pre-filled one.
        ActivityView a = planReader.activities(unit,
                child).stream().filter(x -> x.id() == written).findFirst().orElseThrow();
        planDrafting.saveActivity(unit, child, data.version(unit, child), written, new ActivityCommand(null, a.name(),
                a.leadNodeId(), List.of(), null, null, List.of(3), null, List.of(), Map.of()));
        assertThat(planReader.activities(unit, child)).filteredOn(x -> x.id() == written)
                .extracting(ActivityView::parentKey).containsExactly(parentKey);

        assertThatThrownBy(() -> planDrafting.linkActivity(unit, child, data.version(unit, child), written, otherKey))
                .isInstanceOf(DomainException.class).hasMessage("plan.error.parentActivity");
        long noParent = data.draft(w);
        long itsActivity = planReader.details(w.office(), noParent).activities().get(0).id();
        assertThatThrownBy(() -> planDrafting.linkActivity(w.office(), noParent, data.version(w.office(), noParent),
                itsActivity, parentKey)).isInstanceOf(DomainException.class).hasMessage("plan.error.parentActivity");
        assertThatThrownBy(() -> planDrafting.linkActivity(w.unitUserB(), child, data.version(unit, child), written,
                parentKey)).isInstanceOf(ForbiddenException.class);

        planDrafting.linkActivity(unit, child, data.version(unit, child), written, null);
        assertThat(planReader.activities(unit, child)).filteredOn(x -> x.id() == written)
                .extracting(ActivityView::parentKey).containsOnlyNulls();
    }
}

package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.plan.ActivityView;
import vn.parcomms.plan.ItemKind;
import vn.parcomms.plan.PlanDetails;
import vn.parcomms.plan.PlanDetailsReader;
import vn.parcomms.plan.PlanFilter;
import vn.parcomms.plan.PlanItemView;
import vn.parcomms.plan.PlanListing;
import vn.parcomms.plan.PlanStatus;
import vn.parcomms.plan.PlanSummary;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.IntegrationTest;

/** The demo plans as a user of the demo finds them: loaded once, complete, linked, issued. */
@IntegrationTest
class DemoPlansTest {

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    PlanListing planListing;
    @Autowired
    PlanDetailsReader planReader;

    @Autowired
    OrganizationService organizations;

    @Test
    void departmentPlan79aIsIssuedWithEveryPartOfTheSeed() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails plan = planReader.details(office, find(office, DemoOrganization.CITY_HEALTH, "79a").id());

        assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.numberAndSymbol()).isEqualTo("79a/KH-SYT");
        assertThat(plan.header().title())
                .isEqualTo("Thông tin, tuyên truyền công tác cải cách hành chính của Ngành Y tế tỉnh Bà Rịa - Vũng Tàu năm 2025");
        assertThat(plan.header().issueDate()).hasToString("2025-05-06");
        assertThat(plan.header().parentBody()).isEqualTo("UBND TỈNH BÀ RỊA - VŨNG TÀU");
        assertThat(plan.header().issuingBody()).isEqualTo("SỞ Y TẾ");
        assertThat(plan.header().signerAuthority()).isEqualTo("GIÁM ĐỐC");
        assertThat(plan.header().signerName()).isEqualTo("Trần Văn Bình");
        assertThat(plan.header().archiveLine()).isEqualTo("Lưu: VT, VP.");
        assertThat(plan.header().intro()).startsWith("Sở Y tế xây dựng Kế hoạch");
        // As in the seed, the reporting duty is the last duty of the first unit group, not a section of its own.
        assertThat(plan.header().reportingDuty()).isNull();
        assertThat(plan.items(ItemKind.DUTY).get(0).body()).contains("gửi về Sở Nội vụ");
        assertThat(plan.header().closing()).endsWith("./.");

        assertThat(plan.items(ItemKind.PURPOSE)).hasSize(3);
        assertThat(plan.items(ItemKind.REQUIREMENT)).hasSize(4);
        assertThat(plan.items(ItemKind.AUDIENCE)).hasSize(1);
        assertThat(plan.items(ItemKind.CONTENT)).extracting(PlanItemView::label)
                .containsExactly("a)", "b)", "c)", "d)", "đ)", "e)", "g)", "h)", "i)", "k)", "l)");
        assertThat(plan.items(ItemKind.CONTENT).get(3).body()).contains("Nghị quyết số 57-NQ/TW");
        assertThat(plan.items(ItemKind.FORM)).extracting(PlanItemView::label)
                .containsExactly("a)", "b)", "c)", "d)", "đ)", "e)");
        assertThat(plan.items(ItemKind.SOLUTION)).extracting(PlanItemView::label)
                .containsExactly("1.", "2.", "3.", "4.", "5.");
        assertThat(plan.items(ItemKind.DUTY)).extracting(PlanItemView::heading).containsExactly(
                "Thủ trưởng các cơ quan, đơn vị trực thuộc và các phòng chuyên môn của Sở", "Văn phòng Sở Y tế",
                "Bộ phận Công nghệ thông tin và Trung tâm Kiểm soát bệnh tật");
        assertThat(plan.items(ItemKind.DUTY).get(0).body().lines()).hasSize(9);
        assertThat(plan.items(ItemKind.RECIPIENT)).first()
                .satisfies(r -> {
                    assertThat(r.body()).isEqualTo("Sở Nội vụ");
                    assertThat(r.heading()).isEqualTo("báo cáo");
                });
        assertThat(plan.items(ItemKind.RECIPIENT)).hasSize(6);
    }

    @Test
    void plan79aImplementsTheIssuedProvincePlan() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails plan = planReader.details(office, find(office, DemoOrganization.CITY_HEALTH, "79a").id());

        assertThat(plan.parentPlan()).isNotNull();
        assertThat(plan.parentPlan().numberAndSymbol()).isEqualTo("148/KH-UBND");
        assertThat(plan.parentPlan().status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.parentPlan().issueDate()).hasToString("2025-04-21");
        assertThat(plan.parentPlan().activityCount()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void plan79aAssignsAboutThirtyActivitiesEachWithALeadUnitAndTargets() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails plan = planReader.details(office, find(office, DemoOrganization.CITY_HEALTH, "79a").id());
        List<ActivityView> activities = plan.activities();

        assertThat(activities).hasSizeBetween(28, 36);
        assertThat(activities).allSatisfy(a -> {
            assertThat(a.leadNodeName()).isNotBlank();
            assertThat(a.contentLabel()).isNotNull();
            assertThat(a.channels()).isNotEmpty();
            assertThat(a.targets()).isNotEmpty().allSatisfy(t -> assertThat(t.target()).isPositive());
            assertThat(a.quarters().isEmpty() && a.dueDate() == null).isFalse();
        });
        long centre = organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id();
        assertThat(activities).filteredOn(a -> a.leadNodeId() == centre).hasSizeGreaterThanOrEqualTo(4);
        Set<Long> leads = activities.stream().map(ActivityView::leadNodeId).collect(Collectors.toSet());
        assertThat(leads).hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void plan79aActivitiesCarryOutTheProvincePlansActivitiesMatchedByContent() {
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails plan = planReader.details(office, find(office, DemoOrganization.CITY_HEALTH, "79a").id());
        Map<UUID, ActivityView> provinceByKey = planReader.activities(office, plan.parentPlan().id()).stream()
                .collect(Collectors.toMap(ActivityView::key, Function.identity()));
        Map<String, String> carries = plan.activities().stream().filter(a -> a.parentKey() != null)
                .collect(Collectors.toMap(ActivityView::name, a -> provinceByKey.get(a.parentKey()).name()));

        assertThat(carries).hasSize(16);
        // The Department's own task in 148, carried by the units that list procedures and guide people.
        assertThat(carries).containsEntry(
                "Cập nhật, công khai thủ tục hành chính lĩnh vực y tế được sửa đổi, bổ sung trên Cổng thông tin điện tử Sở Y tế",
                "Thông tin, tuyên truyền TTHC và dịch vụ công trực tuyến lĩnh vực y tế");
        assertThat(carries).containsEntry(
                "Hướng dẫn người bệnh sử dụng căn cước gắn chip, VNeID khi khám bệnh, chữa bệnh bảo hiểm y tế",
                "Thông tin, tuyên truyền TTHC và dịch vụ công trực tuyến lĩnh vực y tế");
        // Province-wide activities the Ngành takes part in.
        assertThat(carries).containsEntry("Tổ chức Cuộc thi trực tuyến tìm hiểu CCHC ngành Y tế năm 2025",
                "Tổ chức Cuộc thi trực tuyến tìm hiểu CCHC tỉnh Bà Rịa - Vũng Tàu năm 2025");
        assertThat(carries).containsEntry(
                "Đăng tải kết quả các chỉ số PAR INDEX, SIPAS, PAPI, PCI của tỉnh và kết quả CCHC của Ngành",
                "Đăng tải kết quả các chỉ số PAR INDEX, SIPAS, PAPI, PCI của tỉnh trên Cổng thông tin điện tử CCHC");
        // Work with no counterpart in 148 carries nothing.
        assertThat(carries).doesNotContainKey("Quán triệt mục tiêu, nhiệm vụ CCHC năm 2025 tại giao ban Sở hằng tháng");
    }

    @Test
    void theDistrictCentreHasIssuedItsPlanLinkedToEveryActivityAssignedToIt() {
        CurrentUser unit = demoPlans.demoUser("donvi");
        CurrentUser office = demoPlans.demoUser("vanphong");
        PlanDetails parent = planReader.details(office, find(office, DemoOrganization.CITY_HEALTH, "79a").id());
        PlanDetails child = planReader.details(unit, find(unit, DemoOrganization.DISTRICT_CENTRE, "12").id());

        assertThat(child.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(child.numberAndSymbol()).isEqualTo("12/KH-TTYT");
        assertThat(child.parentPlan().id()).isEqualTo(parent.id());
        assertThat(child.header().signerName()).isNotBlank();
        Map<UUID, ActivityView> parentByKey = parent.activities().stream()
                .collect(Collectors.toMap(ActivityView::key, Function.identity()));
        long centre = organizations.findByCode(DemoOrganization.DISTRICT_CENTRE).id();
        long assigned = parent.activities().stream()
                .filter(a -> a.leadNodeId() == centre || a.cooperators().stream().anyMatch(c -> c.id() == centre))
                .count();
        assertThat(child.activities()).hasSize((int) assigned).allSatisfy(a -> {
            assertThat(a.parentKey()).isNotNull();
            assertThat(parentByKey).containsKey(a.parentKey());
            assertThat(a.name()).isEqualTo(parentByKey.get(a.parentKey()).name());
        });
        assertThat(child.activities()).anySatisfy(a -> assertThat(a.leadNodeName()).isEqualTo("Phòng Kế hoạch - Tổng hợp"));
        assertThat(parent.implementations()).anySatisfy(i -> {
            assertThat(i.nodeId()).isEqualTo(centre);
            assertThat(i.status()).isEqualTo(PlanStatus.ISSUED);
        });
    }

    @Test
    void runningTheLoaderAgainAddsNothing() throws Exception {
        CurrentUser reviewer = demoPlans.demoUser("noivu");
        long province = organizations.findByCode(DemoOrganization.PROVINCE_CODE).id();
        List<PlanSummary> before = provincePlans(reviewer, province);

        demoPlans.load();

        List<PlanSummary> after = provincePlans(reviewer, province);
        assertThat(after).extracting(PlanSummary::id).containsExactlyElementsOf(
                before.stream().map(PlanSummary::id).toList());
        assertThat(after).extracting(PlanSummary::activityCount).containsExactlyElementsOf(
                before.stream().map(PlanSummary::activityCount).toList());
    }

    private List<PlanSummary> provincePlans(CurrentUser reviewer, long province) {
        return planListing.list(reviewer, new PlanFilter(2025, null, null, true)).stream()
                .filter(p -> organizations.isWithin(p.issuingNodeId(), province)).toList();
    }

    private PlanSummary find(CurrentUser user, String nodeCode, String number) {
        long nodeId = organizations.findByCode(nodeCode).id();
        return planListing.list(user, new PlanFilter(2025, nodeId, null, false)).stream()
                .filter(p -> number.equals(p.docNumber())).findFirst()
                .orElseThrow(() -> new AssertionError("no plan " + number + " of " + nodeCode));
    }
}

package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.review.ProvinceReview;
import vn.parcomms.review.ProvinceReviewService;
import vn.parcomms.support.IntegrationTest;

/**
 * The province view on the demo data, where a health centre reports through its own implementing
 * plan: its figures count by channel as they count by indicator.
 */
@IntegrationTest
class DemoProvinceReviewTest {

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    ProvinceReviewService reviews;

    @Test
    void figuresOfUnitsWithTheirOwnPlansCountUnderEveryChannelOfTheAgencysActivity() {
        ProvinceReview review = reviews.review(demoPlans.demoUser("noivu"), 2025, ReportPeriod.YEAR);
        Map<Long, Long> byChannelSum = review.channels().stream()
                .collect(Collectors.groupingBy(ProvinceReview.ChannelTotal::indicatorId,
                        Collectors.summingLong(ProvinceReview.ChannelTotal::actual)));
        assertThat(review.indicators()).filteredOn(i -> i.actual() > 0).isNotEmpty();
        // Every demo activity has at least one channel, so summing an indicator over channels can only
        // count a figure more often (two channels), never less.
        assertThat(review.indicators()).allSatisfy(i ->
                assertThat(byChannelSum.getOrDefault(i.indicatorId(), 0L)).as(i.name()).isGreaterThanOrEqualTo(i.actual()));
    }

    /** Plan 79a is carried on by the city's Department of Health since 1 July 2025 (DemoReorganisation). */
    @Test
    void theProvinceViewShowsTheHealthDepartmentCarryingTheContentItemsIts79aActivitiesCarryOut() {
        ProvinceReview review = reviews.review(demoPlans.demoUser("noivu"), 2025, ReportPeriod.YEAR);

        assertThat(review.provincePlan().number()).isEqualTo("148/KH-UBND");
        assertThat(review.provincePlan().implementing()).extracting(ProvinceReview.AgencyRef::name)
                .containsExactly("Sở Y tế Thành phố Hồ Chí Minh");
        // 148's content items a) to h) in order; 79a's activities carry out activities of a), c), d), đ), e).
        Map<Integer, List<String>> carriedBy = review.provincePlan().contents().stream()
                .collect(Collectors.toMap(ProvinceReview.ContentCoverage::number,
                        c -> c.agencies().stream().map(ProvinceReview.AgencyRef::name).toList()));
        assertThat(carriedBy).hasSize(8);
        for (int item : List.of(1, 3, 4, 5, 6)) {
            assertThat(carriedBy.get(item)).as("content item " + item).containsExactly("Sở Y tế Thành phố Hồ Chí Minh");
        }
        for (int item : List.of(2, 7, 8)) {
            assertThat(carriedBy.get(item)).as("content item " + item).isEmpty();
        }
    }
}

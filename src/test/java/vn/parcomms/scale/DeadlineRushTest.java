package vn.parcomms.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The load client's logic that needs no load and no app: bounds, form reading, the final check. */
class DeadlineRushTest {

    private static final String KEY_A = "1b7e2c1e-0000-4000-8000-00000000000a";
    private static final String KEY_B = "1b7e2c1e-0000-4000-8000-00000000000b";

    @Test
    void onlyLoopbackAddressesAreRushed() {
        assertThat(DeadlineRush.requireLoopback("http://localhost:18080/")).isEqualTo("http://localhost:18080");
        assertThat(DeadlineRush.requireLoopback("http://127.0.0.1:8080")).isEqualTo("http://127.0.0.1:8080");
        assertThat(DeadlineRush.requireLoopback("http://[::1]:8080")).isEqualTo("http://[::1]:8080");
        for (String url : List.of("http://example.org", "http://10.0.0.5:8080", "http://localhost.example.org",
                "http://127.0.0.1.example.org", "ftp://localhost/", "http://parcomms.gov.vn")) {
            assertThatThrownBy(() -> DeadlineRush.requireLoopback(url)).as(url)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only");
        }
    }

    @Test
    void countsAndDurationsAreBounded() {
        assertThat(DeadlineRush.bounded(Map.of("units", "500"), "units", 200, 0, DeadlineRush.MAX_USERS)).isEqualTo(500);
        assertThat(DeadlineRush.bounded(Map.of(), "duration", 300, 1, DeadlineRush.MAX_SECONDS)).isEqualTo(300);
        assertThatThrownBy(() -> DeadlineRush.bounded(Map.of("units", "501"), "units", 200, 0, DeadlineRush.MAX_USERS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeadlineRush.bounded(Map.of("duration", "601"), "duration", 300, 1,
                DeadlineRush.MAX_SECONDS)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLastAcknowledgedSaveMustBeWhatTheReportHolds() {
        RushLedger ledger = new RushLedger();
        RushLedger.FigureKey a = new RushLedger.FigureKey(7, KEY_A, 3);
        RushLedger.FigureKey b = new RushLedger.FigureKey(7, KEY_B, 3);
        ledger.sending(Map.of(a, 1000, b, 1001));
        ledger.saved(Map.of(a, 1000, b, 1001));
        ledger.sending(Map.of(a, 2000, b, 2001));
        ledger.saved(Map.of(a, 2000, b, 2001));

        assertThat(ledger.lostSaves(Map.of(a, 2000, b, 2001))).isEmpty();
        // The report holds the first save's figure: the second, acknowledged, was lost.
        assertThat(ledger.lostSaves(Map.of(a, 1000, b, 2001))).containsExactly(
                "lost save: report 7, activity " + KEY_A + ", indicator 3: saved 2000, the report holds 1000");
        // A figure gone altogether is lost too.
        assertThat(ledger.lostSaves(Map.of(a, 2000))).singleElement().asString().contains("holds null");
        // A third save timed out at the client but landed: told apart from a lost one, still a problem.
        ledger.sending(Map.of(a, 3000));
        assertThat(ledger.lostSaves(Map.of(a, 3000, b, 2001))).singleElement().asString()
                .startsWith("a later save with no answer (timed out) landed: report 7");
    }

    @Test
    void everyAcknowledgedStepIsOneLineOfHistory() {
        RushLedger ledger = new RushLedger();
        ledger.opened(9);
        ledger.stepTaken(7, RushLedger.SUBMITTED);
        ledger.stepTaken(7, RushLedger.RETURNED);
        ledger.stepTaken(7, RushLedger.SUBMITTED);
        ledger.stepTaken(7, RushLedger.ACCEPTED);

        assertThat(ledger.historyMismatches(Map.of(7L, Map.of("SUBMITTED", 2, "RETURNED", 1, "ACCEPTED", 1))))
                .isEmpty();
        // Submitted three times in the history for two acknowledged submits: done twice.
        assertThat(ledger.historyMismatches(Map.of(7L, Map.of("SUBMITTED", 3, "RETURNED", 1, "ACCEPTED", 1))))
                .containsExactly("history: report 7, SUBMITTED acknowledged 2 times, recorded 3 times"
                        + " (done twice, or a request with no answer did it)");
        // An acknowledged acceptance missing from the history, and a step on a report the run only opened.
        assertThat(ledger.historyMismatches(Map.of(7L, Map.of("SUBMITTED", 2, "RETURNED", 1), 9L,
                Map.of("SUBMITTED", 1)))).containsExactly(
                        "history: report 7, ACCEPTED acknowledged 1 times, recorded 0 times",
                        "history: report 9, SUBMITTED acknowledged 0 times, recorded 1 times"
                                + " (done twice, or a request with no answer did it)");
    }

    @Test
    void readsTheReportFormAsTheAppRendersIt() {
        String html = """
                <meta name="parcomms-csrf" content="tok&amp;en">
                <form action="/reports/7" method="post"><input type="hidden" name="_csrf" value="x"/>
                <input type="hidden" id="version" name="version" value="12">
                <input type="hidden" id="entries0.activityKey" name="entries[0].activityKey" value="%s">
                <input type="number" min="0" class="form-control" id="entries0.figures5" name="entries[0].figures[5]" value="">
                <input type="number" id="entries0.figures6" name="entries[0].figures[6]" value="3">
                <input type="hidden" id="entries1.activityKey" name="entries[1].activityKey" value="%s">
                </form>""".formatted(KEY_A, KEY_B);
        DeadlineRush.ReportFormPage form = DeadlineRush.parseForm(html);
        assertThat(form.version()).isEqualTo(12);
        assertThat(form.activityKeys()).containsExactly(KEY_A, KEY_B);
        assertThat(form.indicators()).containsExactlyEntriesOf(Map.of(0, List.of(5L, 6L)));
        assertThat(form.csrf()).isEqualTo("tok&en");
        assertThatThrownBy(() -> DeadlineRush.parseForm("<p>Báo cáo đã gửi</p>")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void findsTheReportsWaitingForTheOfficeAndTheVersionToDecideOn() {
        String followUp = """
                <tr><td><a href="/reports/11">Đơn vị 1</a></td><td><span class="badge text-bg-primary">Đã gửi</span></td></tr>
                <tr><td><a href="/reports/12">Đơn vị 2</a></td><td><span class="badge text-bg-info">Trả lại</span>
                    <span class="badge text-bg-warning">Muộn</span></td></tr>
                <tr><td><a href="/reports/13">Đơn vị 3</a></td><td><span class="badge text-bg-warning">Gửi muộn</span></td></tr>
                <tr><td>Đơn vị 4</td><td><span class="badge text-bg-light">Chưa bắt đầu</span></td></tr>""";
        assertThat(DeadlineRush.waitingReports(followUp)).containsExactly(11L, 13L);

        String page = """
                <form action="/reports/11/accept" method="post"><input type="hidden" name="_csrf" value="x"/>
                    <input type="hidden" name="version" value="4"></form>""";
        assertThat(DeadlineRush.decisionVersion(page, 11)).isEqualTo("4");
        assertThat(DeadlineRush.decisionVersion(page, 12)).isNull();
    }
}

package vn.parcomms.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.register.OutgoingRegister;
import vn.parcomms.register.RegisterEntry;
import vn.parcomms.shared.DomainException;
import vn.parcomms.shared.ForbiddenException;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.IntegrationTest;

/**
 * Issuing as an office issues: the number and date are given at issuing, from the node's register
 * of outgoing documents (per symbol and year, gap-free, safe when two issue at once) or typed; a
 * unit's own plan is issued by the unit's head, not by the account that drafted it.
 */
@IntegrationTest
@Import(PlanTestData.class)
class PlanIssueRegisterTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PlanTestData data;
    @Autowired
    PlanLifecycle planLifecycle;
    @Autowired
    PlanDetailsReader planReader;
    @Autowired
    PlanDrafting planDrafting;
    @Autowired
    OutgoingRegister register;
    @Autowired
    TransactionTemplate transactions;

    World w;

    @BeforeEach
    void setUp() {
        w = fixtures.newWorld();
    }

    long submitted() {
        long id = data.draft(w);
        planLifecycle.submit(w.office(), id, data.version(w.office(), id));
        return id;
    }

    long v(long id) {
        return data.version(w.office(), id);
    }

    @Test
    void aPlanWithoutANumberTakesTheRegistersNextNumbersInTurn() {
        long first = submitted();
        long second = submitted();
        LocalDate date = LocalDate.of(2025, 3, 10);
        assertThat(planLifecycle.issueDefaults(w.leader(), first).nextNumber()).isEqualTo(1);

        planLifecycle.issue(w.leader(), first, v(first), new IssueCommand(IssueCommand.Numbering.NEXT, null, date));
        planLifecycle.issue(w.leader(), second, v(second), new IssueCommand(IssueCommand.Numbering.NEXT, null, date));

        assertThat(planReader.details(w.office(), first).header().docNumber()).isEqualTo("1");
        assertThat(planReader.details(w.office(), first).header().issueDate()).isEqualTo(date);
        assertThat(planReader.details(w.office(), second).header().docNumber()).isEqualTo("2");
        List<RegisterEntry> lines = register.page(w.office(), 2025).entries();
        assertThat(lines).extracting(RegisterEntry::numberAndSymbol).containsExactly("1/KH-SYT", "2/KH-SYT");
        assertThat(lines).extracting(RegisterEntry::link).containsExactly("/plans/" + first, "/plans/" + second);
        assertThat(lines).allMatch(RegisterEntry::taken);
        assertThat(lines.get(0).signerName()).isEqualTo("Trần Văn Thử");
    }

    @Test
    void aTypedNumberIsRegisteredAsTypedAndTheSequenceGoesOnAfterIt() {
        long typed = submitted();
        planLifecycle.issue(w.leader(), typed, v(typed),
                new IssueCommand(IssueCommand.Numbering.TYPED, "79a", LocalDate.of(2025, 4, 2)));
        assertThat(planReader.details(w.office(), typed).header().docNumber()).isEqualTo("79a");
        assertThat(register.nextNumber(w.agency(), "KH-SYT", 2025)).isEqualTo(80);
        // Another year has a register of its own.
        assertThat(register.nextNumber(w.agency(), "KH-SYT", 2026)).isEqualTo(1);

        long next = submitted();
        planLifecycle.issue(w.leader(), next, v(next), new IssueCommand(IssueCommand.Numbering.NEXT, null,
                LocalDate.of(2025, 4, 3)));
        assertThat(planReader.details(w.office(), next).header().docNumber()).isEqualTo("80");
        assertThat(register.page(w.leader(), 2025).entries()).extracting(RegisterEntry::numberAndSymbol,
                RegisterEntry::taken).containsExactly(org.assertj.core.groups.Tuple.tuple("79a/KH-SYT", false),
                org.assertj.core.groups.Tuple.tuple("80/KH-SYT", true));
    }

    @Test
    void aNumberTheRegisterHoldsCannotBeTypedAgainAndTheRefusalNamesTheField() {
        long first = submitted();
        planLifecycle.issue(w.leader(), first, v(first),
                new IssueCommand(IssueCommand.Numbering.TYPED, "15", LocalDate.of(2025, 4, 2)));
        long second = submitted();
        assertThatThrownBy(() -> planLifecycle.issue(w.leader(), second, v(second),
                new IssueCommand(IssueCommand.Numbering.TYPED, "15", LocalDate.of(2025, 9, 2))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("docNumber"));
        assertThatThrownBy(() -> planLifecycle.issue(w.leader(), second, v(second),
                new IssueCommand(IssueCommand.Numbering.TYPED, "  ", LocalDate.of(2025, 9, 2))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("plan.error.numberRequired"));
        assertThat(planReader.details(w.office(), second).status()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(register.page(w.office(), 2025).entries()).hasSize(1);
    }

    @Test
    void anIssueRolledBackGivesItsNumberBackSoTheRegisterHasNoGap() {
        long id = submitted();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            planLifecycle.issue(w.leader(), id, v(id), new IssueCommand(IssueCommand.Numbering.NEXT, null,
                    LocalDate.of(2025, 5, 5)));
            throw new IllegalStateException("the issuing transaction fails after the number was taken");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(register.nextNumber(w.agency(), "KH-SYT", 2025)).isEqualTo(1);
        assertThat(planReader.details(w.office(), id).status()).isEqualTo(PlanStatus.SUBMITTED);

        planLifecycle.issue(w.leader(), id, v(id), new IssueCommand(IssueCommand.Numbering.NEXT, null,
                LocalDate.of(2025, 5, 5)));
        assertThat(planReader.details(w.office(), id).header().docNumber()).isEqualTo("1");
    }

    @Test
    void twoLeadersIssuingAtTheSameMomentGetTwoConsecutiveNumbers() throws Exception {
        CurrentUser secondLeader = fixtures.leaderAt(w.agency());
        long a = submitted();
        long b = submitted();
        long va = v(a);
        long vb = v(b);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> issued = new ArrayList<>();
            issued.add(pool.submit(() -> {
                start.await();
                return planLifecycle.issue(w.leader(), a, va, new IssueCommand(IssueCommand.Numbering.NEXT, null,
                        LocalDate.of(2025, 6, 1)));
            }));
            issued.add(pool.submit(() -> {
                start.await();
                return planLifecycle.issue(secondLeader, b, vb, new IssueCommand(IssueCommand.Numbering.NEXT, null,
                        LocalDate.of(2025, 6, 1)));
            }));
            start.countDown();
            for (Future<Boolean> f : issued) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(List.of(planReader.details(w.office(), a).header().docNumber(),
                planReader.details(w.office(), b).header().docNumber())).containsExactlyInAnyOrder("1", "2");
        assertThat(register.nextNumber(w.agency(), "KH-SYT", 2025)).isEqualTo(3);
    }

    @Test
    void aUnitsOwnPlanIsIssuedByTheUnitsHeadNotByTheAccountThatDraftedIt() {
        long parent = data.issued(w);
        CurrentUser unit = w.unitUserA();
        long own = planDrafting.startImplementingPlan(unit, parent);
        PlanHeader h = planReader.details(unit, own).header();
        planDrafting.updateHeader(unit, own, data.version(unit, own), new PlanHeader(h.year(), h.parentPlanId(), null,
                "KH-TTYT", h.place(), null, h.title(), h.parentBody(), h.issuingBody(), h.intro(), h.budget(),
                h.reportingDuty(), h.closing(), h.archiveLine(), "GIÁM ĐỐC", "Lê Thị Thử"));
        planLifecycle.submit(unit, own, data.version(unit, own));
        assertThat(planReader.details(unit, own).can().issue()).isFalse();
        assertThatThrownBy(() -> planLifecycle.issue(unit, own, data.version(unit, own)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> planLifecycle.issue(w.leader(), own, data.version(unit, own)))
                .as("the department's leader does not issue the unit's plan").isInstanceOf(ForbiddenException.class);

        CurrentUser head = fixtures.leaderAt(w.unitA());
        assertThat(planReader.details(head, own).can().issue()).isTrue();
        planLifecycle.issue(head, own, data.version(unit, own));
        PlanDetails issued = planReader.details(unit, own);
        assertThat(issued.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(issued.header().docNumber()).isEqualTo("1");
        assertThat(issued.history()).filteredOn(e -> e.action().equals("ISSUED")).extracting(PlanEventView::actorName)
                .containsExactly(head.fullName());
    }
}

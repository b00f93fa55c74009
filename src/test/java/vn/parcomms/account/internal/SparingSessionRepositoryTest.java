package vn.parcomms.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

class SparingSessionRepositoryTest {

    /** A real in-memory store that counts what reaches it. */
    static final class CountingStore extends MapSessionRepository {
        final AtomicInteger saves = new AtomicInteger();
        final AtomicInteger finds = new AtomicInteger();

        CountingStore() {
            super(new HashMap<>());
        }

        @Override
        public void save(MapSession session) {
            saves.incrementAndGet();
            super.save(session);
        }

        @Override
        public MapSession findById(String id) {
            finds.incrementAndGet();
            return super.findById(id);
        }
    }

    final CountingStore store = new CountingStore();
    final SparingSessionRepository<MapSession> sessions = new SparingSessionRepository<>(store);

    private String stored() {
        var session = sessions.createSession();
        session.setAttribute("who", "office");
        sessions.save(session);
        store.saves.set(0);
        return session.getId();
    }

    @Test
    void aNewSessionIsWritten() {
        sessions.save(sessions.createSession());
        assertThat(store.saves).hasValue(1);
    }

    @Test
    void aPageViewThatOnlyMovesTheLastAccessByLessThanTheIntervalWritesNothing() {
        String id = stored();
        var session = sessions.findById(id);
        session.setLastAccessedTime(session.getLastAccessedTime().plus(SparingSessionRepository.TOUCH_INTERVAL)
                .minusSeconds(1));
        sessions.save(session);
        assertThat(store.saves).hasValue(0);
    }

    @Test
    void theLastAccessIsWrittenOnceItMovedByTheInterval() {
        String id = stored();
        var session = sessions.findById(id);
        Instant later = session.getLastAccessedTime().plus(SparingSessionRepository.TOUCH_INTERVAL);
        session.setLastAccessedTime(later);
        sessions.save(session);
        assertThat(store.saves).hasValue(1);
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(later);
    }

    @Test
    void anyChangeOfAttributesIdOrTimeoutIsWrittenAtOnce() {
        String id = stored();
        var set = sessions.findById(id);
        set.setAttribute("flash", "Đã lưu");
        sessions.save(set);
        assertThat(store.saves).hasValue(1);
        assertThat(store.findById(id).<String>getAttribute("flash")).isEqualTo("Đã lưu");

        var removed = sessions.findById(id);
        removed.removeAttribute("flash");
        sessions.save(removed);
        assertThat(store.saves).hasValue(2);
        assertThat(store.findById(id).<String>getAttribute("flash")).isNull();

        var renamed = sessions.findById(id);
        String newId = renamed.changeSessionId();
        sessions.save(renamed);
        assertThat(store.saves).hasValue(3);
        assertThat(store.findById(newId)).isNotNull();

        var timeout = sessions.findById(newId);
        timeout.setMaxInactiveInterval(java.time.Duration.ofMinutes(5));
        sessions.save(timeout);
        assertThat(store.saves).hasValue(4);
        assertThat(store.findById(newId).getMaxInactiveInterval()).hasMinutes(5);
    }

    @Test
    void withinOneRequestTheLookUpAfterSavingIsAnsweredWithTheSavedSessionAndNeverInTheNextRequest()
            throws Exception {
        String id = stored();
        int[] findsInRequest = new int[2];
        for (int request = 0; request < 2; request++) {
            int r = request;
            new SparingSessionRepository.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                    new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                        @Override
                        protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
                            int before = store.finds.get();
                            var session = sessions.findById(id);
                            sessions.save(session);
                            assertThat(sessions.findById(id)).isSameAs(session);
                            findsInRequest[r] = store.finds.get() - before;
                        }
                    }));
        }
        assertThat(findsInRequest).as("one read of the store per request, not two; none carried over")
                .containsExactly(1, 1);
    }

    @Test
    void outsideARequestEveryLookUpReadsTheStore() {
        String id = stored();
        var session = sessions.findById(id);
        sessions.save(session);
        int before = store.finds.get();
        assertThat(sessions.findById(id)).isNotSameAs(session);
        assertThat(store.finds.get() - before).isEqualTo(1);
    }

    @Test
    void aSessionDeletedInTheRequestIsNotAnsweredFromMemory() throws Exception {
        String id = stored();
        new SparingSessionRepository.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
                new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
                    @Override
                    protected void service(jakarta.servlet.http.HttpServletRequest req, HttpServletResponse res) {
                        var session = sessions.findById(id);
                        sessions.save(session);
                        sessions.deleteById(id);
                        assertThat(sessions.findById(id)).isNull();
                    }
                }));
    }
}

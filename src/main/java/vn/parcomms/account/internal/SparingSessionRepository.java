package vn.parcomms.account.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The session store (PostgreSQL, shared by every instance) without the two statements per request
 * that change nothing:
 * <ul>
 * <li>A session whose attributes were not touched is written back only when its last access moved
 * by {@link #TOUCH_INTERVAL} or more since it was stored; otherwise every page view was an UPDATE
 * and a commit. A session therefore expires between its timeout and its timeout minus the
 * interval after the last request (30 minutes and 29); anything set, removed or renamed is written
 * at once as before.</li>
 * <li>After saving, the session filter looks the requested session up again to decide whether to
 * send the cookie; within the same request the session just saved is that answer, so the second
 * read of the session and its attributes is not made. The memory is per request ({@link Scope},
 * the outermost filter) and is never carried into another request.</li>
 * </ul>
 */
public final class SparingSessionRepository<S extends Session>
        implements SessionRepository<SparingSessionRepository.Tracked<S>>, DisposableBean {

    /** How far a session's last access may move before it is written although nothing else changed. */
    public static final Duration TOUCH_INTERVAL = Duration.ofSeconds(60);

    private static final ThreadLocal<Saved> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

    private final SessionRepository<S> store;

    public SparingSessionRepository(SessionRepository<S> store) {
        this.store = store;
    }

    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    @Override
    public Tracked<S> createSession() {
        return new Tracked<>(store.createSession(), null);
    }

    @Override
    public void save(Tracked<S> session) {
        if (session.mustBeWritten()) {
            store.save(session.session);
            session.written();
        }
        Saved request = SAVED_IN_THIS_REQUEST.get();
        if (request != null) {
            request.session = session;
        }
    }

    @Override
    public Tracked<S> findById(String id) {
        Saved request = SAVED_IN_THIS_REQUEST.get();
        if (request != null && request.session != null) {
            Tracked<?> saved = request.session;
            request.session = null;
            if (saved.getId().equals(id)) {
                @SuppressWarnings("unchecked")
                Tracked<S> same = (Tracked<S>) saved;
                return same;
            }
        }
        S found = store.findById(id);
        return found == null ? null : new Tracked<>(found, found.getLastAccessedTime());
    }

    @Override
    public void deleteById(String id) {
        Saved request = SAVED_IN_THIS_REQUEST.get();
        if (request != null) {
            request.session = null;
        }
        store.deleteById(id);
    }

    /** The session saved last in the current request, if any. */
    private static final class Saved {
        private Tracked<?> session;
    }

    /**
     * Opens and closes the per-request memory of {@link SparingSessionRepository}; runs outside the
     * session filter. Outside a request (tests, scheduled work) the repository keeps nothing.
     */
    public static final class Scope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            Saved outer = SAVED_IN_THIS_REQUEST.get();
            SAVED_IN_THIS_REQUEST.set(new Saved());
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    SAVED_IN_THIS_REQUEST.remove();
                } else {
                    SAVED_IN_THIS_REQUEST.set(outer);
                }
            }
        }

        @Override
        protected boolean shouldNotFilterAsyncDispatch() {
            return false;
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }

    /** A stored session that remembers whether anything but its last access changed. */
    public static final class Tracked<S extends Session> implements Session {

        private final S session;
        private Instant storedAccess;
        private boolean changed;

        Tracked(S session, Instant storedAccess) {
            this.session = session;
            this.storedAccess = storedAccess;
            this.changed = storedAccess == null;
        }

        boolean mustBeWritten() {
            return changed || Duration.between(storedAccess, session.getLastAccessedTime())
                    .compareTo(TOUCH_INTERVAL) >= 0;
        }

        void written() {
            storedAccess = session.getLastAccessedTime();
            changed = false;
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return session.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changed = true;
            session.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changed = true;
            session.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            session.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changed = true;
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}

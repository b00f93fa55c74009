package vn.parcomms.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.apache.tomcat.util.http.fileupload.impl.FileSizeLimitExceededException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter reaches the application without NUL and other control characters
 * (tab, carriage return and line feed stay): PostgreSQL refuses a NUL in a text, which used to
 * end a save on a 500 page with the text lost. A byte sequence that was not UTF-8 arrives from
 * the container as U+FFFD and stays as it is. The names of the parameters that held either are
 * kept on the request ({@link #SUSPECT}), so that {@link InputChecks} can put a message on the
 * field while the form shows the rest of what was typed.
 */
class CleanParametersFilter extends OncePerRequestFilter {

    /** Request attribute: the {@code Set<String>} of parameter names whose values were cleaned or not UTF-8. */
    static final String SUSPECT = CleanParametersFilter.class.getName() + ".SUSPECT";

    /** Request attribute: the {@link BodyLimit} a refused body crossed, for the 413 page. */
    static final String CROSSED_LIMIT = CleanParametersFilter.class.getName() + ".CROSSED_LIMIT";

    /** Request attribute, set when Tomcat could not decode the parameters (bytes that are not UTF-8, a bad %-escape). */
    static final String UNDECODABLE = CleanParametersFilter.class.getName() + ".UNDECODABLE";

    private final BodyLimits limits;

    CleanParametersFilter(BodyLimits limits) {
        this.limits = limits;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // An error page after the request's own pass through this filter has ended (sendError
            // is dispatched by Tomcat once the chain returned), so not a nested dispatch.
            chain.doFilter(new ErrorDispatchRequest(request), response);
            return;
        }
        CleanedRequest cleaned = new CleanedRequest(request);
        int refused = cleaned.refusedStatus();
        if (refused != 0) {
            // Tomcat could not read the parameters (a body over the form or upload limits). Say so
            // here, once, with the status it gives (413 for size): left to the next reader it
            // would throw in Spring Security (a CSRF token after the files is never read, so a
            // 403) and again on the error page, and the user would get an empty page or
            // Tomcat's English "HTTP Status 413" instead of the application's own page.
            if (refused == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                request.setAttribute(CROSSED_LIMIT, cleaned.crossedLimit(limits));
            } else if (cleaned.undecodable) {
                request.setAttribute(UNDECODABLE, Boolean.TRUE);
            }
            response.sendError(refused);
            return;
        }
        chain.doFilter(cleaned, response);
    }

    /** The error page is rendered for the same request: it must read the same (possibly refused) parameters safely. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        chain.doFilter(new ErrorDispatchRequest(request), response);
    }

    /** The value without control characters other than tab, CR and LF; the same instance when it had none. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
            if (control && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!control && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    static boolean suspicious(String original, String cleaned) {
        return original != cleaned || original.indexOf('\uFFFD') >= 0;
    }

    /**
     * The limits a request body may cross, in the words of the 413 page.
     *
     * @param formBytes a url-encoded form ({@code server.tomcat.max-http-form-post-size})
     * @param fileBytes one uploaded file ({@code spring.servlet.multipart.max-file-size})
     * @param uploadBytes a whole multipart request ({@code spring.servlet.multipart.max-request-size})
     */
    record BodyLimits(long formBytes, long fileBytes, long uploadBytes) {
    }

    /** Which limit a refused body crossed and how large it is, in whole MB. */
    record BodyLimit(boolean file, long megabytes) {

        static BodyLimit of(boolean file, long bytes) {
            return new BodyLimit(file, Math.max(1, bytes / (1024 * 1024)));
        }
    }

    /**
     * The error page of a refused body reads no body: without this, Spring's multipart resolver
     * would parse the refused upload again on the error dispatch, fail again, and the page would
     * be empty.
     */
    private static final class ErrorDispatchRequest extends CleanedRequest {

        ErrorDispatchRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getContentType() {
            String type = super.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? null : type;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) ? getContentType() : super.getHeader(name);
        }
    }

    private static class CleanedRequest extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;
        private int refusedStatus;
        private boolean fileTooLarge;
        private boolean undecodable;

        CleanedRequest(HttpServletRequest request) {
            super(request);
        }

        /** The status Tomcat gave when it could not read the parameters; 0 when they were read. */
        int refusedStatus() {
            parameters();
            return refusedStatus;
        }

        BodyLimit crossedLimit(BodyLimits limits) {
            if (fileTooLarge) {
                return BodyLimit.of(true, limits.fileBytes());
            }
            return BodyLimit.of(false, isMultipart() ? limits.uploadBytes() : limits.formBytes());
        }

        private boolean isMultipart() {
            String type = super.getContentType();
            return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        }

        /**
         * Tomcat reads a multipart body with the parameters and throws its failure there (its
         * cause tells a file over its limit from a request over its); should it keep a failure to
         * itself instead (the parameters are then those read before it) until the parts are
         * asked for, ask for them.
         * A size limit (the upload's, a file's, the form fields' or the number of parts) is an
         * {@link IllegalStateException}; a malformed body an {@link IOException} or a
         * {@link ServletException}.
         */
        private void checkParts() {
            try {
                super.getParts();
            } catch (IllegalStateException e) {
                refusedStatus = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
                fileTooLarge = fileTooLarge(e);
            } catch (IOException | ServletException e) {
                refusedStatus = HttpServletResponse.SC_BAD_REQUEST;
            }
        }

        private static boolean fileTooLarge(Throwable refusal) {
            for (Throwable cause = refusal; cause != null; cause = cause.getCause()) {
                if (cause instanceof FileSizeLimitExceededException) {
                    return true;
                }
            }
            return false;
        }

        /** Read once; a body whose parameters cannot be read has none (and a {@link #refusedStatus}). */
        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, String[]> original;
                try {
                    original = super.getParameterMap();
                } catch (InvalidParameterException e) {
                    refusedStatus = e.getErrorCode() > 0 ? e.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST;
                    fileTooLarge = fileTooLarge(e);
                    undecodable = refusedStatus == HttpServletResponse.SC_BAD_REQUEST;
                    original = Map.of();
                } catch (IllegalStateException e) {
                    refusedStatus = HttpServletResponse.SC_BAD_REQUEST;
                    undecodable = true;
                    original = Map.of();
                }
                if (refusedStatus == 0 && isMultipart()) {
                    checkParts();
                    if (refusedStatus != 0) {
                        original = Map.of();
                    }
                }
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                Set<String> suspect = new LinkedHashSet<>();
                original.forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = clean(values[i]);
                        if (values[i] != null && suspicious(values[i], copy[i])) {
                            suspect.add(clean(name));
                        }
                    }
                    cleaned.put(clean(name), copy);
                });
                parameters = Collections.unmodifiableMap(cleaned);
                if (!suspect.isEmpty()) {
                    setAttribute(SUSPECT, Collections.unmodifiableSet(suspect));
                }
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }
    }
}

package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A request parameter that held a NUL, another control character or bytes that were not UTF-8
 * (see {@link CleanParametersFilter}) and that no form shows again is a bad request with a page
 * that says so: a search, a list filter, a year or a page number of a GET page, or a
 * {@code @RequestParam} of a POST (a reason). Removing the character silently would run a search
 * for something the user did not type; leaving it would end on a 500. Fields of a validated form
 * get their message on the field instead ({@link InputChecks}).
 */
class SuspectParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        @SuppressWarnings("unchecked")
        Set<String> suspect = (Set<String>) request.getAttribute(CleanParametersFilter.SUSPECT);
        if (suspect == null || suspect.isEmpty()) {
            return true;
        }
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            throw new InvalidCharactersException(suspect);
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation != null) {
                String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
                if (suspect.contains(name)) {
                    throw new InvalidCharactersException(suspect);
                }
            }
        }
        return true;
    }

    /** Parameters that held characters the application does not take; the page names none of them. */
    static final class InvalidCharactersException extends RuntimeException {

        InvalidCharactersException(Set<String> names) {
            super("Request parameters with control characters or bytes that are not UTF-8: " + names);
        }
    }
}

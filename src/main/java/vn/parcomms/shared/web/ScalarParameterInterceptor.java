package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collection;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * A single-valued {@code @RequestParam} sent more than once is a bad request (400), not a value
 * the converter picks or joins: {@code version=3&version=4} must not silently mean one of them.
 */
class ScalarParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws ServletRequestBindingException {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        for (MethodParameter parameter : method.getMethodParameters()) {
            RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
            if (annotation == null || !isScalar(parameter.getParameterType())) {
                continue;
            }
            String name = annotation.name().isEmpty() ? parameter.getParameterName() : annotation.name();
            String[] values = name == null ? null : request.getParameterValues(name);
            if (values != null && values.length > 1) {
                throw new ServletRequestBindingException("Parameter '" + name + "' sent " + values.length + " times");
            }
        }
        return true;
    }

    private static boolean isScalar(Class<?> type) {
        return !type.isArray() && !Collection.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type)
                && !MultipartFile.class.isAssignableFrom(type) && type != java.util.Optional.class;
    }
}

package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.beans.BeansException;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks every validated form ({@code @Valid}) for what its field constraints cannot see: a
 * field whose value held control characters or bytes that were not UTF-8 (see
 * {@link CleanParametersFilter}), and a single-valued field sent twice, which the binder would
 * otherwise join with a comma. Each becomes a message on the field; what was typed stays.
 */
@ControllerAdvice
class InputChecks {

    static final String CONTROL_CHARACTERS = "input.error.characters";
    static final String DUPLICATE = "input.error.duplicate";

    /** Every binder: a form's target is often built after this runs (constructor binding). */
    @InitBinder
    void checkRequestInput(WebDataBinder binder) {
        binder.addValidators(new RequestInputValidator());
    }

    private static final class RequestInputValidator implements Validator {

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }

        @Override
        public void validate(Object target, Errors errors) {
            HttpServletRequest request = currentRequest();
            if (request == null) {
                return;
            }
            BeanWrapper form = new BeanWrapperImpl(target);
            @SuppressWarnings("unchecked")
            Set<String> suspect = (Set<String>) request.getAttribute(CleanParametersFilter.SUSPECT);
            if (suspect != null) {
                for (String name : suspect) {
                    reject(form, errors, field(name), CONTROL_CHARACTERS);
                }
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                if (parameter.getValue().length > 1) {
                    String path = field(parameter.getKey());
                    if (isScalar(form, path)) {
                        reject(form, errors, path, DUPLICATE);
                    }
                }
            }
        }

        /** The binder reads "_name" and "!name" as markers and defaults for "name". */
        private static String field(String parameter) {
            return parameter.startsWith("_") || parameter.startsWith("!") ? parameter.substring(1) : parameter;
        }

        private static boolean isScalar(BeanWrapper form, String path) {
            try {
                if (!form.isWritableProperty(path)) {
                    return false;
                }
                Class<?> type = form.getPropertyType(path);
                return type != null && !type.isArray() && !Collection.class.isAssignableFrom(type)
                        && !Map.class.isAssignableFrom(type) && !MultipartFile.class.isAssignableFrom(type);
            } catch (BeansException e) {
                return false;
            }
        }

        private static void reject(BeanWrapper form, Errors errors, String path, String code) {
            boolean known;
            try {
                known = form.isReadableProperty(path);
            } catch (BeansException e) {
                known = false;
            }
            if (known && !errors.hasFieldErrors(path)) {
                errors.rejectValue(path, code, code);
            } else if (!known && errors.getGlobalErrors().stream().noneMatch(e -> code.equals(e.getCode()))) {
                errors.reject(code, code);
            }
        }

        private static HttpServletRequest currentRequest() {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
        }
    }
}

package vn.parcomms.report.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;
import vn.parcomms.shared.web.Flash;

/**
 * A request far beyond the upload limit is cut off before any controller sees it; send the user
 * back to the report form with a message instead of an error page. (Files up to the multipart
 * limit reach the service, which refuses anything over 10 MB with a message on the field.)
 */
@ControllerAdvice
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletRequest request) {
        RedirectAttributes redirect = new RedirectAttributesModelMap();
        Flash.error(redirect, "report.error.requestTooLarge");
        RequestContextUtils.getOutputFlashMap(request).putAll(redirect.getFlashAttributes());
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        String path = uri.substring(context.length());
        if (path.matches("/reports/\\d+")) {
            return "redirect:" + path + "/edit";
        }
        return "redirect:/";
    }
}

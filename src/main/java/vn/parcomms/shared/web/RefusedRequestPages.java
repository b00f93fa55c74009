package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages of requests {@link CleanParametersFilter} refused before any controller ran. The 413
 * page says which limit the body crossed (in MB) and links back to the page the form was sent
 * from, so that the user knows that nothing was saved and where to try again. Parameters Tomcat
 * could not decode (bytes that are not UTF-8) get the same page as a NUL in a parameter. Every
 * other status gets Spring Boot's own resolution (error/403, error/404 …), which a resolver bean of
 * the application's would otherwise switch off.
 */
@Component
class RefusedRequestPages implements ErrorViewResolver, Ordered {

    private final DefaultErrorViewResolver byStatus;

    RefusedRequestPages(ApplicationContext context, ObjectProvider<WebProperties> web) {
        this.byStatus = new DefaultErrorViewResolver(context,
                web.getIfAvailable(WebProperties::new).getResources());
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        if (status.value() == HttpStatus.BAD_REQUEST.value()
                && request.getAttribute(CleanParametersFilter.UNDECODABLE) != null) {
            return new ModelAndView("error/characters", model, status);
        }
        if (status.value() != HttpStatus.CONTENT_TOO_LARGE.value()) {
            return byStatus.resolveErrorView(request, status, model);
        }
        Map<String, Object> page = new HashMap<>(model);
        if (request.getAttribute(CleanParametersFilter.CROSSED_LIMIT) instanceof CleanParametersFilter.BodyLimit limit) {
            page.put("limitTextKey", limit.file() ? "error.413.file" : "error.413.request");
            page.put("limitMegabytes", limit.megabytes());
        }
        String back = sameSitePath(request.getHeader(HttpHeaders.REFERER), request.getServerName());
        if (back != null) {
            page.put("backUrl", back);
        }
        return new ModelAndView("error/413", page, status);
    }

    /** The path (and query) of a page of this site the request came from; null for any other address. */
    static String sameSitePath(String referer, String serverName) {
        if (referer == null || referer.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(referer.strip());
            if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(serverName)) {
                return null;
            }
            String path = uri.getRawPath();
            if (path == null || !path.startsWith("/") || path.startsWith("//")) {
                return null;
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Before Spring Boot's resolver, which would find the same template without the limit. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}

package vn.parcomms.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The language switch links to the same page with the same query (filters, a login error),
 * only the language changed: switching language must not lose what the user was looking at.
 */
@ControllerAdvice
class LanguageLinks {

    /** The current query string without its {@code lang} parameter, still URL-encoded. */
    @ModelAttribute("languageQuery")
    String languageQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isBlank()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(part -> !part.isBlank() && !part.startsWith("lang="))
                .collect(Collectors.joining("&"));
    }
}

package vn.parcomms.todo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.shared.security.CurrentUserHolder;

/**
 * The navigation's to-do count, without reading the to-do list again on every page. The home page
 * reads the list anyway (it shows it): its size is kept in the session and shown beside "Trang chủ"
 * on the pages that follow, which read nothing for it. Whatever the user sends (a POST: submitting,
 * accepting, issuing...) may change the list, so it forgets the count; the badge is then absent,
 * never wrong by the user's own doing, until the next home page, where the user lands after
 * signing in and after most journeys. What others do in the meantime shows there too.
 */
@ControllerAdvice(annotations = Controller.class)
class ToDoCountAdvice {

    static final String SESSION_KEY = "parcomms.todoCount";

    @ModelAttribute("toDoCount")
    Count toDoCount(Model model, HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUserHolder)) {
            return null;
        }
        if (!"GET".equals(request.getMethod())) {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SESSION_KEY) != null) {
                session.removeAttribute(SESSION_KEY);
            }
            return null;
        }
        return new Count(() -> {
            if (model.getAttribute("toDos") instanceof List<?> shown) {
                HttpSession session = request.getSession(false);
                if (session != null && !Integer.valueOf(shown.size()).equals(session.getAttribute(SESSION_KEY))) {
                    session.setAttribute(SESSION_KEY, shown.size());
                }
                return shown.size();
            }
            HttpSession session = request.getSession(false);
            return session != null && session.getAttribute(SESSION_KEY) instanceof Integer kept ? kept : null;
        });
    }

    /** The count, looked up on first use; null when not known on this page. */
    public static final class Count {

        private final Supplier<Integer> read;
        private boolean looked;
        private Integer count;

        Count(Supplier<Integer> read) {
            this.read = read;
        }

        public Integer getCount() {
            if (!looked) {
                count = read.get();
                looked = true;
            }
            return count;
        }
    }
}

package vn.parcomms.todo.web;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.CurrentUserHolder;
import vn.parcomms.shared.security.Role;
import vn.parcomms.todo.ToDoService;

/**
 * The navigation's to-do count on the HTML pages of a signed-in user. It is read only when the
 * navigation is rendered (never for a redirect, a download or a JSON answer), once per page, and
 * not at all on the home page, which counts the list it shows. The ADMIN and the operator have no
 * to-do list: nothing is read for them.
 */
@ControllerAdvice(annotations = Controller.class)
class ToDoCountAdvice {

    private final ToDoService toDos;

    ToDoCountAdvice(ToDoService toDos) {
        this.toDos = toDos;
    }

    @ModelAttribute("toDoCount")
    Count toDoCount(Model model) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUserHolder holder)) {
            return null;
        }
        CurrentUser user = holder.currentUser();
        if (user.isOperator() || user.is(Role.ADMIN)) {
            return null;
        }
        return new Count(() -> model.getAttribute("toDos") instanceof List<?> shown ? shown.size() : toDos.count(user));
    }

    /** The count, read on first use. */
    public static final class Count {

        private final Supplier<Integer> read;
        private Integer count;

        Count(Supplier<Integer> read) {
            this.read = read;
        }

        public int getCount() {
            if (count == null) {
                count = read.get();
            }
            return count;
        }
    }
}

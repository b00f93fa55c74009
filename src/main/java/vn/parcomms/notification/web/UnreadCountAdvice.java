package vn.parcomms.notification.web;

import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.notification.NotificationService;
import vn.parcomms.shared.security.CurrentUserHolder;

/**
 * The navigation's unread count on every page of a signed-in user: one short statement on the
 * partial index of unread rows, made when the navigation is rendered (never for a redirect, a
 * download or a JSON answer).
 */
@ControllerAdvice
class UnreadCountAdvice {

    private final NotificationService notifications;

    UnreadCountAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Unread unreadNotifications() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUserHolder holder)) {
            return null;
        }
        return new Unread(() -> notifications.unreadCount(holder.currentUser()));
    }

    /** The count, read on first use. */
    public static final class Unread {

        private final Supplier<Long> read;
        private Long count;

        Unread(Supplier<Long> read) {
            this.read = read;
        }

        public long getCount() {
            if (count == null) {
                count = read.get();
            }
            return count;
        }
    }
}

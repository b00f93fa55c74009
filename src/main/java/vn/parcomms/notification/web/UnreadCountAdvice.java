package vn.parcomms.notification.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.parcomms.notification.NotificationService;
import vn.parcomms.shared.security.CurrentUserHolder;

/**
 * The navigation's unread count on every page of a signed-in user: one short statement on the
 * partial index of unread rows.
 */
@ControllerAdvice
class UnreadCountAdvice {

    private final NotificationService notifications;

    UnreadCountAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    Long unreadNotifications() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof CurrentUserHolder holder)) {
            return null;
        }
        return notifications.unreadCount(holder.currentUser());
    }
}

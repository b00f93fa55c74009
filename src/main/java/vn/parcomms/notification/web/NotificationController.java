package vn.parcomms.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.parcomms.notification.NotificationService;
import vn.parcomms.report.ReportPeriod;
import vn.parcomms.shared.web.Flash;
import vn.parcomms.shared.security.CurrentUser;

/** A user's notifications (every role has its own), and the office's one-click reminder. */
@Controller
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(CurrentUser user, Model model) {
        model.addAttribute("notifications", notifications.mine(user));
        return "notification/list";
    }

    /** Marks it read and opens the record it is about. */
    @PostMapping("/notifications/{id}/open")
    String open(CurrentUser user, @PathVariable long id) {
        return "redirect:" + notifications.open(user, id);
    }

    @PostMapping("/notifications/{id}/read")
    String read(CurrentUser user, @PathVariable long id) {
        notifications.markRead(user, id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        notifications.markAllRead(user);
        Flash.success(redirect, "notification.allRead");
        return "redirect:/notifications";
    }

    /** "Nhắc nhở": reminds every overdue unit of the plan and period, back to the follow-up page. */
    @PostMapping("/notifications/remind")
    String remind(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period,
            RedirectAttributes redirect) {
        int units = notifications.remindOverdue(user, plan, period);
        Flash.success(redirect, "notification.reminded", units);
        return "redirect:" + UriComponentsBuilder.fromPath("/reports").queryParam("plan", plan)
                .queryParam("period", period).queryParam("status", "OVERDUE").build().toUriString();
    }

    /** Who reminded which unit, and when, for one plan and period. */
    @GetMapping("/notifications/reminders")
    String reminders(CurrentUser user, @RequestParam long plan, @RequestParam ReportPeriod period, Model model) {
        model.addAttribute("reminders", notifications.reminderHistory(user, plan, period));
        model.addAttribute("plan", plan);
        model.addAttribute("period", period);
        return "notification/reminders";
    }
}

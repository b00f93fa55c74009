/**
 * Notifications: in-app messages (read or unread) to the people a step concerns, listened to from
 * the lifecycle events of plans, unit reports and consolidated reports; e-mail copies when SMTP
 * is configured; reminders before and after each report deadline, and the office's one-click
 * reminder to overdue units. Scheduled jobs run on one app instance at a time (ShedLock on the
 * application's PostgreSQL).
 */
package vn.parcomms.notification;

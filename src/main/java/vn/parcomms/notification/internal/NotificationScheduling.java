package vn.parcomms.notification.internal;

import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduled jobs: the reminders once a day, the e-mail queue every minute. Each run takes a
 * ShedLock lock in the application's PostgreSQL (table {@code shedlock}), so with several app
 * instances one runs it and the others skip; the reminders' keys make a repeated run harmless
 * anyway. {@code parcomms.notifications.scheduling=false} switches the timers off (tests drive
 * the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "parcomms.notifications.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationScheduling {

    @Bean
    LockProvider notificationLockProvider(DataSource dataSource) {
        return lockProvider(dataSource);
    }

    /** ShedLock's JDBC provider on the shared table, using the database's time (one clock for every instance). */
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime().build());
    }

    @Bean
    ScheduledJobs notificationJobs(LockProvider notificationLockProvider, ReminderJob reminders,
            NotificationStore store, ObjectProvider<JavaMailSender> sender, MessageSource messages,
            TransactionTemplate transactions, Clock clock,
            @Value("${parcomms.base-url:http://localhost:8080}") String baseUrl,
            @Value("${parcomms.notifications.mail-from:parcomms@localhost}") String from) {
        JavaMailSender mail = sender.getIfAvailable();
        return new ScheduledJobs(new DefaultLockingTaskExecutor(notificationLockProvider), reminders,
                mail == null ? null : new MailJob(store, mail, messages, transactions, clock, baseUrl, from));
    }

    /** The timers; each run goes through the lock. */
    public static class ScheduledJobs {

        private final LockingTaskExecutor executor;
        private final ReminderJob reminders;
        private final MailJob mail;

        public ScheduledJobs(LockingTaskExecutor executor, ReminderJob reminders, MailJob mail) {
            this.executor = executor;
            this.reminders = reminders;
            this.mail = mail;
        }

        @Scheduled(cron = "${parcomms.notifications.reminder-cron:0 0 7 * * *}",
                zone = "${parcomms.time-zone:Asia/Ho_Chi_Minh}")
        public void reminders() {
            // Held for at least ten minutes: an instance whose timer fires a little later skips the day.
            executor.executeWithLock((Runnable) reminders::run, new LockConfiguration(java.time.Instant.now(),
                    "notification-reminders", Duration.ofMinutes(30), Duration.ofMinutes(10)));
        }

        @Scheduled(fixedDelayString = "${parcomms.notifications.mail-delay:PT1M}")
        public void mail() {
            if (mail != null) {
                executor.executeWithLock((Runnable) mail::runLogged, new LockConfiguration(java.time.Instant.now(),
                        "notification-mail", Duration.ofMinutes(10), Duration.ZERO));
            }
        }
    }
}

package vn.parcomms.account;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, auto-configured; tables from Flyway V70).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /**
     * Two requests of one session that both add the same attribute (parallel saves in two tabs)
     * would otherwise both insert it and one would end on a duplicate key, a 500: PostgreSQL's
     * upsert writes it once.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The transactions of the session store (Spring Session takes the bean of this name). Every
     * request writes its session's last access time; waiting for that write to reach the disk cost
     * each page a flush of the write-ahead log. These transactions commit without waiting
     * ({@code synchronous_commit} off for them only): a crash can lose the last second of session
     * writes, so someone who signed in just then signs in again; the database stays consistent, and
     * every other transaction still waits for the disk. A plain JDBC transaction manager, since the
     * session store needs no JPA persistence context.
     */
    @Bean
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        return new TransactionOperations() {
            @Override
            public <T> T execute(TransactionCallback<T> action) {
                return template.execute(status -> {
                    jdbc.execute("set local synchronous_commit to off");
                    return action.doInTransaction(status);
                });
            }
        };
    }

    /**
     * The application's own transaction template, as Spring Boot would make it: Boot's backs off
     * as soon as any {@link TransactionOperations} bean exists, the session store's included.
     */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }
}

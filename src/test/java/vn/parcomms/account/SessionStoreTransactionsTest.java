package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parcomms.support.IntegrationTest;

/**
 * The session store's writes commit without waiting for the disk; nothing else changes: the
 * application's transactions keep the server's setting, on connections of the same pool.
 */
@IntegrationTest
class SessionStoreTransactionsTest {

    /** The value and where it comes from: "session" when the transaction set it (SET LOCAL). */
    static final String SETTING = "select setting || ' ' || source from pg_settings where name = 'synchronous_commit'";

    @Autowired
    @Qualifier("springSessionTransactionOperations")
    TransactionOperations sessionTransactions;
    @Autowired
    JdbcIndexedSessionRepository sessions;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theSessionStoreCommitsWithoutWaitingForTheDiskAndTheApplicationKeepsTheServersSetting() {
        assertThat(ReflectionTestUtils.getField(sessions, "transactionOperations")).isSameAs(sessionTransactions);
        assertThat(transactions).isNotSameAs(sessionTransactions);
        String server = jdbc.queryForObject(SETTING, String.class);
        assertThat(server).doesNotEndWith(" session");

        String inSessionStore = sessionTransactions.execute(status -> jdbc.queryForObject(SETTING, String.class));
        assertThat(inSessionStore).isEqualTo("off session");

        for (int i = 0; i < 20; i++) {
            String inApplication = transactions.execute(status -> jdbc.queryForObject(SETTING, String.class));
            assertThat(inApplication).isEqualTo(server);
            assertThat(jdbc.queryForObject(SETTING, String.class)).isEqualTo(server);
        }
    }
}

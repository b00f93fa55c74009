package vn.parcomms.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parcomms.ParCommsApplication;

/**
 * A first start interrupted while the demo loads (here: a step that fails after the province, the
 * accounts and the plans are written) leaves nothing behind, and the next start loads all of it.
 * On its own empty PostgreSQL: the shared test database has the demo already.
 */
class DemoLoadIsAtomicTest {

    private EmbeddedPostgres postgres;
    private JdbcClient jdbc;

    @BeforeEach
    void emptyDatabase() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        jdbc = JdbcClient.create(postgres.getPostgresDatabase());
    }

    @AfterEach
    void stop() throws Exception {
        postgres.close();
    }

    @Test
    void aStartThatFailsHalfWayThroughTheDemoLeavesNothingAndTheNextStartLoadsTheWholeDemo() {
        assertThatThrownBy(() -> start(FailAfterThePlans.class).close())
                .hasStackTraceContaining("interrupted after the plans");
        assertThat(count("select count(*) from user_account")).as("no demo account survived").isZero();
        assertThat(count("select count(*) from org_node")).as("no demo node survived").isZero();
        assertThat(count("select count(*) from plan")).as("no plan survived").isZero();

        try (ConfigurableApplicationContext second = start()) {
            assertThat(count("select count(*) from org_node")).isEqualTo(DemoOrganization.NODES.size() + 2);
            assertThat(count("select count(*) from user_account")).as("the accounts and the demo operator")
                    .isEqualTo(DemoDataLoader.ACCOUNTS.size() + 1);
            assertThat(jdbc.sql("select status from plan where doc_number = '79a'").query(String.class).list())
                    .containsExactly("ISSUED");
            assertThat(count("select count(*) from unit_report")).as("the units' reports").isPositive();
            assertThat(count("select count(*) from consolidated_report")).as("Q1 and 6 months, then 9 months by the successor").isEqualTo(3);
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private ConfigurableApplicationContext start(Class<?>... extra) {
        Class<?>[] sources = new Class<?>[extra.length + 1];
        sources[0] = ParCommsApplication.class;
        System.arraycopy(extra, 0, sources, 1, extra.length);
        return new SpringApplicationBuilder(sources).profiles("test", "demo")
                .run("--server.port=0", "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                        "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    /** Stands for Ctrl-C or a crash in the middle of the first start: after the plans, before the reports. */
    @Order(25)
    static class FailAfterThePlans implements DemoStep {
        @Override
        public void load() {
            throw new IllegalStateException("Demo load interrupted after the plans");
        }
    }
}

package vn.parcomms.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of a test run, chosen here and nowhere else: a Testcontainers container
 * where a Docker engine answers, otherwise an embedded PostgreSQL in a throw-away directory.
 * Started once per JVM and shared by every Spring context of the run.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Boolean dockerAvailable;
    private static PostgreSQLContainer container;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {
    }

    public static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            boolean available;
            try {
                available = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                available = false;
            }
            dockerAvailable = available;
        }
        return dockerAvailable;
    }

    /** The shared container; only called where {@link #dockerAvailable()} is true. */
    public static synchronized PostgreSQLContainer container() {
        if (container == null) {
            container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            log.info("Tests use PostgreSQL in a Testcontainers container: {}", container.getJdbcUrl());
        }
        return container;
    }

    /** JDBC URL of the shared embedded server; only called where no Docker engine answers. */
    public static synchronized String embeddedJdbcUrl() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for the tests", e);
            }
            log.info("No Docker engine: tests use an embedded PostgreSQL (zonky) at {}",
                    embedded.getJdbcUrl("postgres", "postgres"));
        }
        return embedded.getJdbcUrl("postgres", "postgres");
    }
}

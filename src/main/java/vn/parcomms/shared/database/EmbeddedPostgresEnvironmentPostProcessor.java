package vn.parcomms.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts a real PostgreSQL inside the JVM when no datasource is configured, so that a fresh
 * clone runs with nothing installed. Runs after the configuration files are read, so an
 * external {@code spring.datasource.url} (from the environment or a file) always wins.
 * When it starts the embedded server it also switches on the {@code demo} profile.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "parcomms.embedded-database.enabled";
    static final String DATA_DIR = "parcomms.embedded-database.data-dir";
    static final String PORT = "parcomms.embedded-database.port";

    private static EmbeddedPostgres server;

    private final Log log;

    public EmbeddedPostgresEnvironmentPostProcessor(DeferredLogFactory logFactory) {
        this.log = logFactory.getLog(EmbeddedPostgresEnvironmentPostProcessor.class);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty(ENABLED, Boolean.class, true)
                || StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
            return;
        }
        Path dataDir = Path.of(environment.getProperty(DATA_DIR, "data/postgres")).toAbsolutePath();
        int port = environment.getProperty(PORT, Integer.class, 0);
        EmbeddedPostgres postgres = start(dataDir, port);
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        environment.addActiveProfile("demo");
        // The server lives exactly as long as the application. Registered before any bean exists,
        // it is destroyed last, after the connection pool; a later application in the same JVM
        // (a restart, a test) then starts it again on its own data directory instead of silently
        // reusing this one.
        application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgresServer", EmbeddedPostgresEnvironmentPostProcessor::stop));
        log.info("Embedded PostgreSQL " + postgres.getJdbcUrl("postgres", "postgres")
                + " with its data in " + dataDir + " (delete that folder to start afresh); demo profile on");
    }

    private static synchronized void stop() throws IOException {
        if (server != null) {
            EmbeddedPostgres running = server;
            server = null;
            running.close();
        }
    }

    private static synchronized EmbeddedPostgres start(Path dataDir, int port) {
        if (server != null) {
            return server;
        }
        try {
            Files.createDirectories(dataDir);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false);
            if (port > 0) {
                builder.setPort(port);
            }
            server = builder.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }
}

package vn.parcomms.shared.database;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
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
 * It does not switch on the demo: that is asked for with the {@code demo} profile (the
 * {@code spring-boot:run} of the pom does); without it an empty database opens the first-run setup.
 */
public class EmbeddedPostgresEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "parcomms.embedded-database.enabled";
    static final String DATA_DIR = "parcomms.embedded-database.data-dir";
    static final String PORT = "parcomms.embedded-database.port";

    private static EmbeddedDatabase server;

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
        long starting = System.nanoTime();
        EmbeddedDatabase postgres = start(dataDir, port);
        long startMillis = (System.nanoTime() - starting) / 1_000_000;
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", postgres.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedDatabase.USER);
        properties.put("spring.datasource.password", postgres.password());
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        // The server lives exactly as long as the application and stops after its last request.
        // Registered before any bean exists, this disposable bean is destroyed last: after the
        // lifecycle phases (the web server's graceful drain, then its stop) and after the connection
        // pool is closed. The server has no JVM shutdown hook of its own, which used to race Spring's
        // and stop the database while requests were still being served. A later application in the
        // same JVM (a restart, a test) then starts it again instead of reusing a stopped one.
        application.addInitializers(context -> ((DefaultSingletonBeanRegistry) context.getBeanFactory())
                .registerDisposableBean("embeddedPostgresServer", EmbeddedPostgresEnvironmentPostProcessor::stop));
        boolean demo = Arrays.asList(environment.getActiveProfiles()).contains("demo");
        log.info("Embedded PostgreSQL " + postgres.jdbcUrl() + " (localhost only, password in "
                + dataDir.resolve(EmbeddedDatabase.PASSWORD_FILE) + ") with its data in " + dataDir
                + " (delete that folder to start afresh), ready in " + startMillis + " ms; "
                + (demo ? "demo profile on" : "no demo (an empty database opens the first-run setup at /setup)"));
    }

    private static synchronized void stop() throws IOException {
        if (server != null) {
            EmbeddedDatabase running = server;
            server = null;
            running.stop();
        }
    }

    private static synchronized EmbeddedDatabase start(Path dataDir, int port) {
        if (server == null) {
            server = EmbeddedDatabase.start(dataDir, port);
        }
        return server;
    }
}

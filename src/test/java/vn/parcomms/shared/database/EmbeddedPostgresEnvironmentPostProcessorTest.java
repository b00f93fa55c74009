package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.PropertySource;
import org.springframework.mock.env.MockEnvironment;

/** The embedded server is only a fallback: a configured database always wins and nothing starts. */
class EmbeddedPostgresEnvironmentPostProcessorTest {

    private final EmbeddedPostgresEnvironmentPostProcessor postProcessor =
            new EmbeddedPostgresEnvironmentPostProcessor((DeferredLogFactory) Supplier::get);

    @Test
    void aConfiguredDatasourceUrlLeavesTheEnvironmentUntouched() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db.example.invalid:5432/parcomms");
        List<String> sourcesBefore = sourceNames(environment);

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(sourceNames(environment)).isEqualTo(sourcesBefore);
        assertThat(environment.getProperty("spring.datasource.url"))
                .isEqualTo("jdbc:postgresql://db.example.invalid:5432/parcomms");
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
    }

    @Test
    void switchingTheEmbeddedDatabaseOffLeavesTheEnvironmentUntouched() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty(EmbeddedPostgresEnvironmentPostProcessor.ENABLED, "false");
        List<String> sourcesBefore = sourceNames(environment);

        postProcessor.postProcessEnvironment(environment, new SpringApplication());

        assertThat(sourceNames(environment)).isEqualTo(sourcesBefore);
        assertThat(environment.getProperty("spring.datasource.url")).isNull();
        assertThat(environment.getActiveProfiles()).doesNotContain("demo");
    }

    private static List<String> sourceNames(MockEnvironment environment) {
        return environment.getPropertySources().stream().map(PropertySource::getName).toList();
    }
}

package vn.parcomms.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application against the run's real PostgreSQL with the real Flyway
 * migrations. Every such test shares one Spring context (and so one database): a test makes the
 * data it needs with unique codes and never relies on another test's data.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, Fixtures.class, PlanFixtures.class})
public @interface IntegrationTest {
}

package vn.parcomms.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a real HTTP port, for browser tests (classes named *BrowserTest, run
 * by failsafe in {@code verify}). Same profiles and database as {@link IntegrationTest}; the demo
 * accounts exist, and a test that changes data makes its own with {@link Fixtures}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, Fixtures.class})
public @interface WebAppTest {
}

package vn.barestack;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The floor that ParComms' start-up is compared with (docs/performance.md, issue 15): the same stack
 * (Spring Boot, JPA, Flyway, Security, Thymeleaf) on the same embedded PostgreSQL, started by
 * ParComms' own {@code EmbeddedPostgresEnvironmentPostProcessor} from the app's jar, with one entity,
 * one migration, one form-login chain and one page. Test scope, and outside {@code vn.parcomms} so
 * that neither the app's component or entity scan nor the module checks see it.
 *
 * <p>Run by {@code vn.parcomms.scale.StartupMeasure} with the app's libraries minus those the bare
 * stack does not use; it reads no {@code application.properties} (the app's would be on the class
 * path), only the properties set here and the command line
 * ({@code --parcomms.embedded-database.data-dir=… --parcomms.embedded-database.port=… --server.port=…}).
 */
@SpringBootApplication
public class BareApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(BareApplication.class);
        application.setDefaultProperties(properties());
        application.run(args);
    }

    static Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        // Not "application": the app's jar on the class path holds an application.properties.
        properties.put("spring.config.name", "barestack");
        properties.put("spring.flyway.locations", "classpath:barestack/migration");
        properties.put("spring.jpa.hibernate.ddl-auto", "validate");
        properties.put("spring.jpa.open-in-view", "false");
        properties.put("spring.thymeleaf.prefix", "classpath:/barestack/templates/");
        properties.put("spring.messages.basename", "barestack/messages");
        return properties;
    }
}

package vn.parcomms.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.parcomms.ParCommsApplication;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeCommand;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.CurrentUser;
import vn.parcomms.shared.security.Role;

/**
 * The promise of the default run: start the app with nothing configured, work, stop it, start it
 * again and find the work. Runs the real application (no test profile) on its own data directory.
 */
class EmbeddedRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void aNodeCreatedBeforeARestartIsStillThereAfterIt() {
        String jdbcUrl;
        long unitId;
        try (ConfigurableApplicationContext first = start()) {
            jdbcUrl = first.getEnvironment().getProperty("spring.datasource.url");
            assertThat(jdbcUrl).as("the embedded server was started").isNotBlank();
            assertThat(dataDir.resolve("PG_VERSION")).as("the cluster lives in the given data directory").exists();
            OrganizationService organizations = first.getBean(OrganizationService.class);
            long province = organizations.createProvince("RESTART", "Tỉnh khởi động lại", null);
            CurrentUser setup = new CurrentUser(0, "setup", "setup", Role.ADMIN, province);
            unitId = organizations.create(setup,
                    new OrgNodeCommand("RESTART.SYT", "Sở Y tế sau khởi động lại", null, OrgKind.AGENCY, province));
        }
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl).close())
                .as("the server stopped with the application")
                .isInstanceOf(SQLException.class);

        try (ConfigurableApplicationContext second = start()) {
            OrgNodeView unit = second.getBean(OrganizationService.class).findByCode("RESTART.SYT");
            assertThat(unit.id()).isEqualTo(unitId);
            assertThat(unit.name()).isEqualTo("Sở Y tế sau khởi động lại");
        }
    }

    private ConfigurableApplicationContext start() {
        // Command-line arguments, because builder properties are only defaults that application.properties overrides.
        return new SpringApplicationBuilder(ParCommsApplication.class)
                .run("--server.port=0", "--parcomms.embedded-database.data-dir=" + dataDir);
    }
}

package vn.parcomms.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import vn.parcomms.account.AccountService;
import vn.parcomms.account.UserCommand;
import vn.parcomms.organization.OrgKind;
import vn.parcomms.organization.OrgNodeView;
import vn.parcomms.organization.OrganizationService;
import vn.parcomms.shared.security.Role;

class BootstrapAdminTest {

    private final AccountService accounts = mock(AccountService.class);
    private final OrganizationService organizations = mock(OrganizationService.class);

    private BootstrapAdmin bootstrap(String password) {
        return new BootstrapAdmin(accounts, organizations, "admin", password, "HCM", "Ủy ban nhân dân Thành phố");
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "1234567"})
    void anEmptyDatabaseWithATooShortAdminPasswordRefusesToStartAndSaysWhatToSet(String password) {
        when(accounts.hasAnyUser()).thenReturn(false);

        assertThatThrownBy(() -> bootstrap(password).run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PARCOMMS_BOOTSTRAP_ADMIN_PASSWORD")
                .hasMessageContaining("/setup");
        verify(accounts, never()).createForSetup(any(), anyString());
        verifyNoInteractions(organizations);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void anEmptyDatabaseWithoutAnAdminPasswordCreatesNobodyAndLeavesItToTheSetupPage(String password) {
        when(accounts.hasAnyUser()).thenReturn(false);

        bootstrap(password).run(new DefaultApplicationArguments());

        verify(accounts, never()).createForSetup(any(), anyString());
        verifyNoInteractions(organizations);
    }

    /** The message tells operators to set this variable; it must really reach the property. */
    @Test
    void theVariableNamedInTheMessageSetsTheBootstrapPassword() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of("PARCOMMS_BOOTSTRAP_ADMIN_PASSWORD", "from-the-environment")));
        ConfigurationPropertySources.attach(environment);

        assertThat(environment.getProperty("parcomms.bootstrap-admin.password")).isEqualTo("from-the-environment");
    }

    @Test
    void anEmptyDatabaseWithAPasswordGetsTheProvinceAndTheFirstAdministrator() {
        when(accounts.hasAnyUser()).thenReturn(false);
        when(organizations.existsCode("HCM")).thenReturn(false);
        when(organizations.createProvince("HCM", "Ủy ban nhân dân Thành phố", null)).thenReturn(7L);

        bootstrap("a-long-secret").run(new DefaultApplicationArguments());

        verify(accounts).createForSetup(new UserCommand("admin", "Administrator", null, 7L, Role.ADMIN),
                "a-long-secret");
    }

    @Test
    void anExistingProvinceIsReusedForTheFirstAdministrator() {
        when(accounts.hasAnyUser()).thenReturn(false);
        when(organizations.existsCode("HCM")).thenReturn(true);
        when(organizations.findByCode("HCM"))
                .thenReturn(new OrgNodeView(3L, "HCM", "Ủy ban nhân dân Thành phố", null, OrgKind.PROVINCE, null, 0,
                        true, 0, null));

        bootstrap("a-long-secret").run(new DefaultApplicationArguments());

        verify(organizations, never()).createProvince(anyString(), anyString(), any());
        verify(accounts).createForSetup(new UserCommand("admin", "Administrator", null, 3L, Role.ADMIN),
                "a-long-secret");
    }

    @Test
    void aDatabaseWithUsersIsLeftAlone() {
        when(accounts.hasAnyUser()).thenReturn(true);

        bootstrap(null).run(new DefaultApplicationArguments());
        bootstrap("a-long-secret").run(new DefaultApplicationArguments());

        verify(accounts, never()).createForSetup(any(), anyString());
        verifyNoInteractions(organizations);
    }
}

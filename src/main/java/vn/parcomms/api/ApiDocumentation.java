package vn.parcomms.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and the HTTP Basic security scheme of the OpenAPI document springdoc builds from the controllers. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    @Bean
    OpenAPI parCommsApi() {
        return new OpenAPI()
                .info(new Info().title("ParComms API").version("v1")
                        .description("Read-only JSON API: plans, reporting periods and rollups, with the same access "
                                + "rules as the pages. See docs/api.md."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}

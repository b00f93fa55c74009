package vn.parcomms.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The checks every request's input goes through, whatever controller it reaches (docs/security.md, 4). */
@Configuration(proxyBeanMethods = false)
class InputConfig implements WebMvcConfigurer {

    /**
     * Before Spring Security (order -100), so that the login form and the CSRF token are read
     * cleaned too; after the character encoding filter, which must set UTF-8 before anything
     * reads a parameter.
     */
    @Bean
    FilterRegistrationBean<CleanParametersFilter> cleanParametersFilter(
            @Value("${server.tomcat.max-http-form-post-size:2MB}") DataSize form,
            @Value("${spring.servlet.multipart.max-file-size:1MB}") DataSize file,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize upload) {
        FilterRegistrationBean<CleanParametersFilter> registration = new FilterRegistrationBean<>(
                new CleanParametersFilter(new CleanParametersFilter.BodyLimits(form.toBytes(), file.toBytes(),
                        upload.toBytes())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ScalarParameterInterceptor());
        registry.addInterceptor(new SuspectParameterInterceptor());
    }
}

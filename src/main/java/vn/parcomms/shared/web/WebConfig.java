package vn.parcomms.shared.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers it. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("parcomms-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /**
     * Links are written as they are, not passed through the static resource chain. With the
     * chain's URL rewriting on (Spring Boot turns it on for Thymeleaf because the webjars locator
     * is present), every link of a page, e.g. each {@code /reports/{id}} of the dashboard, is
     * looked up in every static location of the class path before it is written; misses are not
     * cached. Measured on the province-scale dashboard: 480 ms per request with it, see
     * docs/performance.md. Nothing is versioned by content here, so the rewriting only added the
     * webjar version to three URLs; version-less webjar paths still resolve when requested.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlRewriting() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Dates bound from forms and parameters are dd/mm/yyyy (ISO still read), see ADR 0031. */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new DayMonthYearDates());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgumentResolver());
    }
}

package vn.parcomms.account;

import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.springframework.beans.factory.config.SmartInstantiationAwareBeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import vn.parcomms.account.internal.SparingSessionRepository;

/**
 * Sessions in PostgreSQL (Spring Session JDBC, auto-configured; tables from Flyway V70). Two requests
 * of one session that both add the same attribute (parallel saves in two tabs) would otherwise
 * both insert it and one would end on a duplicate key, a 500: PostgreSQL's upsert writes it once.
 * The session filter uses the store through {@link SparingSessionRepository}, which leaves out the
 * write and the second read that change nothing on a page view.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Puts {@link SparingSessionRepository} in front of the auto-configured store, which stays as it
     * is configured (its clean-up of expired sessions included; it is closed with the context through
     * the wrapper). A bean of our own of type SessionRepository would switch the auto-configuration
     * off instead.
     */
    @Bean
    static SmartInstantiationAwareBeanPostProcessor sparingSessionStore() {
        return new SmartInstantiationAwareBeanPostProcessor() {
            @Override
            public Class<?> predictBeanType(Class<?> beanClass, String beanName) {
                return JdbcIndexedSessionRepository.class.isAssignableFrom(beanClass)
                        ? SparingSessionRepository.class : null;
            }

            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SparingSessionRepository<>(store)
                        : bean;
            }
        };
    }

    /** Outside the session filter (whose order is {@code Integer.MIN_VALUE + 50}). */
    @Bean
    FilterRegistrationBean<SparingSessionRepository.Scope> sparingSessionScope() {
        var registration = new FilterRegistrationBean<>(new SparingSessionRepository.Scope());
        registration.setOrder(Integer.MIN_VALUE);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }
}

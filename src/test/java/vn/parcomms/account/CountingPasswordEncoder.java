package vn.parcomms.account;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Counts the passwords the application checks, whoever asks (sign-in, HTTP Basic, password page). */
@TestConfiguration(proxyBeanMethods = false)
class CountingPasswordEncoder {

    static final AtomicInteger CHECKS = new AtomicInteger();

    @Bean
    static BeanPostProcessor countPasswordChecks() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof PasswordEncoder real)) {
                    return bean;
                }
                return new PasswordEncoder() {
                    @Override
                    public String encode(CharSequence rawPassword) {
                        return real.encode(rawPassword);
                    }

                    @Override
                    public boolean matches(CharSequence rawPassword, String encodedPassword) {
                        CHECKS.incrementAndGet();
                        return real.matches(rawPassword, encodedPassword);
                    }

                    @Override
                    public boolean upgradeEncoding(String encodedPassword) {
                        return real.upgradeEncoding(encodedPassword);
                    }
                };
            }
        };
    }
}

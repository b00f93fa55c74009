package vn.parcomms.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the application prepares on the test's thread, whatever issues them
 * (Hibernate, Spring Data or JdbcClient): Hibernate's statistics would miss plain JDBC.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    private static final ThreadLocal<AtomicInteger> COUNT = ThreadLocal.withInitial(AtomicInteger::new);
    private static final ThreadLocal<java.util.List<String>> SQL = ThreadLocal.withInitial(java.util.ArrayList::new);

    public static void reset() {
        COUNT.get().set(0);
        SQL.get().clear();
    }

    /** The beginning of each statement counted since the last reset, to say which ones a bound counts. */
    public static java.util.List<String> statements() {
        return java.util.List.copyOf(SQL.get());
    }

    public static int count() {
        return COUNT.get().get();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource ds && !(bean instanceof Counting) ? new Counting(ds) : bean;
            }
        };
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counted(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counted(super.getConnection(username, password));
        }

        private static Connection counted(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounting.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("prepareCall")
                                || name.equals("createStatement")) {
                            COUNT.get().incrementAndGet();
                            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : name;
                            SQL.get().add(sql.strip().replaceAll("\\s+", " ").substring(0,
                                    Math.min(120, sql.strip().replaceAll("\\s+", " ").length())));
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getTargetException();
                        }
                    });
        }
    }
}

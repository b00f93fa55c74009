package vn.parcomms.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * A read replica beside the primary, switched on by {@code parcomms.read-replica.url} (off by
 * default, docs/operations.md). The primary's pool is the one Boot would have made
 * ({@code spring.datasource.*}, {@code spring.datasource.hikari.*}); the replica gets a read-only
 * pool of its own; the application sees one data source that routes {@link ReplicaReads}
 * transactions to the replica and everything else (every write, Flyway, sessions, locks) to the
 * primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(ReadReplicaConfiguration.URL)
class ReadReplicaConfiguration {

    static final String URL = "parcomms.read-replica.url";

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties) {
        HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        primary.setPoolName("primary");
        return primary;
    }

    @Bean
    HikariDataSource replicaDataSource(DataSourceProperties primary, @Value("${" + URL + "}") String url,
            @Value("${parcomms.read-replica.username:}") String username,
            @Value("${parcomms.read-replica.password:}") String password,
            @Value("${parcomms.read-replica.maximum-pool-size:10}") int maximumPoolSize) {
        HikariDataSource replica = new HikariDataSource();
        replica.setPoolName("read-replica");
        replica.setJdbcUrl(url);
        replica.setUsername(username.isEmpty() ? primary.determineUsername() : username);
        replica.setPassword(password.isEmpty() ? primary.determinePassword() : password);
        replica.setReadOnly(true);
        replica.setMaximumPoolSize(maximumPoolSize);
        return replica;
    }

    @Bean
    @Primary
    DataSource dataSource(@Qualifier("primaryDataSource") DataSource primary,
            @Qualifier("replicaDataSource") DataSource replica) {
        return new ReplicaRouting(primary, replica);
    }

    @Bean
    ReplicaRouting.TransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new ReplicaRouting.TransactionManager(entityManagerFactory);
    }

    @Bean
    ReplicaLag replicaLag(@Qualifier("primaryDataSource") DataSource primary,
            @Qualifier("replicaDataSource") DataSource replica,
            @Value("${parcomms.read-replica.lag-shown-after:2s}") Duration lagShownAfter, Clock clock) {
        return new ReplicaLag(primary, replica, lagShownAfter, clock);
    }
}

package vn.parcomms.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the province's time zone, so tests can fix it. The JVM's
 * default zone is left alone (it belongs to whoever runs the JVM, tests and libraries included):
 * whatever turns an instant into a date or time of day takes the zone from this clock, pages
 * through the {@code zone} model attribute ({@code shared.web.TimeZoneModel}).
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    @Bean
    Clock clock(@Value("${parcomms.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}

package vn.parcomms.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, in the province's time zone, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /**
     * The clock of the province. It also becomes the JVM's default zone, because pages format
     * instants (history, last sign-in) with the default zone and officials read Vietnamese time.
     */
    @Bean
    Clock clock(@Value("${parcomms.time-zone:Asia/Ho_Chi_Minh}") String zone) {
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(ZoneId.of(zone)));
        return Clock.system(ZoneId.of(zone));
    }
}

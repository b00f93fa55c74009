package vn.parcomms.shared.web;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The province's time zone for every page, as {@code zone}: templates show an instant as
 * {@code #temporals.format(at.atZone(zone), ...)}, never in the JVM's default zone.
 */
@ControllerAdvice
class TimeZoneModel {

    private final Clock clock;

    TimeZoneModel(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return clock.getZone();
    }
}

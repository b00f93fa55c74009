package vn.parcomms.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import vn.parcomms.shared.database.ReplicaLag;

/**
 * The replica-lag notice is asked for only when a page of a {@link ReplicaPages} controller is
 * rendered: an export's body or a redirect costs no query on the replica.
 */
class ReplicaLagModelTest {

    /** A replica lag that counts how often it is asked instead of asking a database. */
    static final class CountingLag extends ReplicaLag {
        final AtomicInteger asked = new AtomicInteger();

        CountingLag() {
            super(new SimpleDriverDataSource(), new SimpleDriverDataSource(), Duration.ofSeconds(2), Clock.systemUTC());
        }

        @Override
        public Status status() {
            asked.incrementAndGet();
            return new Status(true, java.util.Optional.empty());
        }
    }

    @ReplicaPages
    @Controller
    static class FiguresController {
        @GetMapping("/figures")
        String page() {
            return "figures/page";
        }

        @GetMapping("/figures/export.csv")
        ResponseEntity<byte[]> csv() {
            return ResponseEntity.ok().header("Content-Type", "text/csv").body("a;b\n".getBytes());
        }

        @GetMapping("/figures/again")
        String again() {
            return "redirect:/figures";
        }
    }

    CountingLag lag;
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        lag = new CountingLag();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("replicaLag", lag);
        mvc = MockMvcBuilders.standaloneSetup(new FiguresController())
                .addInterceptors(new ReplicaLagModel(beans.getBeanProvider(ReplicaLag.class))).build();
    }

    @Test
    void aPageGetsTheNotice() throws Exception {
        mvc.perform(get("/figures")).andExpect(status().isOk()).andExpect(model().attributeExists("replicaLag"));
        assertThat(lag.asked).hasValue(1);
    }

    @Test
    void anExportAndARedirectDoNotAskTheReplica() throws Exception {
        mvc.perform(get("/figures/export.csv")).andExpect(status().isOk());
        mvc.perform(get("/figures/again")).andExpect(status().is3xxRedirection());
        assertThat(lag.asked).hasValue(0);
    }
}

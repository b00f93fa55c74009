package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.parcomms.support.Html;
import vn.parcomms.support.IntegrationTest;

/**
 * Between the web server opening and the app being ready (the demo still loading) a sign-in would
 * be refused as a wrong password: the login page says the app is starting instead.
 */
@IntegrationTest
class LoginReadinessWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void whileTheAppIsNotReadyTheLoginPageSaysItIsStartingInsteadOfOfferingTheForm() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        try {
            var page = Html.page(mvc.perform(get("/login")));
            assertThat(page.select(".alert-warning").text()).startsWith("Ứng dụng đang khởi động");
            assertThat(page.select("input[name=password]")).isEmpty();

            var afterARefusedSignIn = Html.page(mvc.perform(get("/login").param("error", "bad")));
            assertThat(afterARefusedSignIn.select(".alert-danger")).as("not told the password was wrong").isEmpty();
            assertThat(afterARefusedSignIn.select(".alert-warning").text()).startsWith("Ứng dụng đang khởi động");
        } finally {
            AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        }
        var ready = Html.page(mvc.perform(get("/login")));
        assertThat(ready.select(".alert-warning")).isEmpty();
        assertThat(ready.select("input[name=password]")).hasSize(1);
    }
}

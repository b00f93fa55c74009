package vn.parcomms.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signs in through the real login form from a given client address. Sign-in throttling counts
 * wrong passwords per address too: a test that sends wrong passwords does so from an address of
 * its own ({@link #newAddress()}), so that it never throttles another test.
 */
public final class SignIn {

    private static final AtomicInteger NEXT = new AtomicInteger();

    private SignIn() {
    }

    /** An address (from the benchmarking range 198.18.0.0/15) that no other test of the run uses. */
    public static String newAddress() {
        int n = NEXT.incrementAndGet();
        return "198." + (18 + n / 65_024 % 2) + "." + (n / 254 % 256) + "." + (n % 254 + 1);
    }

    public static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    public static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}

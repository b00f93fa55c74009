package vn.parcomms.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import vn.parcomms.support.Fixtures;
import vn.parcomms.support.Fixtures.World;
import vn.parcomms.support.RealHttp;
import vn.parcomms.support.RealHttp.LoginForm;
import vn.parcomms.support.TestDatabaseConfiguration;

/**
 * Parallel bursts of sign-ins against the app on a real HTTP port (loopback only), counting every
 * password the app checks. Same context as {@link ProxyHeadersTest} (forwarded headers trusted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
@ActiveProfiles({"test", "demo"})
@Import({TestDatabaseConfiguration.class, Fixtures.class, CountingPasswordEncoder.class})
class LoginBurstTest {

    private static final int CLIENT_THREADS = 40;

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Value("${parcomms.security.max-failed-logins}")
    int maxFailedLogins;

    RealHttp http;
    World world;
    ExecutorService clients;

    @BeforeEach
    void setUp() {
        http = new RealHttp(port);
        world = fixtures.newWorld();
        clients = Executors.newFixedThreadPool(CLIENT_THREADS);
    }

    @AfterEach
    void tearDown() {
        clients.shutdownNow();
    }

    @Test
    void twoHundredParallelWrongPasswordsCheckAtMostTheConfiguredNumberAndNeverAnswer500() throws Exception {
        String username = world.unitUserA().username();
        List<LoginForm> forms = openLoginPages(200);
        int checksBefore = CountingPasswordEncoder.CHECKS.get();

        Map<String, Long> answers = burst(forms, form -> http.signIn(form, username, "wrong-" + form.csrf()));

        assertThat(CountingPasswordEncoder.CHECKS.get() - checksBefore).isBetween(1, maxFailedLogins);
        assertThat(answers).containsOnlyKeys("302 /login?error=bad");
        assertThat(answers.get("302 /login?error=bad")).isEqualTo(200);

        int checksAfterBurst = CountingPasswordEncoder.CHECKS.get();
        assertThat(answer(http.signIn(http.openLoginPage(), username, Fixtures.PASSWORD)))
                .as("the right password during the lock").isEqualTo("302 /login?error=bad");
        assertThat(CountingPasswordEncoder.CHECKS.get()).as("not even checked").isEqualTo(checksAfterBurst);
    }

    @Test
    void twentySimultaneousCorrectSignInsToOneAccountAllGetIn() throws Exception {
        String username = world.office().username();
        List<LoginForm> forms = openLoginPages(20);

        Map<String, Long> answers = burst(forms, form -> http.signIn(form, username, Fixtures.PASSWORD));

        assertThat(answers).isEqualTo(Map.of("302 /", 20L));
    }

    private List<LoginForm> openLoginPages(int count) throws Exception {
        List<LoginForm> forms = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            forms.add(http.openLoginPage());
        }
        return forms;
    }

    private interface Send extends Function<LoginForm, HttpResponse<String>> {
        HttpResponse<String> send(LoginForm form) throws Exception;

        @Override
        default HttpResponse<String> apply(LoginForm form) {
            try {
                return send(form);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Sends one request per form, all at once from the bounded client pool; counts the answers. */
    private Map<String, Long> burst(List<LoginForm> forms, Send send) throws Exception {
        List<Callable<String>> calls = forms.stream()
                .<Callable<String>>map(form -> () -> answer(send.apply(form)))
                .toList();
        List<String> answers = new ArrayList<>();
        for (Future<String> future : clients.invokeAll(calls)) {
            answers.add(future.get());
        }
        return answers.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Status and, for a redirect, the path it leads to. */
    private static String answer(HttpResponse<String> response) {
        String location = response.headers().firstValue("Location")
                .map(l -> l.replaceFirst("^https?://[^/]+", ""))
                .orElse("");
        return (response.statusCode() + " " + location).trim();
    }
}

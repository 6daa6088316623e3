package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.initlab.activation.Activation;
import org.initlab.init.ComponentNames;
import org.initlab.init.InitParams;
import org.initlab.init.Initializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server's plumbing, quickly: the query limit, the headers of every kind of answer, POST and same-site checks,
 * the statuses of a full lab, internal errors without a stack trace, and how start and stop behave. Every request
 * waits at most {@link #WAIT}, every stream is read within a bound, so a server that never answers fails the test.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LabServerTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    /** Keep it draws the probe's plots: slower than any other request. */
    static final Duration KEEP_WAIT = Duration.ofSeconds(30);
    /** 750 steps per epoch for 300 epochs: a run that lasts until it is stopped. */
    static final String ENDLESS = "activation=tanh&depth=1&width=4&minibatch=1&epochs=300&page=";
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(WAIT).build();

    @TempDir
    static Path saveDir;
    static LabServer lab;

    @BeforeAll
    static void start() {
        lab = LabServer.start("127.0.0.1", 0, saveDir, ComponentNames.BUILT_IN, 1);
    }

    @AfterAll
    static void stop() {
        lab.stop();
    }

    static HttpResponse<String> send(LabServer server, String method, String pathAndQuery, String... headers)
            throws Exception {
        Duration wait = pathAndQuery.startsWith("/api/keep") ? KEEP_WAIT : WAIT;
        HttpRequest.Builder r = HttpRequest.newBuilder(uri(server, pathAndQuery)).timeout(wait)
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            r.headers(headers);
        }
        return HTTP.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return send(lab, "GET", pathAndQuery);
    }

    static URI uri(LabServer server, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    static void assertAnswer(HttpResponse<String> r, int status, String body) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).isEqualTo(body);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void aQueryOfAtMostTwoThousandCharactersIsRead() throws Exception {
        String longest = "q=" + "x".repeat(1998);
        assertAnswer(get("/nowhere?" + longest), 404, "{\"error\":\"no such page: /nowhere (the lab is at /)\"}");
        assertAnswer(get("/nowhere?" + longest + "x"), 400,
                "{\"error\":\"the query is 2001 characters long; at most 2000 are accepted\"}");
    }

    @Test
    void thePageAndItsAssetsComeWithTheirTypeAndTheContentSecurityPolicy() throws Exception {
        Map<String, String> types = Map.of("/", "text/html", "/index.html", "text/html", "/lab.js", "text/javascript",
                "/charts.js", "text/javascript", "/lab.css", "text/css");
        for (Map.Entry<String, String> asset : types.entrySet()) {
            HttpResponse<String> r = get(asset.getKey());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue(asset.getValue() + "; charset=utf-8");
            assertThat(r.headers().firstValue("Cache-Control")).hasValue("no-cache");
            assertThat(r.headers().firstValue("Content-Security-Policy"))
                    .hasValue("default-src 'self'; img-src 'self' data:");
            assertThat(r.headers().firstValueAsLong("Content-Length"))
                    .hasValue(r.body().getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(get("/").body()).isEqualTo(get("/index.html").body()).startsWith("<!");
    }

    @Test
    void theOptionsAreJson() throws Exception {
        HttpResponse<String> r = get("/api/options");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        assertThat(r.body()).startsWith("{\"activations\":[\"identity\",").contains(
                "\"limits\":{", "\"maxProbeCells\":5120000", "\"colours\":{");
    }

    @Test
    void stopAndKeepTakePostFromThisSiteOnly() throws Exception {
        assertAnswer(get("/api/keep?page=a"), 405, "{\"error\":\"/api/keep takes POST, got GET\"}");
        assertAnswer(send(lab, "PUT", "/api/stop?page=a"), 405, "{\"error\":\"/api/stop takes POST, got PUT\"}");
        assertAnswer(send(lab, "POST", "/api/stop?page=nobody"), 200, "{\"stopped\":false}");
        String self = "http://127.0.0.1:" + lab.port();
        assertAnswer(send(lab, "POST", "/api/stop?page=nobody", "Origin", self), 200, "{\"stopped\":false}");
        String other = "http://127.0.0.1:" + (lab.port() == 1 ? 2 : 1);
        assertAnswer(send(lab, "POST", "/api/stop?page=nobody", "Origin", other), 400,
                "{\"error\":\"requests from another site (" + other + ") are refused\"}");
        assertAnswer(send(lab, "POST", "/api/stop"), 400, "{\"error\":\"page must be the page's id (1 to 64 letters, "
                + "digits or hyphens), got none\"}");
    }

    @Test
    void keepWithoutATrainingSavesTheProbeAndSaysSo() throws Exception {
        HttpResponse<String> r = send(lab, "POST", "/api/keep?activation=relu&init=he-normal&depth=1&width=2&batch=2"
                + "&page=keeper");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String folder = r.body().replaceFirst("^\\{\"folder\":\"([^\"]*)\".*$", "$1");
        assertThat(Path.of(folder).getParent()).isEqualTo(saveDir);
        assertThat(Path.of(folder).getFileName().toString()).matches("lab-\\d{8}-\\d{6}-relu-he-normal");
        assertThat(r.body()).isEqualTo("{\"folder\":\"" + folder + "\",\"report\":\"" + folder + "/report.html\","
                + "\"training\":false}");
        assertThat(Path.of(folder, "report.html")).isRegularFile();
        // Keep it gave its probe slot back (this lab has one): a probe is answered at once
        assertThat(get("/api/probe?depth=1&width=2&batch=2").statusCode()).isEqualTo(200);
    }

    @Test
    void eachProbeGivesItsSlotBackForTheNext() throws Exception {
        // one core, one probe slot: a probe that kept it would make the next wait 10 s, beyond this test's patience
        for (int depth = 1; depth <= 3; depth++) {
            HttpResponse<String> r = get("/api/probe?depth=" + depth + "&width=2&batch=2");
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(r.body()).contains("\"layer\":" + depth + ",");
        }
    }

    @Test
    void aTrainingHoldsTheOnlySlotUntilItsPageStopsIt() throws Exception {
        try (Stream first = Stream.open(lab, ENDLESS + "p1")) {
            assertThat(first.response.headers().firstValue("Content-Type"))
                    .hasValue("text/event-stream; charset=utf-8");
            assertThat(first.response.headers().firstValue("Cache-Control")).hasValue("no-store");
            first.awaitStart();
            assertAnswer(get("/api/train?" + ENDLESS + "p1"), 409, "{\"error\":\"this page is already training; "
                    + "press Stop first (one training per page)\"}");
            assertAnswer(get("/api/train?" + ENDLESS + "p2"), 503, "{\"error\":\"the lab is busy: 1 training is "
                    + "running, as many as this machine has cores; try again when one ends\"}");
            assertAnswer(send(lab, "POST", "/api/stop?page=p1"), 200, "{\"stopped\":true}");
            assertThat(first.rest())
                    .contains("event: end\ndata: {\"outcome\":\"stopped\",\"message\":\"stopped at step ");
        }
        // the slot frees as the run returns, just after its stream ends: p2 gets it within a few tries
        long deadline = System.currentTimeMillis() + 3000;
        int status = 0;
        while (status != 200 && System.currentTimeMillis() < deadline) {
            try (Stream second = Stream.open(lab, ENDLESS + "p2")) {
                status = second.response.statusCode();
                if (status == 200) {
                    second.awaitStart();
                    assertThat(send(lab, "POST", "/api/stop?page=p2").body()).isEqualTo("{\"stopped\":true}");
                    assertThat(second.rest()).contains("\"outcome\":\"stopped\"");
                }
            }
            Thread.sleep(20);
        }
        assertThat(status).isEqualTo(200);
    }

    @Test
    void theServersThreadsAreDaemonsSoThatTheyNeverKeepTheJvmAlive() throws Exception {
        assertThat(get("/api/options").statusCode()).isEqualTo(200);
        List<Thread> threads = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("initlab-lab")).toList();
        assertThat(threads).isNotEmpty().allMatch(Thread::isDaemon);
    }

    @Test
    void stopEndsEveryTrainingWithItsEndEventAndThenTheServer() throws Exception {
        LabServer own = LabServer.start("127.0.0.1", 0, saveDir, ComponentNames.BUILT_IN, 1);
        try (Stream run = Stream.open(own, ENDLESS + "s")) {
            run.awaitStart();
            own.stop();
            assertThat(run.rest()).contains("event: end\ndata: {\"outcome\":\"stopped\"");
        }
        assertThatThrownBy(() -> send(own, "GET", "/api/options")).isInstanceOf(IOException.class);
    }

    @Test
    void anUnexpectedFailureIs500WithoutAStackTrace() throws Exception {
        LabServer broken = LabServer.start("127.0.0.1", 0, saveDir, new Broken(), 1);
        PrintStream console = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            assertAnswer(send(broken, "GET", "/api/probe?depth=1"), 500, "{\"error\":\"internal error "
                    + "(IllegalStateException); the server's console says more with INITLAB_DEBUG=1\"}");
            // a refusal without words (a student's class may throw one) still answers in JSON
            assertAnswer(send(broken, "GET", "/api/probe?init=silent"), 400, "{\"error\":\"bad request\"}");
        } finally {
            System.setErr(console);
            broken.stop();
        }
        // INITLAB_DEBUG is not set: the console stays quiet
        assertThat(System.getenv("INITLAB_DEBUG")).isNull();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void startSaysInOneLineWhyItCannotListen() {
        assertThatThrownBy(() -> LabServer.start("127.0.0.1", lab.port(), saveDir, ComponentNames.BUILT_IN, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("port " + lab.port() + " on 127.0.0.1 is in "
                        + "use (another 'initlab serve'?); stop it or choose another with --port");
        // the wildcard address is this machine's too: a port taken there is a port in use
        LabServer everywhere = LabServer.start("0.0.0.0", 0, saveDir, ComponentNames.BUILT_IN, 1);
        try {
            assertThatThrownBy(() -> LabServer.start("0.0.0.0", everywhere.port(), saveDir, ComponentNames.BUILT_IN,
                    1)).hasMessage("port " + everywhere.port() + " on 0.0.0.0 is in use (another 'initlab serve'?); "
                            + "stop it or choose another with --port");
        } finally {
            everywhere.stop();
        }
        assertThatThrownBy(() -> LabServer.start("no-such-host.invalid", 0, saveDir, ComponentNames.BUILT_IN, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown host 'no-such-host.invalid'");
        // 192.0.2.0/24 is reserved for documentation: never an address of this machine
        assertThatThrownBy(() -> LabServer.start("192.0.2.7", 0, saveDir, ComponentNames.BUILT_IN, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cannot listen on 192.0.2.7: it is not an "
                        + "address of this machine; use --host 127.0.0.1 (this machine only) or 0.0.0.0 "
                        + "(every network)");
    }

    @Test
    void theProbesJsonIsThePagesAnswerWithoutTheHttp() throws Exception {
        String json = LabServer.probeJson(Map.of("activation", "relu", "init", "zeros", "depth", "2", "width", "3",
                "batch", "4"));
        assertThat(json).startsWith("{\"settings\":{\"activation\":\"relu\",\"init\":\"zeros\",\"initKey\":\"zeros\","
                + "\"initDescription\":\"W = 0 everywhere\",\"depth\":2,\"width\":3,\"batch\":4,\"seed\":1},"
                + "\"layers\":[{\"preact_std\":0,");
        String overHttp = get("/api/probe?activation=relu&init=zeros&depth=2&width=3&batch=4").body();
        assertThat(overHttp.replaceFirst("\"ms\":[^}]*}$", "")).isEqualTo(json.replaceFirst("\"ms\":[^}]*}$", ""));
    }

    /** An event stream being read, within bounds. */
    private static final class Stream implements AutoCloseable {
        final HttpResponse<InputStream> response;
        final BufferedReader lines;

        private Stream(HttpResponse<InputStream> response) {
            this.response = response;
            this.lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        }

        static Stream open(LabServer server, String query) throws Exception {
            return new Stream(HTTP.send(HttpRequest.newBuilder(uri(server, "/api/train?" + query)).timeout(WAIT)
                    .build(), HttpResponse.BodyHandlers.ofInputStream()));
        }

        /** Reads up to the start event: the run has claimed its slot and begun. */
        void awaitStart() {
            assertThat(response.statusCode()).isEqualTo(200);
            assertTimeoutPreemptively(WAIT, () -> {
                for (String line = lines.readLine(); !"event: start".equals(line); line = lines.readLine()) {
                    assertThat(line).as("the stream ended before its start event").isNotNull();
                }
            });
        }

        /** The rest of the stream, which must end within the bound. */
        String rest() {
            return assertTimeoutPreemptively(WAIT, () -> {
                StringBuilder s = new StringBuilder();
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    s.append(line).append('\n');
                }
                return s.toString();
            });
        }

        @Override
        public void close() throws IOException {
            response.body().close();
        }
    }

    /** Names whose initializers fail in ways the server does not expect: "silent" without a message. */
    private static final class Broken implements ComponentNames {
        @Override
        public Activation activation(String spec) {
            return ComponentNames.BUILT_IN.activation(spec);
        }

        @Override
        public Initializer initializer(String spec) {
            throw new IllegalStateException("broken");
        }

        @Override
        public Initializer initializer(String name, InitParams params) {
            if (name.equals("silent")) {
                throw new IllegalArgumentException();
            }
            throw new IllegalStateException("broken");
        }
    }
}

package org.initlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.initlab.cli.CliTestSupport;
import org.initlab.init.ComponentNames;
import org.initlab.init.Initializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint of the lab over real HTTP on an ephemeral loopback port: valid, invalid, oversized, concurrent. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LabHttpTest {
    @TempDir
    static Path saveDir;
    static LabServer server;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() {
        server = LabServer.start("127.0.0.1", 0, saveDir, ComponentNames.BUILT_IN, 2);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static HttpResponse<String> get(String pathAndQuery) throws Exception {
        return get(server, pathAndQuery);
    }

    static HttpResponse<String> get(LabServer lab, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(lab, pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String pathAndQuery) throws Exception {
        return post(server, pathAndQuery);
    }

    static HttpResponse<String> post(LabServer lab, String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(lab, pathAndQuery)).POST(HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static URI uri(String pathAndQuery) {
        return uri(server, pathAndQuery);
    }

    static URI uri(LabServer lab, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + lab.port() + pathAndQuery);
    }

    /** The whole event stream of a training run (it ends by itself). */
    static String events(String query) throws Exception {
        HttpResponse<String> r = get("/api/train?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return r.body();
    }

    @Test
    void servesThePageAndItsAssetsFromTheJarAndNothingElse() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"lab.js\">").doesNotContain("http://", "https://");
        assertThat(get("/lab.js").body()).contains("/api/probe").doesNotContain("https://");
        assertThat(get("/lab.css").statusCode()).isEqualTo(200);
        assertThat(get("/charts.js").body()).contains("function plot(").doesNotContain("https://");
        HttpResponse<String> missing = get("/../pom.xml");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(get("/org/initlab/lab/LabServer.class").statusCode()).isEqualTo(404);
    }

    @Test
    void optionsListEveryBuiltInInitializerWithTheParametersItTakesAndAColour() throws Exception {
        HttpResponse<String> r = get("/api/options");
        assertThat(r.statusCode()).isEqualTo(200);
        for (String name : Initializers.names()) {
            assertThat(r.body()).contains("\"name\":\"" + name + "\"");
        }
        assertThat(r.body()).contains("\"name\":\"he-normal\",\"formula\"")
                .contains("\"takes\":[\"mode\",\"slope\"]")
                .contains("\"xavier-normal\":\"#0072b2\"") // the lessons' colour (VisualStyle)
                .contains("\"datasets\":[\"circles\",\"moons\",\"spirals\",\"xor\",\"blobs\"]");
        assertThat(LabOptions.parametersOf("normal")).containsExactly("mean", "std");
        assertThat(LabOptions.parametersOf("xavier-uniform")).containsExactly("gain");
    }

    @Test
    void probeReportsEveryLayerWithTheTheoryAndHistograms() throws Exception {
        HttpResponse<String> r = get("/api/probe?activation=relu&init=xavier-normal&depth=30&width=64&batch=200");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String body = r.body();
        assertThat(body).contains("\"layer\":30,").doesNotContain("\"layer\":31,");
        assertThat(body).contains("theory_act_std", "theory_grad_act_std", "\"activationHistograms\"",
                "\"gradientHistograms\"", "dead_frac");
        // Xavier on 30 ReLU layers: the signal halves in variance each layer, so the verdict says it vanishes
        assertThat(body).contains("vanish");
        double first = number(body, "\"act_std\":", 0);
        double last = number(body, "\"act_std\":", 29);
        assertThat(last / first).isLessThan(1e-3);
        HttpResponse<String> he = get("/api/probe?activation=relu&init=he-normal&depth=30&width=64&batch=200");
        double heRatio = number(he.body(), "\"act_std\":", 29) / number(he.body(), "\"act_std\":", 0);
        assertThat(heRatio).isBetween(0.1, 10.0);
    }

    @Test
    void initializerParametersChangeTheResultLikeOnTheCommandLine() throws Exception {
        String small = get("/api/probe?activation=tanh&init=normal&std=0.01&depth=5&width=32&batch=100").body();
        String large = get("/api/probe?activation=tanh&init=normal&std=1&depth=5&width=32&batch=100").body();
        assertThat(number(small, "\"act_std\":", 4)).isLessThan(1e-3);
        assertThat(number(large, "\"act_std\":", 4)).isGreaterThan(0.5);
        assertThat(number(large, "\"saturated_frac\":", 4)).isGreaterThan(0.3);
        assertThat(get("/api/probe?init=zeros&depth=3&width=8&batch=20").body()).contains("symmetry not broken");
        assertThat(get("/api/probe?init=constant&depth=3&width=8&batch=20").body()).contains("symmetry not broken");
        assertThat(get("/api/probe?init=identity&depth=3&width=8&batch=20").body())
                .doesNotContain("symmetry not broken");
    }

    @Test
    void badParametersGet400WithTheSameMessageAsTheCommandLineAndNoStackTrace() throws Exception {
        assertError(get("/api/probe?activation=foo"), 400,
                "unknown activation 'foo'; known: identity, sigmoid, tanh, relu, leaky-relu, elu, "
                + "selu, softplus, gelu");
        assertError(get("/api/probe?init=normal&gain=2"), 400, "normal: unknown parameter 'gain'; it takes: mean, std");
        assertError(get("/api/probe?init=he-normal&mode=sideways"), 400, "he-normal: ");
        assertError(get("/api/probe?init=nope"), 400, "unknown initializer 'nope'; known: zeros, ones");
        assertError(get("/api/probe?depth=abc"), 400, "depth must be a whole number, got 'abc'");
        assertError(get("/api/probe?depth=0"), 400, "depth must be at least 1, got 0");
        assertError(get("/api/probe?optimizer=rmsprop"), 400, "unknown optimizer 'rmsprop'; known: sgd, momentum");
        assertError(get("/api/probe?dataset=mnist"), 400, "dataset 'mnist' is not one of the lab's 2-D sets");
        assertError(get("/api/probe?lr=-1"), 400, "lr must be a positive number, got -1");
        assertError(get("/api/probe?depth=1&depth=2"), 400, "parameter 'depth' is given twice");
        assertError(get("/api/probe?file=/etc/passwd"), 400, "unknown parameter 'file'");
        assertError(get("/api/train?depth=3"), 400, "page must be the page's id");
        assertError(get("/api/stop?page=x"), 405, "/api/stop takes POST, got GET");
        assertError(get("/nothing-here"), 404, "no such page");
    }

    @Test
    void classNamesFromThePageAreRefusedUnlessTheServerAllowsThem() throws Exception {
        assertError(get("/api/probe?init=java.lang.Object"), 400,
                "init 'java.lang.Object' looks like a class name; the lab loads your own classes only when started "
                        + "with 'initlab serve --allow-classes'");
        assertError(get("/api/probe?activation=Relu"), 400, "activation 'Relu' looks like a class name");
    }

    @Test
    void oversizedRequestsAreRefusedBeforeAnythingIsAllocated() throws Exception {
        assertError(get("/api/probe?depth=51"), 400, "depth 51 is more than the lab's limit of 50");
        assertError(get("/api/probe?width=100000"), 400, "width 100000 is more than the lab's limit of 512");
        assertError(get("/api/probe?batch=99999999999"), 400, "batch 99999999999 is more than the lab's limit of 1000");
        assertError(get("/api/probe?epochs=100000"), 400, "epochs 100000 is more than the lab's limit of 300");
        assertError(get("/api/probe?depth=50&width=512&batch=1000"), 400,
                "depth × width × batch = 50 × 512 × 1000 is more than the lab's limit of 5,120,000");
        assertError(get("/api/probe?init=" + "x".repeat(3000)), 400, "the query is 3005 characters long; at most 2000");
    }

    @Test
    void trainingStreamsProgressAndEndsWithTheTestAccuracy() throws Exception {
        String stream = events("activation=tanh&init=xavier-normal&depth=2&width=16&dataset=moons&epochs=4&lr=0.3"
                + "&page=t1");
        assertThat(stream).startsWith("event: start\ndata: {\"network\":\"2 → 16 → 16 → 1 (tanh)\"");
        assertThat(count(stream, "event: progress")).isGreaterThanOrEqualTo(2);
        assertThat(stream).contains("\"boundary\":{\"box\":", "\"confidence\":", "\"testAccuracy\":");
        assertThat(stream).contains("event: end\ndata: {\"outcome\":\"finished\"");
        assertThat(number(stream.substring(stream.indexOf("event: end")), "\"testAccuracy\":", 0)).isGreaterThan(0.7);
    }

    @Test
    void aDivergingRunStopsAndSaysAtWhichStepAndLayer() throws Exception {
        String stream = events("activation=relu&init=normal&std=1&depth=10&width=64&lr=1&epochs=5&page=t2");
        String end = stream.substring(stream.indexOf("event: end"));
        assertThat(end).contains("\"outcome\":\"diverged\"", "\"step\":", "\"layer\":")
                .containsPattern("diverged at step \\d+ \\(epoch 1\\): .*layer \\d+");
        assertThat(number(end, "\"layer\":", 0)).isBetween(1.0, 11.0);
    }

    @Test
    void onePagePerRunAtMostCoresRunsAndAClosedStreamStopsItsRun() throws Exception {
        // a server of its own, so that the runs ending after this test cannot make the other tests wait
        LabServer lab = LabServer.start("127.0.0.1", 0, saveDir, ComponentNames.BUILT_IN, 2);
        String slow = "activation=tanh&depth=20&width=256&minibatch=8&epochs=300&page=";
        List<HttpResponse<InputStream>> open = new ArrayList<>();
        try {
            open.add(stream(lab, slow + "p1"));
            assertError(get(lab, "/api/train?" + slow + "p1"), 409, "this page is already training; press Stop first");
            open.add(stream(lab, slow + "p2"));
            assertError(get(lab, "/api/train?" + slow + "p3"), 503, "the lab is busy: 2 trainings are running");
            // Stop ends p2's run: its stream says so and its slot frees
            assertThat(post(lab, "/api/stop?page=p2").body()).isEqualTo("{\"stopped\":true}");
            String stopped = readAll(open.get(1));
            assertThat(stopped.substring(stopped.indexOf("event: end")))
                    .startsWith("event: end\ndata: {\"outcome\":\"stopped\"");
            // p3 takes p2's slot; the lab is full again until closing p1's stream (the tab went away) ends p1's run
            HttpResponse<InputStream> third = stream(lab, slow + "p3");
            open.add(third);
            assertThat(third.statusCode()).isEqualTo(200);
            assertError(get(lab, "/api/train?" + slow + "p4"), 503, "the lab is busy");
            open.get(0).body().close();
            long deadline = System.currentTimeMillis() + 20_000;
            HttpResponse<InputStream> fourth = null;
            while (System.currentTimeMillis() < deadline) {
                fourth = stream(lab, slow + "p4");
                if (fourth.statusCode() == 200) {
                    break;
                }
                fourth.body().close();
                Thread.sleep(100);
            }
            open.add(fourth);
            assertThat(fourth.statusCode()).as("p1's slot freed after its stream closed").isEqualTo(200);
        } finally {
            for (String p : new String[] {"p1", "p2", "p3", "p4"}) {
                post(lab, "/api/stop?page=" + p);
            }
            for (HttpResponse<InputStream> r : open) {
                r.body().close();
            }
            lab.stop();
        }
    }

    @Test
    void concurrentProbesAllGetTheirOwnCorrectAnswer() throws Exception {
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int depth = 1; depth <= 8; depth++) {
            answers.add(HTTP.sendAsync(HttpRequest.newBuilder(uri("/api/probe?depth=" + depth + "&width=32&batch=50"))
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (int depth = 1; depth <= 8; depth++) {
            HttpResponse<String> r = answers.get(depth - 1).get(30, TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"depth\":" + depth + ",").contains("\"layer\":" + depth + ",")
                    .doesNotContain("\"layer\":" + (depth + 1) + ",");
        }
    }

    @Test
    void keepItWritesTheUsualRunFolderIntoTheSaveDirectoryOnly() throws Exception {
        events("depth=2&width=8&epochs=2&page=k1");
        HttpResponse<String> r = post("/api/keep?activation=relu&init=he-normal&depth=4&width=16&batch=50&page=k1");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"training\":true");
        Path folder;
        try (Stream<Path> made = Files.list(saveDir)) {
            folder = made.filter(p -> p.getFileName().toString().startsWith("lab-")).findFirst().orElseThrow();
        }
        assertThat(folder.getFileName().toString()).endsWith("-relu-he-normal");
        for (String f : List.of("report.html", "report.md", "layers.csv", "std_vs_layer.png",
                "activation_histograms.png", "training/report.html", "training/history.csv", "training/loss.png")) {
            assertThat(folder.resolve(f)).exists();
        }
        assertThat(Files.readAllLines(folder.resolve("layers.csv"))).hasSize(5);
        assertThat(Files.readString(folder.resolve("report.md"))).contains("--init he-normal --depth 4 --width 16");
        assertError(post("/api/keep?depth=2&page=bad/../../x"), 400, "page must be the page's id");
        HttpResponse<String> foreign = HTTP.send(HttpRequest.newBuilder(uri("/api/keep?depth=2&page=k1"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertError(foreign, 400, "requests from another site (http://evil.example) are refused");
    }

    @Test
    void serveSaysInOneLineWhenThePortIsTakenOrImpossible() {
        var taken = CliTestSupport.run("serve", "--port", String.valueOf(server.port()));
        assertThat(taken.status()).isEqualTo(1);
        assertThat(taken.err()).isEqualTo("initlab: port " + server.port() + " on 127.0.0.1 is in use (another "
                + "'initlab serve'?); stop it or choose another with --port" + System.lineSeparator());
        var impossible = CliTestSupport.run("serve", "--port", "70000");
        assertThat(impossible.err()).startsWith("initlab: --port must be between 0 and 65535, got 70000");
    }

    @Test
    void serveRefusesASaveFolderItCannotUseBeforeListening(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("runs"), "x");
        var refused = CliTestSupport.run("serve", "--port", "0", "--save-dir", file.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("initlab: output folder " + file + " is a file, not a folder; choose "
                + "another --save-dir" + System.lineSeparator());
        assertThat(refused.out()).doesNotContain("http://");
        var unnamed = CliTestSupport.run("serve", "--port", "0", "--save-dir", "");
        assertThat(unnamed.err()).isEqualTo("initlab: the output folder's name is empty; choose another --save-dir"
                + System.lineSeparator());
    }

    private static HttpResponse<InputStream> stream(LabServer lab, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(lab, "/api/train?" + query)).build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static String readAll(HttpResponse<InputStream> r) throws Exception {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            StringBuilder s = new StringBuilder();
            for (String line; (line = in.readLine()) != null; ) {
                s.append(line).append('\n');
            }
            return s.toString();
        }
    }

    private static void assertError(HttpResponse<String> r, int status, String messageStart) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.body()).startsWith("{\"error\":\"" + messageStart).doesNotContain("Exception", "\tat ");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The number after the n-th (from 0) occurrence of {@code key}. */
    private static double number(String json, String key, int n) {
        int at = -1;
        for (int i = 0; i <= n; i++) {
            at = json.indexOf(key, at + 1);
            assertThat(at).as(key + " #" + n).isGreaterThanOrEqualTo(0);
        }
        int start = at + key.length();
        int end = start;
        while (end < json.length() && "0123456789.eE+-".indexOf(json.charAt(end)) >= 0) {
            end++;
        }
        return Double.parseDouble(json.substring(start, end));
    }
}

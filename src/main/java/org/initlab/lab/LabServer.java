package org.initlab.lab;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.initlab.init.ComponentNames;

/**
 * The lab's web server (the JDK's {@code com.sun.net.httpserver}): the page and its assets from the jar, and the
 * JSON and event-stream endpoints of {@link org.initlab.lab}. Bad parameters get 400 with the message; a full lab
 * gets 409 or 503 with the reason; nothing answers with a stack trace.
 */
public final class LabServer {
    private static final Map<String, String> ASSETS = Map.of("/", "index.html", "/index.html", "index.html",
            "/lab.js", "lab.js", "/charts.js", "charts.js", "/lab.css", "lab.css");
    private static final int MAX_QUERY = 2000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final TrainingSlots slots;
    private final Semaphore probes;
    private final Path saveDir;
    private final ComponentNames names;

    private LabServer(HttpServer server, ExecutorService threads, int cores, Path saveDir, ComponentNames names) {
        this.server = server;
        this.threads = threads;
        this.slots = new TrainingSlots(cores);
        this.probes = new Semaphore(cores);
        this.saveDir = saveDir;
        this.names = names;
    }

    /**
     * Starts serving on {@code host:port} (port 0: any free port) with {@code cores} trainings (and probes) at once;
     * {@code names} reads the page's activation and init ({@link ComponentNames#BUILT_IN}: class names refused).
     *
     * @throws IllegalArgumentException when the port is in use, the host unknown or not this machine, in one line
     */
    public static LabServer start(String host, int port, Path saveDir, ComponentNames names, int cores) {
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new IllegalArgumentException("unknown host '" + host + "'");
        }
        HttpServer http;
        try {
            http = HttpServer.create(address, 50);
        } catch (BindException e) {
            if (!isThisMachine(address.getAddress())) {
                throw new IllegalArgumentException("cannot listen on " + host + ": it is not an address of this "
                        + "machine; use --host 127.0.0.1 (this machine only) or 0.0.0.0 (every network)");
            }
            throw new IllegalArgumentException("port " + port + " on " + host
                    + " is in use (another 'initlab serve'?); stop it or choose another with --port");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + e.getMessage());
        }
        ExecutorService pool = Executors.newFixedThreadPool(cores + 8, r -> {
            Thread t = new Thread(r, "initlab-lab");
            t.setDaemon(true);
            return t;
        });
        LabServer lab = new LabServer(http, pool, cores, saveDir, names);
        http.setExecutor(pool);
        http.createContext("/", lab::handle);
        http.start();
        return lab;
    }

    /**
     * Whether a server here may listen on {@code ip}: the wildcard, or an address of one of this machine's interfaces
     * (loopback included).
     */
    private static boolean isThisMachine(InetAddress ip) {
        try {
            return ip.isAnyLocalAddress() || NetworkInterface.getByInetAddress(ip) != null;
        } catch (SocketException e) {
            return true; // cannot tell: the usual reason, a port in use, is the better guess
        }
    }

    /**
     * The body of {@code GET /api/probe?query} (without the HTTP around it): what the page waits for after every
     * change of a control, and what {@code initlab bench --workloads lab-probe} times.
     */
    public static String probeJson(Map<String, String> query) {
        return Json.of(ProbeView.of(LabSettings.parse(query, ComponentNames.BUILT_IN)));
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops every training, then the server (waiting at most a second for open exchanges). */
    public void stop() {
        slots.stopAll();
        server.stop(1);
        threads.shutdownNow();
        try {
            threads.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange ex) {
        try {
            String path = ex.getRequestURI().getPath();
            String raw = ex.getRequestURI().getRawQuery();
            if (raw != null && raw.length() > MAX_QUERY) {
                throw new IllegalArgumentException("the query is " + raw.length() + " characters long; at most "
                        + MAX_QUERY + " are accepted");
            }
            Map<String, String> query = Query.parse(raw);
            switch (path) {
                case "/api/options" -> sendJson(ex, 200, LabOptions.describe());
                case "/api/probe" -> probe(ex, query);
                case "/api/train" -> train(ex, query);
                case "/api/stop" -> {
                    requirePost(ex);
                    sendJson(ex, 200, Map.of("stopped", slots.stop(Query.page(query))));
                }
                case "/api/keep" -> keep(ex, query);
                default -> asset(ex, path);
            }
        } catch (IllegalArgumentException e) {
            sendError(ex, 400, e.getMessage());
        } catch (UncheckedIOException e) {
            // the server's own save folder: not the page's fault, but its words help
            sendError(ex, 500, e.getMessage());
        } catch (TrainingSlots.Busy e) {
            sendError(ex, e.status, e.getMessage());
        } catch (MethodNotAllowed e) {
            sendError(ex, 405, e.getMessage());
        } catch (IOException gone) {
            // the page went away mid-answer: nothing to tell it
        } catch (RuntimeException | Error e) {
            if (System.getenv("INITLAB_DEBUG") != null) {
                e.printStackTrace();
            }
            sendError(ex, 500, "internal error (" + e.getClass().getSimpleName() + "); the server's console says more "
                    + "with INITLAB_DEBUG=1");
        } finally {
            ex.close();
        }
    }

    private void probe(HttpExchange ex, Map<String, String> query) throws IOException {
        LabSettings s = LabSettings.parse(query, names);
        acquireProbe();
        try {
            sendJson(ex, 200, ProbeView.of(s));
        } finally {
            probes.release();
        }
    }

    private void acquireProbe() {
        try {
            if (!probes.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new TrainingSlots.Busy(503, "the lab is busy computing other pages' probes; try again");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TrainingSlots.Busy(503, "the lab is shutting down");
        }
    }

    private void train(HttpExchange ex, Map<String, String> query) throws IOException {
        String page = Query.page(query);
        LabSettings s = LabSettings.parse(query, names);
        TrainingRun run = new TrainingRun(s);
        slots.claim(page, run);
        TrainingRun.Finished result = null;
        try {
            ex.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            ex.getResponseHeaders().set("Cache-Control", "no-store");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            result = run.run((event, data) -> {
                out.write(("event: " + event + "\ndata: " + Json.of(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            });
        } finally {
            slots.release(page, run, result);
        }
    }

    private void keep(HttpExchange ex, Map<String, String> query) throws IOException {
        requirePost(ex);
        String page = Query.page(query);
        LabSettings s = LabSettings.parse(query, names);
        acquireProbe();
        try {
            Path folder = KeepRun.save(s, slots.lastFinished(page), saveDir);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("folder", folder.toString());
            m.put("report", folder.resolve("report.html").toString());
            m.put("training", slots.lastFinished(page) != null);
            sendJson(ex, 200, m);
        } finally {
            probes.release();
        }
    }

    private static final class MethodNotAllowed extends RuntimeException {
        MethodNotAllowed(String message) {
            super(message, null, false, false);
        }
    }

    /** POST only, and only from this server's own page when the browser says where the request comes from. */
    private static void requirePost(HttpExchange ex) {
        if (!"POST".equals(ex.getRequestMethod())) {
            throw new MethodNotAllowed(ex.getRequestURI().getPath() + " takes POST, got " + ex.getRequestMethod());
        }
        String origin = ex.getRequestHeaders().getFirst("Origin");
        String host = ex.getRequestHeaders().getFirst("Host");
        if (origin != null && host != null && !origin.equals("http://" + host)) {
            throw new IllegalArgumentException("requests from another site (" + origin + ") are refused");
        }
    }

    private static void asset(HttpExchange ex, String path) throws IOException {
        String name = ASSETS.get(path);
        if (name == null) {
            sendError(ex, 404, "no such page: " + path + " (the lab is at /)");
            return;
        }
        byte[] body;
        try (InputStream in = LabServer.class.getResourceAsStream("web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the lab's " + name);
            }
            body = in.readAllBytes();
        }
        String type = name.endsWith(".js") ? "text/javascript" : name.endsWith(".css") ? "text/css" : "text/html";
        ex.getResponseHeaders().set("Content-Type", type + "; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:");
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
    }

    private static void sendJson(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = Json.of(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private static void sendError(HttpExchange ex, int status, String message) {
        try {
            sendJson(ex, status, Map.of("error", message == null ? "bad request" : message));
        } catch (IOException | RuntimeException alreadyAnswered) {
            // headers were already sent (an event stream): the stream simply ends
        }
    }
}

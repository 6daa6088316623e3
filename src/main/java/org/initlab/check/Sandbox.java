package org.initlab.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;

/**
 * Grades a student's class in a child JVM (the same java binary, initlab's class path plus the student's), so that
 * nothing the student's code does can fake or stop the verdict: a verdict counts only when the child reports that
 * criterion as finished, on a result file, tagged with a nonce the child read before any student code ran.
 * {@code System.exit}, {@code Runtime.halt}, a crash or an endless loop (past the time limit of a criterion) fails the
 * criterion that was running, with a plain reason, and leaves the later ones "not run" with the same reason.
 */
public final class Sandbox {
    /** Time for the child JVM to start and load the student's class, on top of one criterion's limit. */
    static final double STARTUP_SECONDS = 15;
    /** The child's heap: enough for every check, small enough that a runaway allocation fails fast. */
    static final String HEAP = "-Xmx384m";
    private static final int KEEP_OUTPUT = 4000;

    private Sandbox() {
    }

    /**
     * Runs {@code plan} on class {@code className} in a child JVM whose class path is this JVM's plus
     * {@code studentClassPath}; each criterion may take {@code secondsPerCriterion}.
     */
    public static CheckReport run(CheckPlan plan, String className, List<Path> studentClassPath,
            double secondsPerCriterion) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("initlab-check");
            Path results = dir.resolve("results.txt");
            Files.createFile(results);
            String nonce = new BigInteger(130, new SecureRandom()).toString(36);
            Process child = start(plan, className, studentClassPath);
            try (OutputStream stdin = child.getOutputStream()) {
                stdin.write((nonce + "\n" + results + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // the child died at once; its exit status tells the story below
            }
            Drain output = new Drain(child.getInputStream());
            output.start();
            List<Criterion> criteria = watch(plan, child, results, nonce, secondsPerCriterion);
            output.join(2000);
            return new CheckReport(className, plan, criteria, output.text(), secondsPerCriterion);
        } catch (IOException e) {
            throw new UncheckedIOException("grader: could not start a child JVM: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("grader: interrupted", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static Process start(CheckPlan plan, String className, List<Path> studentClassPath) throws IOException {
        String sep = System.getProperty("path.separator");
        String classPath = System.getProperty("java.class.path") + studentClassPath.stream()
                .map(p -> sep + p.toAbsolutePath()).collect(Collectors.joining());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, HEAP, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "--enable-native-access=ALL-UNNAMED", "-Djava.awt.headless=true", "-cp", classPath,
                GraderWorker.class.getName(), plan.spec(), className);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static List<Criterion> watch(CheckPlan plan, Process child, Path results, String nonce, double seconds)
            throws IOException, InterruptedException {
        Map<Integer, Criterion> done = new HashMap<>();
        long deadline = System.nanoTime() + (long) ((STARTUP_SECONDS + seconds) * 1e9);
        int running = -1;
        boolean loaded = false;
        String broken = null;
        String exit = null;
        boolean finished = false;
        String stopped = null;
        String why = "";
        Mac mac = GraderWorker.hmac(nonce);
        while (stopped == null) {
            boolean alive = child.isAlive();
            int seq = 0;
            for (String line : Files.readAllLines(results, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                String body = tab < 0 ? "" : line.substring(tab + 1);
                String[] f = body.split("\t", -1);
                if (tab < 0 || !line.substring(0, tab).equals(GraderWorker.sign(mac, body)) || f.length < 2
                        || !f[0].equals(String.valueOf(seq))) {
                    break; // not written by the grader (forged, reordered or torn): nothing after it counts
                }
                seq++;
                switch (f[1]) {
                    case "LOADED" -> loaded = true;
                    case "BROKEN" -> broken = GraderWorker.unescape(f[2]);
                    case "EXIT" -> exit = GraderWorker.unescape(f[2]);
                    case "DONE" -> finished = true;
                    case "BEGIN" -> {
                        int i = Integer.parseInt(f[2]);
                        if (i > running) {
                            running = i;
                            deadline = System.nanoTime() + (long) (seconds * 1e9);
                        }
                    }
                    case "END" -> {
                        int i = Integer.parseInt(f[2]);
                        done.putIfAbsent(i, new Criterion(plan.criteria().get(i), Criterion.Status.valueOf(f[3]),
                                GraderWorker.unescape(f[4]), GraderWorker.unescape(f[5])));
                    }
                    default -> { }
                }
            }
            if (finished || broken != null) {
                stopped = "";
            } else if (!alive) {
                int status = child.exitValue();
                why = exit != null && !exit.isEmpty() ? "your code called System.exit" : "the JVM stopped";
                stopped = exit != null && !exit.isEmpty() ? "your code ended the JVM: " + exit + " (exit status "
                        + status + "); a grader only counts checks that finish"
                        : "the JVM stopped with exit status " + status + " before the check finished (Runtime.halt, "
                        + "System.exit from a shutdown hook, or a crash)";
            } else if (System.nanoTime() > deadline) {
                child.destroyForcibly().waitFor();
                why = "the time limit ran out";
                stopped = running < 0 ? String.format(Locale.ROOT,
                        "loading and creating the class took more than %.0f s "
                        + "(an endless loop in a constructor or static initializer?)", STARTUP_SECONDS + seconds)
                        : String.format(Locale.ROOT, "did not finish within %s s (an endless loop, or a loop whose "
                        + "counter never reaches its bound?)", trim(seconds));
            } else {
                Thread.sleep(10);
            }
        }
        if (child.isAlive()) {
            child.destroyForcibly().waitFor();
        }
        List<Criterion> out = new ArrayList<>();
        for (int i = 0; i < plan.criteria().size(); i++) {
            String name = plan.criteria().get(i);
            if (done.containsKey(i)) {
                out.add(done.get(i));
            } else if (broken != null) {
                out.add(new Criterion(name, Criterion.Status.NOT_RUN, broken, ""));
            } else if (!loaded) {
                out.add(new Criterion(name, Criterion.Status.NOT_RUN, "while the class was being created, "
                        + stopped, ""));
            } else if (i == running) {
                out.add(new Criterion(name, Criterion.Status.FAILED, stopped, ""));
            } else {
                out.add(new Criterion(name, Criterion.Status.NOT_RUN, "the check stopped at '"
                        + plan.criteria().get(Math.max(running, 0)) + "' (" + why + ")", ""));
            }
        }
        return out;
    }

    private static String trim(double seconds) {
        return seconds == Math.rint(seconds) ? String.valueOf((long) seconds) : String.valueOf(seconds);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Reads what the child prints, keeping the first {@value #KEEP_OUTPUT} characters, so the pipe never fills up. */
    private static final class Drain extends Thread {
        private final InputStream in;
        private final StringBuilder kept = new StringBuilder();
        private long dropped;

        Drain(InputStream in) {
            this.in = in;
            setDaemon(true);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (this) {
                        int room = Math.max(0, KEEP_OUTPUT - kept.length());
                        String s = new String(buffer, 0, n, StandardCharsets.UTF_8);
                        kept.append(s, 0, Math.min(room, s.length()));
                        dropped += Math.max(0, s.length() - room);
                    }
                }
            } catch (IOException e) {
                // the child was stopped: keep what arrived
            }
        }

        synchronized String text() {
            return dropped == 0 ? kept.toString() : kept + "\n… (" + dropped + " more characters)";
        }
    }
}

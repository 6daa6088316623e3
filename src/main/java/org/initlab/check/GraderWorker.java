package org.initlab.check;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The child JVM's side of {@link Sandbox}: loads the student's class, runs the plan's criteria one by one and reports
 * each on its own line of the result file. Each line carries a sequence number and an HMAC-SHA256 keyed with a nonce
 * that the parent sends on standard input before any student code runs: the nonce itself never appears in the file, so
 * student code that finds and reads the file still cannot forge, reorder or replay a verdict. Line kinds: LOADED,
 * BROKEN reason, BEGIN i, END i status detail hint, EXIT where (from a shutdown hook: the student called
 * System.exit), DONE.
 * Run as {@code java -cp ... org.initlab.check.GraderWorker PLAN_SPEC CLASS_NAME}; not meant for people.
 */
public final class GraderWorker {
    private GraderWorker() {
    }

    /** Reads the nonce and result path from standard input, then grades (see the class comment). */
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String nonce = in.readLine();
        String path = in.readLine();
        System.setIn(new ByteArrayInputStream(new byte[0]));
        Channel out = new Channel(new FileOutputStream(path, true), nonce);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> out.write("EXIT", StudentFrames.exitCaller(args[1]))));
        CheckPlan plan = CheckPlan.parse(args[0]);
        Object student;
        try {
            student = create(args[1], plan);
        } catch (IllegalArgumentException e) {
            out.write("BROKEN", e.getMessage());
            Runtime.getRuntime().halt(0);
            return;
        }
        out.write("LOADED");
        List<Step<Object>> steps = plan.steps();
        for (int i = 0; i < steps.size(); i++) {
            out.write("BEGIN", String.valueOf(i));
            Criterion c = steps.get(i).run(student);
            out.write("END", String.valueOf(i), c.status().name(), c.detail(), c.hint());
        }
        out.write("DONE");
        Runtime.getRuntime().halt(0); // the student's threads and shutdown hooks do not get to run on
    }

    private static Object create(String className, CheckPlan plan) {
        Class<?> cls;
        try {
            cls = Class.forName(className, true, GraderWorker.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            throw new IllegalArgumentException(plan.what() + " class '" + className
                    + "' was not found on the class path");
        } catch (ExceptionInInitializerError e) {
            throw new IllegalArgumentException("loading class '" + className + "' threw "
                    + StudentFrames.describe(e.getCause() == null ? e : e.getCause(), className));
        } catch (LinkageError e) {
            throw new IllegalArgumentException("class '" + className + "' could not be loaded: " + e);
        }
        if (!plan.type().isAssignableFrom(cls)) {
            throw new IllegalArgumentException("class '" + className + "' does not implement " + plan.type().getName());
        }
        try {
            return cls.getConstructor().newInstance();
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalArgumentException("class '" + className + "' needs a public no-argument constructor "
                    + "(and must be public itself)");
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException("the constructor of '" + className + "' threw "
                    + StudentFrames.describe(e.getCause(), className));
        } catch (ReflectiveOperationException | RuntimeException | Error e) {
            throw new IllegalArgumentException("class '" + className + "' could not be created: "
                    + StudentFrames.describe(e, className));
        }
    }

    /**
     * The result file: each line "mac TAB seq TAB kind TAB fields…", mac = HMAC-SHA256(nonce, "seq TAB kind TAB
     * fields…").
     */
    private static final class Channel {
        private final OutputStream out;
        private final Mac mac;
        private int seq;

        Channel(OutputStream out, String nonce) {
            this.out = out;
            this.mac = hmac(nonce);
        }

        synchronized void write(String kind, String... fields) {
            StringBuilder body = new StringBuilder().append(seq++).append('\t').append(kind);
            for (String f : fields) {
                body.append('\t').append(escape(f));
            }
            try {
                out.write((sign(mac, body.toString()) + "\t" + body + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                Runtime.getRuntime().halt(3);
            }
        }
    }

    /** An HMAC-SHA256 keyed with the nonce. */
    static Mac hmac(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nonce.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The hex HMAC of {@code body}. */
    static String sign(Mac mac, String body) {
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}

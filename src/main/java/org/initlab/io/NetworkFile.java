package org.initlab.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Activation;
import org.initlab.activation.Activations;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;

/**
 * Saves and loads a network's architecture and parameters as a plain text file that any tool can read.
 *
 * <pre>
 * initlab-network 1                 format name and version
 * activation tanh                   the hidden activation's name (or class name)
 * status diverged                   only when some parameter is NaN or infinite (the run diverged)
 * layers 3                          number of dense layers, the output layer last
 * layer 1 2 32                      layer number, fanIn, fanOut
 * w 0.123 -0.045 ...                fanIn·fanOut weights, row-major (W[i][j] at i·fanOut + j), one line
 * b 0.0 0.0 ...                     fanOut biases, one line
 * layer 2 32 32
 * ...
 * end                               nothing may follow but blank lines
 * </pre>
 * Numbers are written with Java's shortest exact decimal form, so a save → load round trip is exact; they may be
 * separated by any spaces or tabs. Values must be finite unless the file says {@code status diverged}. Every error
 * names the file and the line.
 */
public final class NetworkFile {
    private static final String MAGIC = "initlab-network 1";

    private NetworkFile() {
    }

    /** Writes the network to {@code file} atomically (a reader never sees half a network). */
    public static void save(Mlp network, Path file) {
        boolean diverged = network.layers().stream().anyMatch(l -> !allFinite(l.weights().value().data)
                || !allFinite(l.bias().value().data));
        OutputFolder.writeText(file, w -> {
            w.write(MAGIC + "\n");
            w.write("activation " + network.hiddenActivation().name() + "\n");
            if (diverged) {
                w.write("status diverged\n");
            }
            w.write("layers " + network.layers().size() + "\n");
            int l = 1;
            for (Dense layer : network.layers()) {
                w.write("layer " + l++ + " " + layer.fanIn() + " " + layer.fanOut() + "\n");
                writeNumbers(w, "w", layer.weights().value().data, layer.fanIn() * layer.fanOut());
                writeNumbers(w, "b", layer.bias().value().data, layer.fanOut());
            }
            w.write("end\n");
        });
    }

    /** Reads a network (architecture and parameters) from {@code file}. */
    public static Mlp load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Lines in = new Lines(file, reader);
            String first = in.next();
            if (first == null || !first.trim().equals(MAGIC)) {
                throw in.error(first == null ? "empty file; an initlab network file starts with '" + MAGIC + "'"
                        : "should be '" + MAGIC + "', found '" + abbreviate(first)
                        + "' (is this an initlab network file?)");
            }
            String activationName = in.field("activation");
            Activation activation;
            try {
                activation = Activations.byName(activationName);
            } catch (IllegalArgumentException e) {
                throw in.error(e.getMessage());
            }
            String next = in.next();
            boolean diverged = next != null && next.trim().equals("status diverged");
            int count = in.positive(in.fieldOf(diverged ? in.next() : next, "layers"), "layers");
            List<int[]> shapes = new ArrayList<>();
            List<double[][]> params = new ArrayList<>();
            for (int l = 1; l <= count; l++) {
                String[] parts = in.words(in.nextOrTruncated("in layer " + l + " of " + count));
                if (parts.length != 4 || !parts[0].equals("layer") || !parts[1].equals(String.valueOf(l))) {
                    throw in.error("expected 'layer " + l + " fanIn fanOut', found '"
                            + abbreviate(String.join(" ", parts)) + "'");
                }
                int fanIn = in.positive(parts[2], "fanIn of layer " + l);
                int fanOut = in.positive(parts[3], "fanOut of layer " + l);
                if (l > 1 && fanIn != shapes.get(l - 2)[1]) {
                    throw in.error("layer " + l + " takes " + fanIn + " inputs but layer " + (l - 1) + " has "
                            + shapes.get(l - 2)[1] + " units");
                }
                int weights;
                try {
                    weights = MemoryBudget.arrayLength(fanIn, fanOut,
                            "layer " + l + "'s weight matrix (fanIn × fanOut)");
                } catch (IllegalArgumentException e) {
                    throw in.error(e.getMessage());
                }
                shapes.add(new int[] {fanIn, fanOut});
                double[] w = in.numbers("w", weights, l, count, diverged);
                double[] b = in.numbers("b", fanOut, l, count, diverged);
                params.add(new double[][] {w, b});
            }
            String end = in.nextOrTruncated("before 'end'");
            if (!end.trim().equals("end")) {
                throw in.error("should be 'end' after layer " + count + ", found '" + abbreviate(end) + "'");
            }
            for (String rest = in.next(); rest != null; rest = in.next()) {
                if (!rest.isBlank()) {
                    throw in.error("nothing may follow 'end', found '" + abbreviate(rest)
                            + "' (two networks in one file, or a file written twice at once?)");
                }
            }
            return build(shapes, params, activation);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + OutputFolder.describe(e));
        }
    }

    private static Mlp build(List<int[]> shapes, List<double[][]> params, Activation activation) {
        int count = shapes.size();
        List<Integer> hidden = new ArrayList<>();
        for (int l = 0; l < count - 1; l++) {
            hidden.add(shapes.get(l)[1]);
        }
        Mlp net = new Mlp(shapes.get(0)[0], hidden, shapes.get(count - 1)[1], activation);
        for (int l = 0; l < count; l++) {
            System.arraycopy(params.get(l)[0], 0, net.layers().get(l).weights().value().data, 0,
                    params.get(l)[0].length);
            System.arraycopy(params.get(l)[1], 0, net.layers().get(l).bias().value().data, 0, params.get(l)[1].length);
        }
        return net;
    }

    /** Loads {@code file} into an existing network of the same architecture (its parameters are overwritten). */
    public static void loadInto(Mlp network, Path file) {
        Mlp saved = load(file);
        if (!saved.toString().equals(network.toString())) {
            throw new IllegalArgumentException(file + " holds a network " + saved + " but this network is " + network);
        }
        for (int l = 0; l < network.layers().size(); l++) {
            double[] w = saved.layers().get(l).weights().value().data;
            double[] b = saved.layers().get(l).bias().value().data;
            System.arraycopy(w, 0, network.layers().get(l).weights().value().data, 0, w.length);
            System.arraycopy(b, 0, network.layers().get(l).bias().value().data, 0, b.length);
        }
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static void writeNumbers(Writer w, String tag, double[] values, int n) throws IOException {
        StringBuilder line = new StringBuilder(tag);
        for (int i = 0; i < n; i++) {
            line.append(' ').append(values[i]);
        }
        w.write(line.append('\n').toString());
    }

    static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}

package org.initlab.io;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.initlab.activation.Activations;
import org.initlab.nn.Dense;
import org.initlab.nn.Mlp;

/**
 * Saves and loads a network's architecture and parameters as a plain text file that any tool can read.
 *
 * <pre>
 * initlab-network 1                 format name and version
 * activation tanh                   the hidden activation's name (or class name)
 * layers 3                          number of dense layers, the output layer last
 * layer 1 2 32                      layer number, fanIn, fanOut
 * w 0.123 -0.045 ...                fanIn·fanOut weights, row-major (W[i][j] at i·fanOut + j), one line
 * b 0.0 0.0 ...                     fanOut biases, one line
 * layer 2 32 32
 * ...
 * end
 * </pre>
 * Numbers are written with Java's shortest exact decimal form, so a save → load round trip is exact.
 */
public final class NetworkFile {
    private static final String MAGIC = "initlab-network 1";

    private NetworkFile() {
    }

    /** Writes the network to {@code file}. */
    public static void save(Mlp network, Path file) {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            OutputFolder.prepare(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write(MAGIC + "\n");
            w.write("activation " + network.hiddenActivation().name() + "\n");
            w.write("layers " + network.layers().size() + "\n");
            int l = 1;
            for (Dense layer : network.layers()) {
                w.write("layer " + l++ + " " + layer.fanIn() + " " + layer.fanOut() + "\n");
                writeNumbers(w, "w", layer.weights().value().data, layer.fanIn() * layer.fanOut());
                writeNumbers(w, "b", layer.bias().value().data, layer.fanOut());
            }
            w.write("end\n");
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + file + ": " + OutputFolder.describe(e));
        }
    }

    /** Reads a network (architecture and parameters) from {@code file}. */
    public static Mlp load(Path file) {
        try (BufferedReader r = open(file)) {
            expect(file, r.readLine(), MAGIC, "the first line");
            String activation = field(file, r.readLine(), "activation");
            int count = parseInt(file, field(file, r.readLine(), "layers"), "layers");
            List<int[]> shapes = new ArrayList<>();
            List<double[][]> params = new ArrayList<>();
            for (int l = 1; l <= count; l++) {
                String header = r.readLine();
                String[] parts = header == null ? new String[0] : header.trim().split(" ");
                if (parts.length != 4 || !parts[0].equals("layer")) {
                    throw truncatedOrBad(file, header, "'layer " + l + " fanIn fanOut'", l, count);
                }
                int fanIn = parseInt(file, parts[2], "fanIn of layer " + l);
                int fanOut = parseInt(file, parts[3], "fanOut of layer " + l);
                if (l > 1 && fanIn != shapes.get(l - 2)[1]) {
                    throw new IllegalArgumentException(file + ": layer " + l + " takes " + fanIn + " inputs but layer "
                            + (l - 1) + " has " + shapes.get(l - 2)[1] + " units");
                }
                shapes.add(new int[] {fanIn, fanOut});
                double[] w = readNumbers(file, r.readLine(), "w", fanIn * fanOut, l, count);
                double[] b = readNumbers(file, r.readLine(), "b", fanOut, l, count);
                params.add(new double[][] {w, b});
            }
            expect(file, r.readLine(), "end", "the last line");
            List<Integer> hidden = new ArrayList<>();
            for (int l = 0; l < count - 1; l++) {
                hidden.add(shapes.get(l)[1]);
            }
            Mlp net = new Mlp(shapes.get(0)[0], hidden, shapes.get(count - 1)[1], Activations.byName(activation));
            for (int l = 0; l < count; l++) {
                System.arraycopy(params.get(l)[0], 0, net.layers().get(l).weights().value().data, 0, params.get(l)[0].length);
                System.arraycopy(params.get(l)[1], 0, net.layers().get(l).bias().value().data, 0, params.get(l)[1].length);
            }
            return net;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + OutputFolder.describe(e));
        }
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

    private static BufferedReader open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        return Files.newBufferedReader(file);
    }

    private static void writeNumbers(BufferedWriter w, String tag, double[] values, int n) throws IOException {
        StringBuilder line = new StringBuilder(tag);
        for (int i = 0; i < n; i++) {
            line.append(' ').append(values[i]);
        }
        w.write(line.append('\n').toString());
    }

    private static double[] readNumbers(Path file, String line, String tag, int n, int layer, int count) {
        if (line == null) {
            throw truncatedOrBad(file, null, "the '" + tag + "' line", layer, count);
        }
        String[] parts = line.trim().split(" ");
        if (!parts[0].equals(tag) || parts.length != n + 1) {
            throw new IllegalArgumentException(file + ": layer " + layer + " needs a line '" + tag + "' with " + n
                    + " numbers, found " + (parts[0].equals(tag) ? parts.length - 1 + " numbers" : "'" + abbreviate(line) + "'"));
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            try {
                values[i] = Double.parseDouble(parts[i + 1]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": layer " + layer + ", " + tag + " value " + (i + 1) + ": '"
                        + parts[i + 1] + "' is not a number");
            }
        }
        return values;
    }

    private static IllegalArgumentException truncatedOrBad(Path file, String line, String wanted, int layer, int count) {
        if (line == null) {
            return new IllegalArgumentException(file + ": truncated — the file ends in layer " + layer + " of " + count);
        }
        return new IllegalArgumentException(file + ": expected " + wanted + ", found '" + abbreviate(line) + "'");
    }

    private static void expect(Path file, String line, String wanted, String where) {
        if (line == null) {
            throw new IllegalArgumentException(file + ": truncated — " + where + " should be '" + wanted + "'");
        }
        if (!line.trim().equals(wanted)) {
            throw new IllegalArgumentException(file + ": " + where + " should be '" + wanted + "', found '"
                    + abbreviate(line) + "' (is this an initlab network file?)");
        }
    }

    private static String field(Path file, String line, String name) {
        if (line == null) {
            throw new IllegalArgumentException(file + ": truncated — expected a '" + name + "' line");
        }
        String[] parts = line.trim().split(" ", 2);
        if (parts.length != 2 || !parts[0].equals(name)) {
            throw new IllegalArgumentException(file + ": expected '" + name + " ...', found '" + abbreviate(line) + "'");
        }
        return parts[1];
    }

    private static int parseInt(Path file, String text, String what) {
        try {
            int v = Integer.parseInt(text.trim());
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": " + what + " must be a positive whole number, found '" + text + "'");
        }
    }

    private static String abbreviate(String line) {
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}

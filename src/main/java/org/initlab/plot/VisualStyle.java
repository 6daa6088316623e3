package org.initlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.initlab.init.Initializer;

/**
 * The course's one visual language: every initializer has one colour in every chart of every lesson (keyed by its
 * canonical name, e.g. {@code xavier-normal} or {@code normal:std=0.01}), every activation one line style, reference
 * lines are grey, and fonts are sized for a 900-pixel chart shown at about 900 pixels.
 *
 * <p>Colours start from Okabe–Ito (distinct for the common colour blindnesses): the two Xavier variants are blues, the
 * two He variants orange/vermillion, LeCun green, the "bad" inits of the course neutral (zeros grey, small brown,
 * large black).
 */
public final class VisualStyle {
    /** Chart size in pixels; report pages show charts at most this wide. */
    public static final int WIDTH = 900;
    /** Chart height in pixels. */
    public static final int HEIGHT = 540;
    /** At most this many labelled ticks on an axis. */
    public static final int MAX_TICK_LABELS = 10;
    /** Values this many decades apart or more get a logarithmic axis (when all are positive). */
    public static final double LOG_SPAN_DECADES = 2;

    /** Grey for reference lines (chance level, ln 2, the 1e-3 guide). */
    public static final Color REFERENCE = new Color(110, 110, 110);

    private static final Map<String, Color> INIT_COLOURS = new LinkedHashMap<>();
    private static final List<Color> SPARE = List.of(new Color(23, 190, 207), new Color(188, 189, 34),
            new Color(166, 118, 29), new Color(102, 102, 153), new Color(231, 41, 138), new Color(27, 158, 119));

    static {
        INIT_COLOURS.put("xavier-normal", new Color(0, 114, 178));
        INIT_COLOURS.put("xavier-uniform", new Color(86, 180, 233));
        INIT_COLOURS.put("he-normal", new Color(213, 94, 0));
        INIT_COLOURS.put("he-uniform", new Color(230, 159, 0));
        INIT_COLOURS.put("he-normal:mode=fan-out", new Color(240, 160, 120));
        INIT_COLOURS.put("lecun-normal", new Color(0, 158, 115));
        INIT_COLOURS.put("lecun-uniform", new Color(120, 190, 150));
        INIT_COLOURS.put("orthogonal", new Color(204, 121, 167));
        INIT_COLOURS.put("lsuv", new Color(117, 59, 146));
        INIT_COLOURS.put("normal:std=0.01", new Color(140, 86, 75));
        INIT_COLOURS.put("normal:std=1", new Color(0, 0, 0));
        INIT_COLOURS.put("zeros", new Color(150, 150, 150));
        INIT_COLOURS.put("constant", new Color(90, 90, 90));
        INIT_COLOURS.put("legacy-default", new Color(184, 134, 11));
        INIT_COLOURS.put("truncated-normal", new Color(23, 190, 207));
        INIT_COLOURS.put("identity", new Color(188, 189, 34));
        INIT_COLOURS.put("sparse", new Color(166, 118, 29));
        INIT_COLOURS.put("uniform", new Color(102, 102, 153));
        INIT_COLOURS.put("variance-scaling", new Color(27, 158, 119));
    }

    private VisualStyle() {
    }

    /**
     * The canonical name of an initializer as a colour key: its registered name, with the standard deviation for the
     * {@code normal} family ({@code normal:std=0.01}) and the mode for fan-out He, because those are different
     * lessons' "small", "large" and "fan-out" inits.
     */
    public static String initKey(Initializer init) {
        String name = init.name();
        if (name.equals("normal") || name.equals("truncated-normal")) {
            return name + ":std=" + number(init.expectedStd(100, 100) / (name.equals("normal") ? 1 : 0.8796));
        }
        if (name.startsWith("he-") && init.describe().contains("fan-out")) {
            return name + ":mode=fan-out";
        }
        return name;
    }

    /**
     * The colour key found in a run's label ("tanh, xavier-normal", "relu, normal:std=1"): the longest known
     * initializer name it contains, or null.
     */
    public static String initKeyIn(String label) {
        String best = null;
        for (String key : INIT_COLOURS.keySet()) {
            if (label.contains(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        if (best != null && best.startsWith("he-") && label.contains("fan-out")) {
            return best + ":mode=fan-out";
        }
        return best;
    }

    /** The colour of an initializer's key: fixed for the course's inits, a stable spare colour for others. */
    public static Color colourOf(String initKey) {
        if (initKey == null) {
            return REFERENCE;
        }
        Color c = INIT_COLOURS.get(initKey);
        if (c != null) {
            return c;
        }
        for (String family : INIT_COLOURS.keySet()) {
            if (initKey.startsWith(family + ":") && !family.equals("normal")) {
                return INIT_COLOURS.get(family);
            }
        }
        return SPARE.get(Math.floorMod(initKey.hashCode(), SPARE.size()));
    }

    /**
     * The dash pattern of an activation: tanh solid, sigmoid dashed, ReLU dotted, leaky ReLU dash-dot, others long
     * dashes.
     */
    public static float[] dashOf(String activation) {
        if (activation == null) {
            return null;
        }
        return switch (activation) {
            case "tanh" -> null;
            case "sigmoid" -> new float[] {10f, 5f};
            case "relu" -> new float[] {2f, 4f};
            case "leaky-relu" -> new float[] {10f, 4f, 2f, 4f};
            case "elu", "selu", "gelu" -> new float[] {16f, 6f};
            default -> new float[] {6f, 3f, 6f, 8f};
        };
    }

    /** The activation named in a label ("tanh, xavier-normal" → tanh), or null. */
    public static String activationIn(String label) {
        for (String a : List.of("leaky-relu", "sigmoid", "tanh", "relu", "elu", "selu", "gelu", "linear", "identity")) {
            if (label.startsWith(a + ",") || label.equals(a) || label.startsWith(a + " ")) {
                return a;
            }
        }
        return null;
    }

    /** A line of the given width and dash (null: solid). */
    public static BasicStroke stroke(float width, float[] dash) {
        return dash == null ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f);
    }

    /** The colour at this opacity (0..1): faint raw curves under their smoothed line. */
    public static Color faint(Color c, double opacity) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * opacity));
    }

    /** A sans-serif font: titles bold. */
    public static Font font(int size, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size);
    }

    /**
     * The font of {@link #font(int, boolean)} at the largest size from {@code size} down to 9 points whose rendering
     * of {@code text} is at most {@code maxWidth} pixels wide (9 points if none is): a long panel title shrinks
     * instead of being cut off at the panel's edge.
     */
    public static Font fontToFit(String text, int size, boolean bold, int maxWidth) {
        Graphics2D g = MEASURE.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int s = size; s > 9; s--) {
                if (g.getFontMetrics(font(s, bold)).stringWidth(text) <= maxWidth) {
                    return font(s, bold);
                }
            }
            return font(9, bold);
        } finally {
            g.dispose();
        }
    }

    private static final BufferedImage MEASURE = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);

    /**
     * A tick value as people write it: at most 4 significant digits, no trailing zeros, thousands separated,
     * and scientific values as 2×10⁻³.
     */
    public static String number(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            int exponent = (int) Math.floor(Math.log10(a));
            double mantissa = v / Math.pow(10, exponent);
            String m = trim(String.format(Locale.ROOT, "%.2f", mantissa));
            return (m.equals("1") ? "" : m.equals("-1") ? "-" : m + "×") + "10" + superscript(exponent);
        }
        String s = a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v) : trim(String.format(Locale.ROOT, "%.4g", v));
        return s.contains("e") ? String.valueOf(v) : s;
    }

    private static String trim(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** An integer in superscript digits: −12 → ⁻¹². */
    public static String superscript(int n) {
        String digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder b = new StringBuilder(n < 0 ? "⁻" : "");
        for (char c : String.valueOf(Math.abs(n)).toCharArray()) {
            b.append(digits.charAt(c - '0'));
        }
        return b.toString();
    }
}

package org.initlab.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.initlab.io.OutputFolder;

/**
 * A table of coloured cells, one panel per setting (e.g. per depth), stacked: each cell shows the mean in large type
 * and the min–max over seeds below it, coloured on one fixed scale for every panel (so the same colour means the same
 * value everywhere). Drawn with Java2D; the numbers are saved beside the PNG as CSV
 * ({@code panel, row, column, mean, min, max}).
 */
public final class CellGrid {
    /** One panel: its title and {@code [row][column]} mean, min and max (NaN: no value). */
    public record Panel(String title, double[][] mean, double[][] min, double[][] max) {
    }

    /**
     * A colour scale from {@code low} (at {@code from}) to {@code high} (at {@code to}); values outside are clamped.
     */
    public record Scale(double from, double to, Color low, Color high, String unit) {
        Color at(double v) {
            double t = Math.max(0, Math.min(1, (v - from) / (to - from)));
            return new Color((int) (low.getRed() + t * (high.getRed() - low.getRed())),
                    (int) (low.getGreen() + t * (high.getGreen() - low.getGreen())),
                    (int) (low.getBlue() + t * (high.getBlue() - low.getBlue())));
        }
    }

    private static final int CELL_W = 96;
    private static final int CELL_H = 44;
    private static final int LABEL_W = 170;

    private CellGrid() {
    }

    /** Draws the panels and saves {@code folder/name.png} and {@code name.csv}; returns the PNG's path. */
    public static Path save(String title, List<String> rows, List<String> columns, List<Panel> panels, Scale scale,
                            String footnote, Path folder, String name) {
        System.setProperty("java.awt.headless", "true");
        int panelH = 44 + rows.size() * CELL_H + 12;
        int width = LABEL_W + columns.size() * CELL_W + 20;
        List<String> footLines = wrap(footnote, VisualStyle.font(13, false), width - 24);
        int height = 50 + panels.size() * panelH + 52 + 18 * footLines.size();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLACK);
        g.setFont(VisualStyle.font(19, true));
        g.drawString(title, 12, 30);
        StringBuilder csv = new StringBuilder("panel,row,column,mean,min,max\n");
        int y0 = 50;
        for (Panel p : panels) {
            g.setColor(Color.BLACK);
            g.setFont(VisualStyle.font(16, true));
            g.drawString(p.title(), 12, y0 + 24);
            g.setFont(VisualStyle.font(14, false));
            for (int c = 0; c < columns.size(); c++) {
                centred(g, columns.get(c), LABEL_W + c * CELL_W + CELL_W / 2, y0 + 40);
            }
            for (int r = 0; r < rows.size(); r++) {
                int y = y0 + 44 + r * CELL_H;
                g.setColor(Color.BLACK);
                g.setFont(VisualStyle.font(14, false));
                g.drawString(rows.get(r), 12, y + CELL_H / 2 + 5);
                for (int c = 0; c < columns.size(); c++) {
                    int x = LABEL_W + c * CELL_W;
                    double mean = p.mean()[r][c];
                    double lo = p.min()[r][c];
                    double hi = p.max()[r][c];
                    csv.append(ChartSpec.quote(p.title())).append(',').append(ChartSpec.quote(rows.get(r))).append(',')
                            .append(ChartSpec.quote(columns.get(c))).append(',').append(mean).append(',').append(lo)
                            .append(',').append(hi).append('\n');
                    Color fill = Double.isFinite(mean) ? scale.at(mean) : new Color(235, 235, 235);
                    g.setColor(fill);
                    g.fillRect(x + 1, y + 1, CELL_W - 2, CELL_H - 2);
                    boolean dark = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue() < 140;
                    g.setColor(dark ? Color.WHITE : Color.BLACK);
                    g.setFont(VisualStyle.font(16, true));
                    centred(g, Double.isFinite(mean) ? String.format(Locale.ROOT, "%.0f%s", mean, scale.unit()) : "—",
                            x + CELL_W / 2, y + 20);
                    if (Double.isFinite(lo) && Double.isFinite(hi) && Math.round(lo) != Math.round(hi)) {
                        g.setFont(VisualStyle.font(12, false));
                        centred(g, String.format(Locale.ROOT, "%.0f–%.0f", lo, hi), x + CELL_W / 2, y + 37);
                    }
                }
            }
            y0 += panelH;
        }
        // the colour scale
        int barX = LABEL_W;
        int barW = columns.size() * CELL_W;
        for (int i = 0; i < barW; i++) {
            g.setColor(scale.at(scale.from() + (scale.to() - scale.from()) * i / (barW - 1.0)));
            g.fillRect(barX + i, y0 + 6, 1, 14);
        }
        g.setColor(Color.BLACK);
        g.setFont(VisualStyle.font(13, false));
        for (int k = 0; k <= 5; k++) {
            double v = scale.from() + (scale.to() - scale.from()) * k / 5;
            centred(g, String.format(Locale.ROOT, "%.0f%s", v, scale.unit()), barX + (int) Math.round(barW * k / 5.0),
                    y0 + 36);
        }
        g.setFont(VisualStyle.font(13, false));
        for (int k = 0; k < footLines.size(); k++) {
            g.drawString(footLines.get(k), 12, y0 + 60 + 18 * k);
        }
        g.dispose();
        OutputFolder.prepare(folder);
        Path file = folder.resolve(name + ".png");
        try {
            ImageIO.write(img, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the chart " + file + ": " + OutputFolder.describe(e), e);
        }
        Path csvFile = OutputFolder.writeText(folder, name + ".csv", csv.toString());
        ChartFiles.saved(new ChartFiles.Saved(file, csvFile, List.of()));
        return file;
    }

    /** The text broken at spaces into lines at most {@code maxWidth} pixels wide in the given font. */
    static List<String> wrap(String text, Font font, int maxWidth) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        FontMetrics m = g.getFontMetrics(font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && m.stringWidth(candidate) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        g.dispose();
        return lines;
    }

    private static void centred(Graphics2D g, String text, int x, int baseline) {
        g.drawString(text, x - g.getFontMetrics().stringWidth(text) / 2, baseline);
    }
}

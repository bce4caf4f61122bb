package org.descentlab.ui.landscape;

import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import org.descentlab.core.analysis.BasinMap;
import org.descentlab.core.analysis.Endings;
import org.descentlab.core.analysis.ManyStarts;
import org.descentlab.core.run.Trajectory;
import org.descentlab.ui.base.Palette;
import org.descentlab.ui.base.Text;

/**
 * Draws a basin-of-attraction map over the heatmap: every cell in the colour of the minimum its run reached
 * ({@link Palette#minimum}), dark grey where it diverged, light grey hatched where it was still moving at the
 * step limit, white where it converged at no minimum; with several noise seeds a cell is the blend of
 * those colours by their shares. The cells are one image, each a block of pixels, scaled without smoothing
 * and placed by the map's own domain (an old map stays where it belongs while a pan computes the new one).
 * It also draws the run of the cell under the mouse, and the legend's key to the colours.
 */
public final class BasinPainter {

    /** Image pixels across, about: each cell is a block of {@code TARGET / cells} pixels, so the hatch reads alike at every size. */
    static final int TARGET = 512;
    /** The hatch's period along a diagonal, in image pixels, and how many of them are its stripe. */
    static final int HATCH = 8;
    static final int STRIPE = 3;

    private BasinMap drawn;
    private WritableImage image;
    private Key key;

    /**
     * What a landscape draws of a basin map.
     *
     * @param map     the map, with the domain it was made for
     * @param opacity how opaque its cells are over the landscape, 0 to 1
     * @param hover   the run from the centre of the cell under the mouse, or null
     */
    public record Layer(BasinMap map, double opacity, Trajectory hover) {
    }

    /**
     * Shows {@code layer} in {@code view} (the image is made again only for another map); null hides it.
     *
     * @param compact a pane of small multiples: the key is one row
     */
    void show(ImageView view, Layer layer, boolean compact) {
        BasinMap map = layer == null ? null : layer.map();
        if (map != drawn) {
            drawn = map;
            image = map == null ? null : image(map);
            key = map == null ? null : Key.of(map, compact);
            view.setImage(image);
        }
        view.setVisible(map != null);
        view.setOpacity(layer == null ? 0 : layer.opacity());
    }

    /** The legend's key to the map shown; null when none is. */
    Key key() {
        return key;
    }

    /** Puts the image over its map's domain. */
    void place(ImageView view, PlotMapping m) {
        if (drawn == null) {
            return;
        }
        var d = drawn.domain();
        double x0 = m.pixelX(d.xmin());
        double y0 = m.pixelY(d.ymax());
        view.setX(x0);
        view.setY(y0);
        view.setFitWidth(m.pixelX(d.xmax()) - x0);
        view.setFitHeight(m.pixelY(d.ymin()) - y0);
    }

    /** The run of the cell under the mouse: faint, cased, with a ring where it started and a dot where it ended. */
    static void drawHover(GraphicsContext gc, PlotMapping m, Trajectory t) {
        if (t == null || t.size() == 0) {
            return;
        }
        Color faint = Color.rgb(255, 255, 255, 0.8);
        PathStroker.stroke(gc, m, t, 0, t.lastStep(), new PathStroker.Pen(faint, 1.5, new double[0], true));
        double sx = m.pixelX(t.x(0));
        double sy = m.pixelY(t.y(0));
        gc.setLineWidth(1.5);
        gc.setStroke(Palette.MARKER);
        gc.strokeOval(sx - 4, sy - 4, 8, 8);
        int last = t.lastStep();
        double x = t.x(last);
        double y = t.y(last);
        if (Double.isFinite(x) && Double.isFinite(y)) {
            double px = m.pixelX(x);
            double py = m.pixelY(y);
            gc.setFill(Color.WHITE);
            gc.fillOval(px - 4, py - 4, 8, 8);
            gc.setStroke(Palette.MARKER);
            gc.strokeOval(px - 4, py - 4, 8, 8);
        }
    }

    /** Image pixels per cell side. */
    static int scale(int cells) {
        return Math.max(1, TARGET / cells);
    }

    static WritableImage image(BasinMap map) {
        int side = map.cells() * scale(map.cells());
        return new WritableImage(new PixelBuffer<>(side, side, IntBuffer.wrap(argb(map)), PixelFormat.getIntArgbPreInstance()));
    }

    /**
     * The map's pixels, opaque ARGB, the top row (ymax) first: each cell a block of {@link #scale} pixels
     * square, a still-moving share hatched with diagonal stripes.
     */
    static int[] argb(BasinMap map) {
        int n = map.cells();
        int s = scale(n);
        int side = n * s;
        int[] off = new int[n * n];
        int[] on = new int[n * n];
        Endings e = map.endings();
        for (int k = 0; k < n * n; k++) {
            double[] shares = e.shares(k);
            off[k] = blend(shares, false);
            on[k] = blend(shares, true);
        }
        int[] out = new int[side * side];
        for (int py = 0; py < side; py++) {
            int row = (n - 1 - py / s) * n;
            int at = py * side;
            for (int px = 0; px < side; px++) {
                int k = row + px / s;
                out[at + px] = (px + py) % HATCH < STRIPE ? on[k] : off[k];
            }
        }
        return out;
    }

    /**
     * A cell's colour: the colours of its ends weighted by their shares (minima first, then diverged, still
     * moving, elsewhere, as {@link Endings#shares} gives them); {@code stripe} for a pixel on the hatch.
     */
    static int blend(double[] shares, boolean stripe) {
        int minima = shares.length - 3;
        double r = 0;
        double g = 0;
        double b = 0;
        for (int k = 0; k < shares.length; k++) {
            if (shares[k] == 0) {
                continue;
            }
            Color c = k < minima ? Palette.minimum(k) : k == minima ? Palette.BASIN_DIVERGED
                    : k == minima + 1 ? stripe ? Palette.BASIN_MOVING_HATCH : Palette.BASIN_MOVING : Palette.BASIN_ELSEWHERE;
            r += shares[k] * c.getRed();
            g += shares[k] * c.getGreen();
            b += shares[k] * c.getBlue();
        }
        return 0xFF000000 | channel(r) << 16 | channel(g) << 8 | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.round(Math.max(0, Math.min(1, v)) * 255);
    }

    /**
     * The legend's rows for a map: the minima its cells reached, in their colours, on one row; then each end
     * that reaches no minimum, when some cell has it. A compact key (in a small pane, where three rows would
     * hide the run) is the first row only, its sample followed by the samples of those ends.
     */
    record Key(List<Color> minima, boolean diverged, boolean moving, boolean elsewhere, boolean compact) {

        static Key of(BasinMap map, boolean compact) {
            Endings e = map.endings();
            List<Color> reached = new ArrayList<>();
            for (int m = 0; m < e.minima().size(); m++) {
                if (e.count(m) > 0) {
                    reached.add(Palette.minimum(m));
                }
            }
            return new Key(reached, e.count(ManyStarts.DIVERGED) > 0, e.count(ManyStarts.MOVING) > 0,
                    e.count(ManyStarts.ELSEWHERE) > 0, compact);
        }

        /** What each row shows: the minima reached, or one end that reaches none. */
        enum Row { MINIMA, DIVERGED, MOVING, ELSEWHERE }

        /** The rows, in order. */
        List<Row> rows() {
            return compact ? List.of(Row.MINIMA) : ends(true);
        }

        /** The minima row (or not), then the ends that occur. */
        private List<Row> ends(boolean withMinima) {
            List<Row> out = new ArrayList<>(withMinima ? List.of(Row.MINIMA) : List.of());
            if (diverged) {
                out.add(Row.DIVERGED);
            }
            if (moving) {
                out.add(Row.MOVING);
            }
            if (elsewhere) {
                out.add(Row.ELSEWHERE);
            }
            return out;
        }

        /** A row's words. */
        String label(Row row) {
            return Text.get(switch (row) {
                case MINIMA -> compact && !ends(false).isEmpty() ? minima.isEmpty() ? "basins.legendNone" : "basins.legendCompact"
                        : minima.isEmpty() ? "basins.legendNone" : "basins.legendMinima";
                case DIVERGED -> "basins.legendDiverged";
                case MOVING -> "basins.legendMoving";
                case ELSEWHERE -> "basins.legendElsewhere";
            });
        }

        /** A row's sample, in the box from x to x + w, centred on y. */
        void swatch(GraphicsContext gc, Row row, double x, double y, double w) {
            double h = 10;
            double top = y - h / 2;
            List<Row> ends = ends(false);
            if (row == Row.MINIMA && compact && !ends.isEmpty()) {
                // the minima's colours, a gap, then the ends that reach none: "basins · no minimum"
                double gap = 3;
                double part = (w - gap) / (minima.size() + ends.size());
                double split = x + part * minima.size();
                if (!minima.isEmpty()) {
                    minimaSample(gc, x, top, split - x, h);
                    frame(gc, x, top, split - x, h);
                }
                for (int k = 0; k < ends.size(); k++) {
                    sample(gc, ends.get(k), split + gap + part * k, top, part, h);
                }
                frame(gc, split + gap, top, x + w - split - gap, h);
            } else {
                sample(gc, row, x, top, w, h);
                frame(gc, x, top, w, h);
            }
        }

        private static void frame(GraphicsContext gc, double x, double top, double w, double h) {
            gc.setStroke(Color.rgb(255, 255, 255, 0.6));
            gc.setLineWidth(1);
            gc.strokeRect(x - 0.5, top - 0.5, w + 1, h + 1);
        }

        private void minimaSample(GraphicsContext gc, double x, double top, double w, double h) {
            for (int k = 0; k < minima.size(); k++) {
                gc.setFill(minima.get(k));
                gc.fillRect(x + k * w / minima.size(), top, w / minima.size() + 0.5, h);
            }
        }

        private void sample(GraphicsContext gc, Row row, double x, double top, double w, double h) {
            switch (row) {
                case MINIMA -> minimaSample(gc, x, top, w, h);
                case DIVERGED -> {
                    gc.setFill(Palette.BASIN_DIVERGED);
                    gc.fillRect(x, top, w, h);
                }
                case MOVING -> {
                    gc.setFill(Palette.BASIN_MOVING);
                    gc.fillRect(x, top, w, h);
                    gc.save();
                    gc.beginPath();
                    gc.rect(x, top, w, h);
                    gc.clip();
                    gc.setStroke(Palette.BASIN_MOVING_HATCH);
                    gc.setLineWidth(2);
                    for (double sx = x - h; sx < x + w; sx += 6) {
                        gc.strokeLine(sx, top + h, sx + h, top);
                    }
                    gc.restore();
                }
                case ELSEWHERE -> {
                    gc.setFill(Palette.BASIN_ELSEWHERE);
                    gc.fillRect(x, top, w, h);
                }
            }
        }
    }
}

package org.descentlab.ui.base;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;

import javax.imageio.ImageIO;

/**
 * Pictures of nodes: a snapshot at a whole scale, its pixels, and their PNG bytes. A node's canvases must be
 * drawn at the same scale first (see {@link CanvasScale}), or their pixels are only enlarged.
 */
public final class Pictures {

    private Pictures() {
    }

    /**
     * {@code node} as drawn, {@code scale} pixels a unit: exactly scale·W × scale·H pixels, W×H its size rounded
     * up. On the FX thread.
     *
     * @param fill what shows where the node draws nothing
     */
    public static WritableImage snapshot(Node node, int scale, Paint fill) {
        int width = (int) Math.ceil(node.getLayoutBounds().getWidth()) * scale;
        int height = (int) Math.ceil(node.getLayoutBounds().getHeight()) * scale;
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(fill);
        p.setTransform(new Scale(scale, scale));
        // a snapshot draws the node where it stands in its parent: the viewport is there too
        Bounds placed = node.localToParent(node.getLayoutBounds());
        p.setViewport(new Rectangle2D(placed.getMinX() * scale, placed.getMinY() * scale, width, height));
        return node.snapshot(p, new WritableImage(width, height));
    }

    /** An image's pixels, row by row, as ARGB; on the thread that owns the image. */
    public static int[] pixels(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /** Pixels as PNG bytes; on any thread. */
    public static byte[] png(int width, int height, int[] argb) {
        BufferedImage png = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(png, "png", bytes)) {
                throw new IOException(Text.get("picture.noPngWriter"));
            }
        } catch (IOException e) {
            // a byte array takes any write: only a missing writer comes here
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}

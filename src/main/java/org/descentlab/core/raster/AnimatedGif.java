package org.descentlab.core.raster;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF written frame by frame with the JDK's own GIF writer: every frame the full picture, one
 * global palette (no frame has a table of its own), each frame's delay in hundredths of a second, and how
 * often it plays. Frames are added as palette indices, one byte a pixel. After the first, a frame's pixels
 * that are as in the frame before are written as the one transparent index (the frame before stays under
 * each frame): long runs of one index, which the GIF's compression makes small and fast.
 */
public final class AnimatedGif implements Closeable {

    /** The most frames a second: a GIF delay is a whole number of hundredths, and viewers slow delays under 2. */
    public static final int MAX_FPS = 50;
    /** The most plays that a GIF can say, short of forever: its repeat count is 16 bits. */
    public static final int MAX_PLAYS = 65536;

    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final int width;
    private final int height;
    private final IndexColorModel colours;
    private final ImageWriteParam param;
    private final int plays;
    private final int unchanged;
    private byte[] previous;

    /**
     * Starts a GIF on {@code out} (which stays open on close).
     *
     * @param plays how many times it plays: 0 for forever, 1 for once (no loop), up to {@link #MAX_PLAYS}
     */
    public AnimatedGif(OutputStream out, int width, int height, GifPalette palette, int plays) throws IOException {
        if (plays < 0 || plays > MAX_PLAYS) {
            throw new IllegalArgumentException("plays must be 0 (forever) or 1 to " + MAX_PLAYS + ", got " + plays);
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.writer = writers.next();
        this.stream = new MemoryCacheImageOutputStream(out);
        this.width = width;
        this.height = height;
        this.plays = plays;
        int[] rgb = palette.rgb();
        // a power of two entries, as a GIF's colour table has, one past the palette for "unchanged"
        int[] table = new int[Math.max(2, Integer.highestOneBit(rgb.length) << 1)];
        System.arraycopy(rgb, 0, table, 0, rgb.length);
        this.unchanged = table.length - 1;
        this.colours = new IndexColorModel(8, table.length, table, 0, false, -1, DataBufferByte.TYPE_BYTE);
        this.param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DISABLED);
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    /**
     * Delays in hundredths of a second for {@code frames} frames at {@code fps}, rounded so that the first
     * k frames end as near k/fps seconds as hundredths allow: the whole lasts exactly frames/fps, to the
     * hundredth (30 fps: 3, 3, 4, 3, 3, 4, …).
     */
    public static int[] delays(int frames, int fps) {
        if (fps < 1 || fps > MAX_FPS) {
            throw new IllegalArgumentException("fps must be from 1 to " + MAX_FPS + ", got " + fps);
        }
        int[] out = new int[frames];
        long before = 0;
        for (int k = 0; k < frames; k++) {
            // round half up, in integers: (100 (k + 1) + fps / 2) / fps
            long end = (100L * (k + 1) * 2 + fps) / (2L * fps);
            out[k] = (int) (end - before);
            before = end;
        }
        return out;
    }

    /** Adds a frame of {@code width × height} palette indices, row by row, shown for {@code delay} hundredths. */
    public void add(byte[] indices, int delay) throws IOException {
        if (indices.length != width * height) {
            throw new IllegalArgumentException("a frame of " + width + "×" + height + " has " + width * height
                    + " pixels, got " + indices.length);
        }
        boolean first = previous == null;
        byte[] written = indices.clone();
        if (!first) {
            for (int k = 0; k < written.length; k++) {
                if (written[k] == previous[k]) {
                    written[k] = (byte) unchanged;
                }
            }
        }
        previous = indices.clone();
        WritableRaster raster = Raster.createInterleavedRaster(new DataBufferByte(written, written.length), width, height,
                width, 1, new int[] {0}, null);
        BufferedImage image = new BufferedImage(colours, raster, false, null);
        // the type from the image itself: one from its type (TYPE_BYTE_INDEXED) has a default palette, not ours
        IIOMetadata meta = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
        meta.mergeTree(IMAGE_FORMAT, frameTree(delay, first));
        writer.writeToSequence(new IIOImage(image, null, meta), param);
        // what is written leaves the memory cache at once
        stream.flush();
    }

    private IIOMetadataNode frameTree(int delay, boolean first) throws IIOInvalidTreeException {
        IIOMetadataNode root = new IIOMetadataNode(IMAGE_FORMAT);
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        // each frame stays under the next, whose transparent pixels show it
        control.setAttribute("disposalMethod", "doNotDispose");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", first ? "FALSE" : "TRUE");
        control.setAttribute("delayTime", Integer.toString(delay));
        control.setAttribute("transparentColorIndex", Integer.toString(unchanged));
        root.appendChild(control);
        if (first && plays != 1) {
            // NETSCAPE2.0: the count is of repeats after the first play, 0 for forever
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            int repeats = plays == 0 ? 0 : plays - 1;
            app.setUserObject(new byte[] {1, (byte) (repeats & 0xFF), (byte) (repeats >> 8 & 0xFF)});
            apps.appendChild(app);
            root.appendChild(apps);
        }
        return root;
    }

    /** Ends the GIF (its trailer) and flushes it; the stream given stays open. */
    @Override
    public void close() throws IOException {
        try {
            writer.endWriteSequence();
            stream.flush();
        } finally {
            writer.dispose();
            stream.close();
        }
    }
}

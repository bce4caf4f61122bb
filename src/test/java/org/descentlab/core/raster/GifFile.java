package org.descentlab.core.raster;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;

import org.w3c.dom.Node;

/**
 * A GIF read back with the JDK's reader, as a viewer shows it: each frame as decoded (its size, delay,
 * whether it has a colour table of its own) and the picture on screen after it, every frame over the one
 * before where it is transparent.
 *
 * @param frames  each frame as decoded
 * @param screens what shows after each frame, opaque ARGB of the first frame's size
 * @param repeats the NETSCAPE2.0 repeat count (0 forever), or −1 where there is no such extension
 */
public record GifFile(List<Frame> frames, List<int[]> screens, int repeats) {

    /** One frame as decoded: its size, its delay in hundredths, and whether it has a colour table of its own. */
    public record Frame(int width, int height, int delay, boolean localTable) {
    }

    public static GifFile read(Path file) throws IOException {
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            reader.setInput(in);
            int n = reader.getNumImages(true);
            List<Frame> frames = new ArrayList<>();
            List<int[]> screens = new ArrayList<>();
            int repeats = -1;
            int[] screen = null;
            for (int i = 0; i < n; i++) {
                BufferedImage image = reader.read(i);
                IIOMetadata meta = reader.getImageMetadata(i);
                Node root = meta.getAsTree("javax_imageio_gif_image_1.0");
                int delay = -1;
                boolean local = false;
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    switch (c.getNodeName()) {
                        case "GraphicControlExtension" ->
                                delay = Integer.parseInt(c.getAttributes().getNamedItem("delayTime").getNodeValue());
                        case "LocalColorTable" -> local = true;
                        case "ApplicationExtensions" -> repeats = repeats(c, repeats);
                        default -> { }
                    }
                }
                frames.add(new Frame(image.getWidth(), image.getHeight(), delay, local));
                int w = image.getWidth();
                int h = image.getHeight();
                int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
                if (screen == null) {
                    screen = argb.clone();
                } else {
                    screen = screen.clone();
                    for (int k = 0; k < Math.min(argb.length, screen.length); k++) {
                        if (argb[k] >>> 24 != 0) {
                            screen[k] = argb[k];
                        }
                    }
                }
                screens.add(screen);
            }
            return new GifFile(frames, screens, repeats);
        } finally {
            reader.dispose();
        }
    }

    private static int repeats(Node apps, int before) {
        for (Node a = apps.getFirstChild(); a != null; a = a.getNextSibling()) {
            if ("NETSCAPE".equals(a.getAttributes().getNamedItem("applicationID").getNodeValue())) {
                byte[] data = (byte[]) ((javax.imageio.metadata.IIOMetadataNode) a).getUserObject();
                return (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
            }
        }
        return before;
    }

    /** The delays in hundredths, frame by frame. */
    public int[] delays() {
        return frames.stream().mapToInt(Frame::delay).toArray();
    }
}

package org.descentlab.ui.base;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

import org.descentlab.ui.landscape.HeadlessFx;
import org.junit.jupiter.api.Test;

class PicturesTest {

    /**
     * A part that stands away from its parent's corner (as the loss chart below its controls) is pictured
     * whole, from its own top-left corner to its bottom-right one, at 1× and 2×.
     */
    @Test
    void aPartAwayFromItsParentsCornerIsPicturedWhole() throws InterruptedException {
        for (int scale : new int[] {1, 2}) {
            int[] argb = HeadlessFx.call(() -> {
                Pane part = new Pane();
                Rectangle top = new Rectangle(0, 0, 100, 25);
                top.setFill(Color.RED);
                Rectangle bottom = new Rectangle(0, 25, 100, 25);
                bottom.setFill(Color.BLUE);
                part.getChildren().addAll(top, bottom);
                part.resize(100, 50);
                part.relocate(30, 40);
                Pane parent = new Pane(part);
                new Scene(parent, 200, 200);
                WritableImage image = Pictures.snapshot(part, scale, Color.WHITE);
                assertEquals(100 * scale, (int) image.getWidth());
                assertEquals(50 * scale, (int) image.getHeight());
                return Pictures.pixels(image);
            });
            int width = 100 * scale;
            assertEquals(0xFFFF0000, argb[2 * width + 2], "the top-left corner, at " + scale + "×");
            assertEquals(0xFF0000FF, argb[(50 * scale - 3) * width + width - 3], "the bottom-right corner, at " + scale + "×");
        }
    }
}

package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import javafx.scene.image.Image;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window carries the app's icon at every size drawn, each picture that size and whole. */
@ExtendWith(ApplicationExtension.class)
class AppIconTest {

    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        TestWindow.open(stage);
        this.stage = stage;
    }

    @Test
    void everySizeLoadsAsASquareOfThatSize() {
        List<Image> images = AppIcon.images();
        assertEquals(List.of(16, 32, 48, 64, 128, 256), images.stream().map(i -> (int) i.getWidth()).toList());
        for (Image i : images) {
            assertFalse(i.isError(), i.getUrl());
            assertEquals(i.getWidth(), i.getHeight(), i.getUrl());
            // drawn to the corners' rounding, not blank: the middle pixel is opaque, a corner clear
            assertEquals(1.0, i.getPixelReader().getColor((int) i.getWidth() / 2, (int) i.getHeight() / 2).getOpacity(), 1e-9);
            assertEquals(0.0, i.getPixelReader().getColor(0, 0).getOpacity(), 1e-9);
        }
    }

    @Test
    void theMainWindowHasTheIconAtEverySize() throws Exception {
        List<Image> icons = WaitForAsyncUtils.asyncFx(() -> List.copyOf(stage.getIcons())).get();
        assertEquals(AppIcon.images(), icons);
    }
}

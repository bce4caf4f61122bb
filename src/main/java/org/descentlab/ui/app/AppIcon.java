package org.descentlab.ui.app;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/**
 * The app's icon, at the sizes a desktop picks from for title bars, task bars and launchers. Every
 * window the app opens carries it; the installer's launcher uses the largest (see the README's Install).
 */
public final class AppIcon {

    /** The sizes drawn, in pixels, smallest first. */
    public static final List<Integer> SIZES = List.of(16, 32, 48, 64, 128, 256);

    private static List<Image> images;

    private AppIcon() {
    }

    /** The icon at every size that loads; a missing picture leaves the window with the desktop's default. */
    public static synchronized List<Image> images() {
        if (images == null) {
            images = SIZES.stream().map(AppIcon::load).filter(Objects::nonNull).toList();
        }
        return images;
    }

    /** Gives {@code stage} the app's icon. */
    public static void install(Stage stage) {
        stage.getIcons().setAll(images());
    }

    private static Image load(int size) {
        URL url = AppIcon.class.getResource("icons/descentlab-" + size + ".png");
        if (url == null) {
            return null;
        }
        Image image = new Image(url.toExternalForm());
        return image.isError() ? null : image;
    }
}

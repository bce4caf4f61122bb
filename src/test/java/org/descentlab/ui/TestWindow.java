package org.descentlab.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import javafx.stage.Stage;

import org.descentlab.ui.app.DescentLabApp;
import org.descentlab.ui.files.SettingsStore;

import org.testfx.util.WaitForAsyncUtils;

/** The real window for a TestFX test: started on a config folder of its own, and waited on. */
public final class TestWindow {

    private TestWindow() {
    }

    /** Starts the app on {@code stage} with a fresh config folder under target/, as a first start, in English. */
    public static DescentLabApp open(Stage stage) throws Exception {
        return open(stage, "en");
    }

    /**
     * Starts the app as {@link #open(Stage)} does, in {@code language} ("en", "ru") whatever the system's, as
     * chosen in Settings ▸ Language.
     */
    public static DescentLabApp open(Stage stage, String language) throws Exception {
        Path config = Files.createTempDirectory(Path.of("target"), "window-");
        SettingsStore settings = new SettingsStore(config);
        settings.put(settings.get().withLanguage(language));
        settings.flush();
        DescentLabApp app = new DescentLabApp(config, Optional.empty());
        app.start(stage);
        return app;
    }

    /** Waits up to 20 s for {@code condition}, checked on the FX thread. */
    public static void waitFor(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what, e);
        }
    }
}

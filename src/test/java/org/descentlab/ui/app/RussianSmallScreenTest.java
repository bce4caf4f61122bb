package org.descentlab.ui.app;

import java.util.Locale;

import javafx.stage.Stage;

import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.AfterEach;
import org.testfx.framework.junit5.Start;

/** The small-screen checks in Russian, whose texts run about a fifth longer: still nothing cut off. */
class RussianSmallScreenTest extends SmallScreenTest {

    @Override
    String language() {
        return "ru";
    }

    @Start
    @Override
    void start(Stage stage) throws Exception {
        // TestFX looks for @Start on the test's own class
        super.start(stage);
    }

    @AfterEach
    void backToEnglish() {
        Text.use(Locale.ENGLISH);
    }
}

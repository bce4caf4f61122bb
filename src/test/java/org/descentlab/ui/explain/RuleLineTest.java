package org.descentlab.ui.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.descentlab.ui.base.Styles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** m̂ and v̂ with the hat over the letter, not beside it. */
@ExtendWith(ApplicationExtension.class)
class RuleLineTest {

    /** How far apart the plain letter and the hatted one stand, in pixels. */
    private static final int APART = 60;

    private final VBox root = new VBox();

    @Start
    void start(Stage stage) {
        Scene scene = new Scene(root, 400, 200);
        scene.getStylesheets().setAll(Styles.sheets(false));
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aLetterWithACombiningCircumflexIsItsOwnPart() {
        assertEquals(List.of("x ← x − lr·", "m\u0302", " / (√", "v\u0302", " + ε)"),
                RuleLine.split("x ← x − lr·m\u0302 / (√v\u0302 + ε)"));
        assertEquals(List.of("m ← β1·m + (1 − β1)·g"), RuleLine.split("m ← β1·m + (1 − β1)·g"));
        assertEquals(List.of("\u0302a"), RuleLine.split("\u0302a"), "a mark with no letter before it is left as it is");
    }

    @Test
    void noTextOfARuleCarriesTheMarkThatTheFontSetsBesideTheLetter(FxRobot robot) {
        RuleLine line = new RuleLine("x ← x − lr·m\u0302 / (√v\u0302 + ε)");
        robot.interact(() -> root.getChildren().setAll(line));
        StringBuilder shown = new StringBuilder();
        for (Node n : line.getChildren()) {
            shown.append(n instanceof RuleLine.Hatted h ? h.letter().getText() : ((Label) n).getText());
        }
        assertEquals("x ← x − lr·m / (√v + ε)", shown.toString());
        assertEquals(2, line.getChildren().stream().filter(n -> n instanceof RuleLine.Hatted).count());
    }

    @Test
    void theHatIsDrawnAboveTheLetterAndWithinItsWidth(FxRobot robot) {
        for (String letter : List.of("m", "v")) {
            Label plain = new Label(letter);
            plain.getStyleClass().add(Styles.EQUATION);
            RuleLine.Hatted hatted = new RuleLine.Hatted(letter);
            Pane stand = new Pane(plain, hatted);
            plain.relocate(20, 40);
            hatted.relocate(20 + APART, 40);
            robot.interact(() -> root.getChildren().setAll(stand));
            boolean[][] ink = ink(robot);
            int top = Integer.MAX_VALUE;
            int left = Integer.MAX_VALUE;
            int right = -1;
            for (int y = 0; y < ink.length; y++) {
                for (int x = 0; x < APART; x++) {
                    if (ink[y][x]) {
                        top = Math.min(top, y);
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                    }
                }
            }
            assertTrue(right >= 0, letter + " is drawn");
            int hatPixels = 0;
            for (int y = 0; y < ink.length; y++) {
                for (int x = 0; x < APART; x++) {
                    if (ink[y][x + APART] && !ink[y][x]) {
                        hatPixels++;
                        assertTrue(y < top, letter + ": the hat's ink at row " + y + " is above the letter's top " + top);
                        assertTrue(x >= left - 1 && x <= right + 1,
                                letter + ": the hat's ink at column " + x + " is over the letter, " + left + " … " + right);
                    }
                }
            }
            assertTrue(hatPixels >= 3, letter + ": a hat is drawn");
        }
    }

    /** Where the scene has ink: the pixels that are not its background's colour. */
    private boolean[][] ink(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = root.getScene().snapshot(null));
        PixelReader r = shot[0].getPixelReader();
        Color ground = r.getColor(1, 1);
        boolean[][] out = new boolean[(int) shot[0].getHeight()][2 * APART];
        for (int y = 0; y < out.length; y++) {
            for (int x = 0; x < out[y].length; x++) {
                Color c = r.getColor(x, y);
                out[y][x] = Math.abs(c.getRed() - ground.getRed()) + Math.abs(c.getGreen() - ground.getGreen())
                        + Math.abs(c.getBlue() - ground.getBlue()) > 0.6;
            }
        }
        return out;
    }
}

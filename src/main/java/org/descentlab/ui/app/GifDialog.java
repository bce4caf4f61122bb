package org.descentlab.ui.app;

import java.util.Optional;

import javafx.beans.InvalidationListener;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import org.descentlab.core.raster.AnimatedGif;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.base.Text;
import org.descentlab.ui.landscape.AnimationWriter;

/**
 * What an animated GIF is to be: its size (the landscape's by default), frames, frame rate and how often it
 * plays, with how long one play lasts.
 */
final class GifDialog {

    /** The window's limits: the command line's smallest picture, and a side the window's memory can take. */
    static final int MIN_WIDTH = 240;
    static final int MIN_HEIGHT = 120;
    static final int MAX_SIDE = 4096;
    static final int DEFAULT_FRAMES = 100;
    static final int DEFAULT_FPS = 20;

    private final Dialog<AnimationWriter.Settings> dialog = new Dialog<>();
    private final Spinner<Integer> width = spinner(MIN_WIDTH, MAX_SIDE, 800);
    private final Spinner<Integer> height = spinner(MIN_HEIGHT, MAX_SIDE, 600);
    private final Spinner<Integer> frames = spinner(AnimationWriter.MIN_FRAMES, AnimationWriter.MAX_FRAMES, DEFAULT_FRAMES);
    private final Spinner<Integer> fps = spinner(1, AnimatedGif.MAX_FPS, DEFAULT_FPS);
    private final CheckBox forever = new CheckBox(Text.get("export.gif.forever"));
    private final Spinner<Integer> plays = spinner(1, AnimatedGif.MAX_PLAYS, 1);
    private final Label duration = new Label();

    /**
     * @param w    the landscape's width now, the width offered
     * @param h    its height
     * @param dark whether the window is dark: the GIF is drawn as the window is
     */
    GifDialog(Window owner, int w, int h, boolean dark) {
        this(owner, w, h, dark, null);
    }

    /**
     * @param last the settings of the GIF written before in this session, whose frames, frame rate and loop
     *             are offered again; null for the defaults
     */
    GifDialog(Window owner, int w, int h, boolean dark, AnimationWriter.Settings last) {
        width.getValueFactory().setValue(Math.max(MIN_WIDTH, Math.min(MAX_SIDE, w)));
        height.getValueFactory().setValue(Math.max(MIN_HEIGHT, Math.min(MAX_SIDE, h)));
        if (last != null) {
            frames.getValueFactory().setValue(last.frames());
            fps.getValueFactory().setValue(last.fps());
            plays.getValueFactory().setValue(Math.max(1, last.plays()));
        }
        width.setId("gif-width");
        height.setId("gif-height");
        frames.setId("gif-frames");
        fps.setId("gif-fps");
        forever.setId("gif-forever");
        plays.setId("gif-plays");
        duration.setId("gif-duration");
        forever.setSelected(last == null || last.plays() == 0);
        plays.disableProperty().bind(forever.selectedProperty());
        GridPane grid = Forms.grid(8);
        int row = 0;
        grid.addRow(row++, new Label(Text.get("export.gif.width")), width);
        grid.addRow(row++, new Label(Text.get("export.gif.height")), height);
        grid.addRow(row++, new Label(Text.get("export.gif.frames")), frames);
        grid.addRow(row++, new Label(Text.get("export.gif.fps")), fps);
        grid.addRow(row++, forever);
        grid.addRow(row++, new Label(Text.get("export.gif.plays")), plays);
        grid.add(duration, 0, row, 2, 1);
        InvalidationListener update = o -> duration.setText(durationText());
        frames.valueProperty().addListener(update);
        fps.valueProperty().addListener(update);
        duration.setText(durationText());
        dialog.setTitle(Text.get("export.gif.title"));
        dialog.setHeaderText(Text.get("export.gif.header"));
        dialog.getDialogPane().setContent(grid);
        // the next step is choosing the file, and the button says so
        ButtonType next = new ButtonType(Text.get("export.gif.saveAs"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().setId("gif-dialog");
        dialog.initOwner(owner);
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.setResultConverter(b -> b == next ? settings(dark) : null);
    }

    private static Spinner<Integer> spinner(int min, int max, int value) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, value));
        s.setEditable(true);
        s.setPrefWidth(100);
        return s;
    }

    /** "Lasts 5 s a play (100 frames at 20 fps)": frames / fps to the hundredth, as the GIF's delays add up. */
    private String durationText() {
        int hundredths = new AnimationWriter.Settings(MIN_WIDTH, MIN_HEIGHT, frames.getValue(), fps.getValue(), 0, false).hundredths();
        return Text.format("export.gif.duration", Numbers.label(hundredths / 100.0), frames.getValue(), fps.getValue());
    }

    /** The settings as the dialog shows them. */
    AnimationWriter.Settings settings(boolean dark) {
        return new AnimationWriter.Settings(width.getValue(), height.getValue(), frames.getValue(), fps.getValue(),
                forever.isSelected() ? 0 : plays.getValue(), dark);
    }

    /** The dialog itself, for a test to fill in. */
    Dialog<AnimationWriter.Settings> dialog() {
        return dialog;
    }

    /** Shows the dialog and waits; empty when cancelled. */
    Optional<AnimationWriter.Settings> ask() {
        return dialog.showAndWait();
    }
}

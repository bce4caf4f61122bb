package org.descentlab.ui.playback;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.descentlab.ui.base.Text;

/** Play and pause, a step either way, back to the start, the speed, and where playback is. */
public final class PlaybackBar extends HBox {

    public PlaybackBar(PlaybackViewModel vm) {
        super(8);
        Button rewind = button(Icon.REWIND, "playback.rewindTip", vm::rewind);
        rewind.setId("rewind");
        Button back = button(Icon.STEP_BACK, "playback.backTip", vm::stepBack);
        back.setId("step-back");
        Button forward = button(Icon.STEP_FORWARD, "playback.forwardTip", vm::stepForward);
        forward.setId("step-forward");
        Button end = button(Icon.END, "playback.endTip", vm::end);
        end.setId("end");
        Button play = button(Icon.PLAY, "playback.playTip", vm::togglePlay);
        play.setId("play");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then(Text.get("playback.pause"))
                .otherwise(Text.get("playback.play")));
        play.graphicProperty().bind(Bindings.when(vm.playingProperty()).then(Icon.PAUSE.node()).otherwise(Icon.PLAY.node()));
        // as wide for Pause as for Play, in em (styles/app.css): it grows with zoom and presentation mode
        Slider speed = new Slider(Math.log10(PlaybackViewModel.MIN_SPEED), Math.log10(PlaybackViewModel.MAX_SPEED),
                Math.log10(vm.speedProperty().get()));
        speed.setId("speed");
        speed.setTooltip(new Tooltip(Text.get("a11y.speedTip")));
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, was, now) -> vm.speedProperty().set(Math.pow(10, now.doubleValue())));
        Label speedText = new Label();
        speedText.textProperty().bind(Bindings.createStringBinding(
                () -> Text.format("playback.speed", Math.round(vm.speedProperty().get())), vm.speedProperty()));
        speedText.setMinWidth(90);
        Label counter = new Label();
        counter.setId("counter");
        counter.textProperty().bind(vm.counterProperty());
        // in a narrow window the counter gives way, never the buttons; all of it is on hover
        counter.setMinWidth(0);
        counter.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(counter.getText()), counter.textProperty()));
        setAlignment(Pos.CENTER_LEFT);
        Label speedLabel = new Label(Text.get("playback.speedLabel"));
        getChildren().addAll(rewind, back, play, forward, end, speedLabel, speed, speedText, counter);
        for (var keep : List.of(rewind, back, play, forward, end, speedLabel, speedText)) {
            keep.setMinWidth(Region.USE_PREF_SIZE);
        }
        speed.setMinWidth(60);
        HBox.setHgrow(counter, Priority.SOMETIMES);
    }

    private static Button button(Icon icon, String tip, Runnable action) {
        Button b = new Button();
        b.setGraphic(icon.node());
        b.setTooltip(new Tooltip(Text.get(tip)));
        b.setAccessibleText(Text.get(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}

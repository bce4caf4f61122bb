package org.descentlab.ui.playback;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

import org.descentlab.ui.base.Text;

/** Play and pause, a step either way, back to the start, the speed, and where playback is. */
public final class PlaybackBar extends HBox {

    public PlaybackBar(PlaybackViewModel vm) {
        super(8);
        Button rewind = button("|◀", "playback.rewindTip", vm::rewind);
        Button back = button("◀", "playback.backTip", vm::stepBack);
        Button forward = button("▶|", "playback.forwardTip", vm::stepForward);
        Button play = button("", "playback.playTip", vm::togglePlay);
        play.setId("play");
        play.textProperty().bind(Bindings.when(vm.playingProperty()).then(Text.get("playback.pause"))
                .otherwise(Text.get("playback.play")));
        play.setPrefWidth(90);
        Slider speed = new Slider(Math.log10(PlaybackViewModel.MIN_SPEED), Math.log10(PlaybackViewModel.MAX_SPEED),
                Math.log10(vm.speedProperty().get()));
        speed.setId("speed");
        speed.setPrefWidth(160);
        speed.valueProperty().addListener((o, was, now) -> vm.speedProperty().set(Math.pow(10, now.doubleValue())));
        Label speedText = new Label();
        speedText.textProperty().bind(Bindings.createStringBinding(
                () -> Text.format("playback.speed", Math.round(vm.speedProperty().get())), vm.speedProperty()));
        speedText.setMinWidth(90);
        Label counter = new Label();
        counter.setId("counter");
        counter.textProperty().bind(vm.counterProperty());
        setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(rewind, back, play, forward, new Label(Text.get("playback.speedLabel")), speed, speedText, counter);
    }

    private static Button button(String symbol, String tip, Runnable action) {
        Button b = new Button(symbol);
        b.setTooltip(new Tooltip(Text.get(tip)));
        b.setOnAction(e -> action.run());
        return b;
    }
}

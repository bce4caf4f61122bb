package org.descentlab.ui.lesson;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.descentlab.core.lesson.Hint;
import org.descentlab.core.lesson.Lesson;
import org.descentlab.ui.base.Forms;
import org.descentlab.ui.base.Styles;
import org.descentlab.ui.base.Text;

/**
 * The lesson being followed: its title and text, its goal with a status that turns to "met" as soon as the
 * runs meet it, the hints revealed so far and a button for the next, and Close. Hidden when there is none.
 * It sits at the window's left edge, so that the run editor on the right stays in view beside it.
 */
public final class LessonPanel extends VBox {

    /** How wide the panel is: room for a short paragraph, the landscape keeping the rest. */
    private static final double WIDTH = 250;

    private final LessonViewModel vm;
    private final Label title = Forms.title("");
    private final Label text = wrapped();
    private final Label goal = wrapped();
    private final Label status = new Label();
    private final VBox hints = new VBox(4);
    private final Button hint = new Button(Text.get("lesson.showHint"));
    private final Button close = new Button(Text.get("lesson.close"));

    public LessonPanel(LessonViewModel vm) {
        this.vm = vm;
        setId("lesson-panel");
        getStyleClass().add(Styles.LESSON);
        setSpacing(6);
        title.setId("lesson-title");
        title.setWrapText(true);
        text.setId("lesson-text");
        goal.setId("lesson-goal");
        status.setId("lesson-status");
        status.getStyleClass().add(Styles.LESSON_STATUS);
        hints.setId("lesson-hints");
        hint.setId("lesson-hint");
        close.setId("lesson-close");
        hint.setTooltip(new Tooltip(Text.get("a11y.lessonHintTip")));
        close.setTooltip(new Tooltip(Text.get("a11y.lessonCloseTip")));
        hint.setOnAction(e -> vm.showHint());
        close.setOnAction(e -> vm.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(6, hint, gap, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label goalTitle = new Label(Text.get("lesson.goal"));
        goalTitle.setLabelFor(goal);
        getChildren().addAll(title, text, goalTitle, goal, status, hints, buttons);
        managedProperty().bind(visibleProperty());
        vm.lessonProperty().addListener(o -> show());
        vm.hintsShownProperty().addListener(o -> showHints());
        vm.metProperty().addListener(o -> showStatus());
        show();
    }

    private void show() {
        Lesson l = vm.lessonProperty().get();
        setVisible(l != null);
        if (l == null) {
            return;
        }
        String language = LessonViewModel.language();
        title.setText(l.title().in(language));
        text.setText(l.text().in(language));
        goal.setText(l.goal().describe());
        showHints();
        showStatus();
    }

    private void showHints() {
        Lesson l = vm.lessonProperty().get();
        hints.getChildren().clear();
        if (l == null) {
            return;
        }
        int shown = vm.hintsShownProperty().get();
        for (int k = 0; k < shown; k++) {
            Hint h = l.hints().get(k);
            Label line = wrapped();
            line.setText(Text.format("lesson.hint", k + 1, h.text().in(LessonViewModel.language())));
            hints.getChildren().add(line);
        }
        hint.setDisable(shown >= l.hints().size());
        hint.setText(l.hints().isEmpty() ? Text.get("lesson.noHints")
                : shown >= l.hints().size() ? Text.get("lesson.noMoreHints")
                : Text.format("lesson.showHintOf", shown + 1, l.hints().size()));
    }

    private void showStatus() {
        boolean met = vm.metProperty().get();
        status.setText(Text.get(met ? "lesson.met" : "lesson.notYet"));
        status.setAccessibleText(Text.format("lesson.statusAccessible", goal.getText(), status.getText()));
        getStyleClass().remove(Styles.LESSON_MET);
        status.getStyleClass().remove(Styles.LESSON_MET);
        if (met) {
            getStyleClass().add(Styles.LESSON_MET);
            status.getStyleClass().add(Styles.LESSON_MET);
        }
    }

    /** The panel in a scroll pane of its width, for the window's left edge; shown only while a lesson is followed. */
    public ScrollPane scrolling() {
        ScrollPane scroll = new ScrollPane(this);
        scroll.setId("lesson-scroll");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefViewportWidth(WIDTH);
        scroll.setMinViewportWidth(WIDTH);
        scroll.setPadding(new Insets(10, 0, 10, 10));
        scroll.visibleProperty().bind(visibleProperty());
        scroll.managedProperty().bind(visibleProperty());
        return scroll;
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** The button that reveals the next hint, for tests. */
    Button hintButton() {
        return hint;
    }

    /** The goal's status line, for tests. */
    Label status() {
        return status;
    }
}

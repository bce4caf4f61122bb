package org.descentlab.ui.lesson;

import java.util.function.Consumer;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

import org.descentlab.core.lesson.Lesson;
import org.descentlab.ui.base.Text;

/**
 * The Lessons menu: the shipped lessons in the order of the story, then the next hint (Ctrl+H) and Close for
 * the one being followed. A lesson that cannot open says why through {@code refused}.
 */
public final class LessonsMenu extends Menu {

    public LessonsMenu(LessonViewModel vm, Consumer<String> refused) {
        super(Text.get("menu.lessons"));
        setId("menu-lessons");
        for (Lesson l : vm.lessons()) {
            MenuItem item = new MenuItem(l.title().in(LessonViewModel.language()));
            item.setMnemonicParsing(false);
            item.setId("lesson-" + l.id());
            item.setOnAction(e -> {
                String why = vm.open(l);
                if (!why.isEmpty()) {
                    refused.accept(why);
                }
            });
            getItems().add(item);
        }
        MenuItem hint = new MenuItem(Text.get("menu.lessonHint"));
        hint.setAccelerator(KeyCombination.keyCombination("shortcut+H"));
        hint.setOnAction(e -> vm.showHint());
        MenuItem close = new MenuItem(Text.get("menu.lessonClose"));
        close.setOnAction(e -> vm.close());
        hint.disableProperty().bind(vm.lessonProperty().isNull());
        close.disableProperty().bind(vm.lessonProperty().isNull());
        getItems().addAll(new SeparatorMenuItem(), hint, close);
    }
}

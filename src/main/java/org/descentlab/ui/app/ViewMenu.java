package org.descentlab.ui.app;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.descentlab.ui.base.Text;

/**
 * The View menu: presentation mode, full screen, zoom and the list of shortcuts. The keys are named in the
 * items' text, not set as accelerators: {@link Shortcuts} handles them, once.
 */
final class ViewMenu {

    private ViewMenu() {
    }

    static Menu of(Presentation presentation, ShortcutsOverlay help) {
        Menu view = new Menu(Text.get("menu.view"));
        view.setId("menu-view");
        CheckMenuItem present = new CheckMenuItem(Text.get("menu.presentation"));
        present.setId("menu-presentation");
        present.selectedProperty().bindBidirectional(presentation.onProperty());
        CheckMenuItem full = new CheckMenuItem(Text.get("menu.fullScreen"));
        full.setOnAction(e -> presentation.toggleFullScreen());
        view.setOnShowing(e -> full.setSelected(presentation.fullScreen()));
        view.getItems().addAll(present, full, new SeparatorMenuItem(),
                item("menu.zoomIn", () -> presentation.zoom(1)),
                item("menu.zoomOut", () -> presentation.zoom(-1)),
                item("menu.zoomReset", () -> presentation.zoom(0)),
                new SeparatorMenuItem(),
                item("menu.shortcuts", help::toggle));
        return view;
    }

    private static MenuItem item(String key, Runnable action) {
        MenuItem item = new MenuItem(Text.get(key));
        item.setOnAction(e -> action.run());
        return item;
    }
}

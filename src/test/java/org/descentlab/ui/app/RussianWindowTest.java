package org.descentlab.ui.app;

import static org.descentlab.ui.TestWindow.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.ui.TestWindow;
import org.descentlab.ui.base.Text;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window in Russian: no label, tab or menu item left in English, numbers with a decimal comma. */
@ExtendWith(ApplicationExtension.class)
class RussianWindowTest {

    /** Texts that are the same in both languages: names, symbols and the words of specs. */
    private static final Set<String> SAME_IN_BOTH = Set.of("x", "y", "f", "h", "#", "‖∇f‖", "−∇f", "PyTorch", "Keras",
            "Keras / TensorFlow", "English", "xmin", "xmax", "ymin", "ymax", "f(x, y) =", "Viridis", "Magma", "Inferno",
            "Plasma", "Cividis", "Turbo", "DescentLab", "Русский", "constant");

    private AppViewModel vm;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        vm = TestWindow.open(stage, "ru").viewModel();
    }

    @AfterEach
    void backToEnglish() {
        // the bundle is the whole JVM's: the tests after this one read English
        Text.use(Locale.ENGLISH);
    }

    @Test
    void everyLabelTabAndMenuItemIsInRussian(FxRobot robot) {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
        robot.interact(() -> vm.runs().add());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, String> english = englishTexts();
        List<String> shown = new ArrayList<>();
        robot.interact(() -> texts(stage.getScene().getRoot(), shown));
        assertTrue(shown.size() > 60, "the walk found the window's texts: " + shown.size());
        assertTrue(shown.contains("Файл") && shown.contains("Скорость обучения") && shown.contains("Прогоны"), shown.toString());
        TreeSet<String> left = new TreeSet<>();
        for (String s : shown) {
            // the shortcut list's key names (Home, F11, Ctrl) are what the keys say on a keyboard in either language
            if (english.containsKey(s) && !SAME_IN_BOTH.contains(s) && !english.get(s).endsWith(".keys")) {
                left.add(english.get(s) + " = " + s);
            }
        }
        assertEquals(new TreeSet<>(), left, "still in English");
    }

    @Test
    void numberFieldsShowADecimalCommaAndTakeEitherMark(FxRobot robot) {
        waitFor("a landscape", () -> vm.landscape().landscapeProperty().get() != null && !vm.landscape().renderingProperty().get());
        TextField lr = robot.lookup("#lr").queryAs(TextField.class);
        assertEquals("0,001", lr.getText(), "Rosenbrock's gd lr=0.001");
        robot.interact(() -> lr.setText("0,0005"));
        assertEquals(5e-4, vm.editor().runProperty().get().optimizer().parameters().get("lr"));
        robot.interact(() -> lr.setText("0.002"));
        assertEquals(2e-3, vm.editor().runProperty().get().optimizer().parameters().get("lr"));
        robot.interact(() -> vm.landscape().setDomain("-2,5", "2.5", "-1", "3,25"));
        assertEquals(-2.5, vm.experiment().scenario().view().domain().xmin());
        assertEquals(3.25, vm.experiment().scenario().view().domain().ymax());
        assertEquals("-2,5", robot.lookup("#view-xmin").queryAs(TextField.class).getText());
    }

    /** Each English text of the bundle, by itself, with its key. */
    private static Map<String, String> englishTexts() {
        ResourceBundle en = ResourceBundle.getBundle("org.descentlab.ui.messages", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new TreeMap<>();
        for (String key : en.keySet()) {
            String text = en.getString(key).strip();
            if (!text.isEmpty()) {
                texts.putIfAbsent(text, key);
            }
        }
        return texts;
    }

    private static void texts(Node node, List<String> out) {
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText().strip());
        }
        if (node instanceof javafx.scene.text.Text t && t.getText() != null) {
            out.add(t.getText().strip());
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                out.add(tab.getText().strip());
                if (tab.getContent() != null) {
                    texts(tab.getContent(), out);
                }
            }
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(m -> items(m, out));
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> texts(c, out));
        }
    }

    private static void items(MenuItem item, List<String> out) {
        if (item.getText() != null) {
            out.add(item.getText().strip());
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> items(i, out));
        }
    }
}

package org.descentlab.ui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.descentlab.core.raster.Domain;
import org.descentlab.ui.TestWindow;
import org.descentlab.ui.base.Numbers;
import org.descentlab.ui.experiment.Experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every number the window shows in a field, label or tooltip is written one way: 1e-8, 0.001, never 1.0E-8. */
@ExtendWith(ApplicationExtension.class)
class WindowNumbersTest {

    /** Java's way of writing 1e-8, 1e7 or 2.0: what the window must never show. */
    private static final Pattern JAVA_NUMBER = Pattern.compile("\\d\\.?\\d*E[-+]?\\d|\\b\\d+\\.0\\b");

    private AppViewModel vm;

    @Start
    void start(Stage stage) throws Exception {
        DescentLabApp app = TestWindow.open(stage);
        vm = app.viewModel();
    }

    @Test
    void smallNumbersInFieldsLabelsAndTooltipsAreWrittenAsTheRestOfTheWindowWritesThem(FxRobot robot) {
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("rosenbrock").orElseThrow());
            vm.experiment().update(s -> s.withTolerance(1e-8)
                    .withView(s.view().withDomain(new Domain(-2e-7, 1e-7, -1.5e-5, 3e-5))), Experiment.Change.EDIT);
            vm.runs().select(2);
        });
        assertEquals("adam", vm.runs().selectedProperty().get().settings().optimizer().type().name());
        TextField eps = robot.lookup("#parameter-eps").queryAs(TextField.class);
        assertEquals("1e-8", eps.getText());
        assertEquals("1e-8", robot.lookup("#tolerance").queryAs(TextField.class).getText());
        assertEquals("-2e-7", robot.lookup("#view-xmin").queryAs(TextField.class).getText());
        assertTrue(eps.getTooltip().getText().endsWith("default 1e-8"), eps.getTooltip().getText());
        // a value the parameter refuses is named in the same form in the complaint
        robot.interact(() -> eps.setText("-1e-8"));
        String error = robot.lookup("#parameter-error").queryAs(Labeled.class).getText();
        assertTrue(error.contains("got -1e-8"), error);

        List<String> javaForm = new ArrayList<>();
        for (Node n : robot.lookup((Node n) -> n instanceof Control).queryAll()) {
            Control c = (Control) n;
            List<String> texts = new ArrayList<>();
            if (c instanceof Labeled l && l.getText() != null) {
                texts.add(l.getText());
            }
            if (c.getTooltip() != null) {
                texts.add(c.getTooltip().getText());
            }
            if (c instanceof TextField f && f != eps) {
                texts.add(f.getText());
                if (f.getText().matches("-?[0-9.]+(e-?[0-9]+)?")) {
                    double v = Numbers.parse(f.getText());
                    assertEquals(Numbers.exact(v), f.getText(), f.getId() + " shows the exact form, which reads back the same");
                }
            }
            texts.stream().filter(t -> JAVA_NUMBER.matcher(t).find()).map(t -> c.getId() + ": " + t).forEach(javaForm::add);
        }
        assertEquals(List.of(), javaForm);
    }
}

package org.descentlab.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.stage.Stage;

import org.descentlab.core.raster.Colormap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Closing the window remembers the state; the next launch opens with it. */
@ExtendWith(ApplicationExtension.class)
class SessionMemoryTest {

    private final AppSettings settings = AppSettings.inMemory();
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        new DescentLabApp(settings).start(s);
    }

    @Test
    void theLastStateComesBackOnTheNextLaunch(FxRobot robot) {
        MainViewModel vm = ((MainView) stage.getScene().getRoot()).viewModel();
        robot.interact(() -> {
            vm.applyPreset(vm.presets().byId("himmelblau").orElseThrow());
            vm.setOptimizerType(org.descentlab.core.optim.Optimizers.require("rmsprop"));
            vm.setParameter("lr", "0.02");
            vm.setParameter("centered", "true");
            vm.setConvention(org.descentlab.core.optim.Convention.KERAS);
            vm.runs().get(1).nameProperty().set("fast one");
            vm.runs().get(3).visibleProperty().set(false);
            vm.runs().get(3).noiseProperty().set(2.5);
            vm.runs().get(3).lineStyleProperty().set(RunViewModel.LineStyle.DOTTED);
            vm.setFunctionText("(x^2+y-11)^2 + (x+y^2-7)^2 + x");
            vm.setDomain("-4", "4", "-3", "5");
            vm.setStart(1.5, -2);
            vm.selectedRunProperty().set(vm.runs().get(2));
            vm.colormapProperty().set(Colormap.MAGMA);
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.hide();
        });
        robot.interact(() -> {
            Stage again = new Stage();
            new DescentLabApp(settings).start(again);
            MainViewModel restored = ((MainView) again.getScene().getRoot()).viewModel();
            assertEquals("(x^2+y-11)^2 + (x+y^2-7)^2 + x", restored.functionTextProperty().get());
            assertEquals("himmelblau", restored.presetProperty().get().id());
            assertEquals(4, restored.runs().size());
            assertEquals(restored.runs().get(2), restored.selectedRunProperty().get());
            RunViewModel first = restored.runs().get(0);
            assertEquals("rmsprop", first.typeProperty().get().name());
            assertEquals("0.02", first.optimizerProperty().get().describe().get("lr"));
            assertEquals("true", first.optimizerProperty().get().describe().get("centered"));
            assertEquals(org.descentlab.core.optim.Convention.KERAS, first.optimizerProperty().get().convention());
            assertEquals("fast one", restored.runs().get(1).label().get());
            RunViewModel last = restored.runs().get(3);
            assertEquals(false, last.visibleProperty().get());
            assertEquals(2.5, last.noiseProperty().get());
            assertEquals(RunViewModel.LineStyle.DOTTED, last.lineStyleProperty().get());
            assertEquals(-1.0, last.ownStartProperty().get()[0]);
            assertEquals(new org.descentlab.core.raster.Domain(-4, 4, -3, 5), restored.domainProperty().get());
            assertEquals(1.5, restored.startProperty().get()[0]);
            assertEquals(Colormap.MAGMA, restored.colormapProperty().get());
            assertEquals(1000, again.getWidth(), 1);
            assertEquals(700, again.getHeight(), 1);
            again.hide();
        });
    }

    @Test
    void unreadableMemoryFallsBackToThePreset(FxRobot robot) {
        settings.put("function", "x^2 +");
        settings.put("preset", "no-such-preset");
        settings.put("domain", "a,b,c,d");
        settings.put("window", "garbage");
        settings.put("runs", "x\t0\tSOLID\ttrue\tnot-an-optimizer\n");
        robot.interact(() -> {
            Stage again = new Stage();
            new DescentLabApp(settings).start(again);
            MainViewModel restored = ((MainView) again.getScene().getRoot()).viewModel();
            assertEquals("rosenbrock", restored.presetProperty().get().id());
            assertEquals("(1-x)^2 + 100*(y-x^2)^2", restored.functionProperty().get().text());
            again.hide();
        });
    }
}

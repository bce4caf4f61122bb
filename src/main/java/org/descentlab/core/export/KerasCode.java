package org.descentlab.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.expr.PythonFunction;

/**
 * Keras 3's words: keras.optimizers with its own argument names (learning_rate, beta_1, epsilon; weight_decay
 * None when there is none), float64 as the default float type, f on numpy float64 values. Clipping is
 * written out rather than left to the optimizer's {@code clipnorm}, which scales by clip/max(‖g‖, clip)
 * where the app, as PyTorch, scales by clip/(‖g‖ + 1e-6).
 */
final class KerasCode implements FrameworkCode {

    private static final String BETAS = "beta_1={beta1}, beta_2={beta2}, epsilon={eps}";

    @Override
    public PythonFunction.Module module() {
        return PythonFunction.Module.NUMPY;
    }

    @Override
    public List<String> imports() {
        return List.of("import keras", "import numpy as np", "",
                "keras.config.set_floatx(\"float64\")  # float64 throughout, as DescentLab",
                "np.seterr(all=\"ignore\")  # inf and nan as IEEE arithmetic gives them, without warnings");
    }

    @Override
    public String values() {
        return "numpy float64 values";
    }

    @Override
    public String value() {
        return "return float(f(np.float64(x), np.float64(y)))";
    }

    @Override
    public String helper(String name) {
        throw new IllegalArgumentException("no helper " + name);
    }

    @Override
    public Map<String, String> optimizers() {
        return Map.ofEntries(
                Map.entry("gd", "SGD(learning_rate={lr}, momentum=0.0, nesterov=False, weight_decay={weight_decay?})"),
                Map.entry("momentum", "SGD(learning_rate={lr}, momentum={momentum}, nesterov=False, weight_decay={weight_decay?})"),
                Map.entry("nesterov", "SGD(learning_rate={lr}, momentum={momentum}, nesterov=True, weight_decay={weight_decay?})"),
                Map.entry("adagrad", "Adagrad(learning_rate={lr}, initial_accumulator_value={initial_accumulator_value},"
                        + " epsilon={eps}, weight_decay={weight_decay?})"),
                Map.entry("adadelta", "Adadelta(learning_rate={lr}, rho={rho}, epsilon={eps}, weight_decay={weight_decay?})"),
                Map.entry("rmsprop", "RMSprop(learning_rate={lr}, rho={alpha}, momentum={momentum}, epsilon={eps},"
                        + " centered={centered}, weight_decay={weight_decay?})"),
                Map.entry("adam", "Adam(learning_rate={lr}, " + BETAS + ", amsgrad={amsgrad}, weight_decay={weight_decay?})"),
                Map.entry("adamw", "AdamW(learning_rate={lr}, weight_decay={weight_decay}, " + BETAS + ", amsgrad={amsgrad})"),
                Map.entry("adamax", "Adamax(learning_rate={lr}, " + BETAS + ", weight_decay={weight_decay?})"),
                Map.entry("nadam", "Nadam(learning_rate={lr}, " + BETAS + ", weight_decay={weight_decay?})"),
                Map.entry("lion", "Lion(learning_rate={lr}, beta_1={beta1}, beta_2={beta2}, weight_decay={weight_decay?})"),
                Map.entry("lamb", "Lamb(learning_rate={lr}, " + BETAS + ", weight_decay={weight_decay?})"));
    }

    @Override
    public String optimizer(String constructor) {
        return "optimizer = keras.optimizers." + constructor;
    }

    @Override
    public List<String> parameter() {
        return List.of("p = keras.Variable(np.array([X0, Y0]), dtype=\"float64\")");
    }

    @Override
    public List<String> update(String optimizer, boolean clip) {
        List<String> lines = new ArrayList<>();
        lines.add("grad = np.array(grad)");
        if (clip) {
            lines.add("grad = grad * min(1.0, CLIP / (float(np.linalg.norm(grad)) + 1e-6))  # as DescentLab and clip_grad_norm_");
        }
        lines.add("optimizer.apply_gradients([(keras.ops.convert_to_tensor(grad), p)])");
        lines.add("x, y = (float(v) for v in p.numpy())");
        return lines;
    }
}

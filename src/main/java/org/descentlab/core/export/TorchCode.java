package org.descentlab.core.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.descentlab.core.expr.PythonFunction;

/**
 * PyTorch's words: torch.optim with its own argument names, f on float64 tensors, and
 * {@code torch.nn.utils.clip_grad_norm_}, whose rule (scale by clip/(‖g‖ + 1e-6) when that is below 1) is
 * the app's. Arguments newer than PyTorch 1.13 that the app leaves at their default (Adam's and NAdam's
 * {@code decoupled_weight_decay=False}) are not written, nor {@code maximize} and RAdam's
 * {@code decoupled_weight_decay} unless they are set, so the script also runs on older versions.
 */
final class TorchCode implements FrameworkCode {

    private static final String CLIP =
            "torch.nn.utils.clip_grad_norm_([p], CLIP)  # grad*CLIP/(|grad| + 1e-6) when that is shorter, as DescentLab";
    private static final String BETAS = "betas=({beta1}, {beta2}), eps={eps}, weight_decay={weight_decay}";

    @Override
    public PythonFunction.Module module() {
        return PythonFunction.Module.TORCH;
    }

    @Override
    public List<String> imports() {
        return List.of("import torch");
    }

    @Override
    public String values() {
        return "float64 tensors";
    }

    @Override
    public String value() {
        return "return float(f(torch.tensor(x, dtype=torch.float64), torch.tensor(y, dtype=torch.float64)))";
    }

    @Override
    public String helper(String name) {
        return switch (name) {
            case "cbrt" -> """
                    def cbrt(a):
                        # torch has no cube root; this is within an ulp or two of Java's Math.cbrt
                        return torch.sign(a) * torch.abs(a)**(1 / 3)
                    """;
            case "signum" -> """
                    def signum(a):
                        # Java's Math.signum: nan stays nan and zero keeps its sign (torch.sign gives 0 for both)
                        return torch.where((a == 0) | torch.isnan(a), a, torch.sign(a))
                    """;
            default -> throw new IllegalArgumentException("no helper " + name);
        };
    }

    @Override
    public Map<String, String> optimizers() {
        return Map.ofEntries(
                Map.entry("gd", "SGD(lr={lr}, momentum=0, dampening=0, weight_decay={weight_decay}, nesterov=False{maximize!})"),
                Map.entry("momentum", "SGD(lr={lr}, momentum={momentum}, dampening={dampening}, weight_decay={weight_decay},"
                        + " nesterov=False{maximize!})"),
                Map.entry("nesterov", "SGD(lr={lr}, momentum={momentum}, dampening=0, weight_decay={weight_decay},"
                        + " nesterov=True{maximize!})"),
                Map.entry("adagrad", "Adagrad(lr={lr}, lr_decay={lr_decay}, weight_decay={weight_decay},"
                        + " initial_accumulator_value={initial_accumulator_value}, eps={eps}{maximize!})"),
                Map.entry("adadelta", "Adadelta(lr={lr}, rho={rho}, eps={eps}, weight_decay={weight_decay}{maximize!})"),
                Map.entry("rmsprop", "RMSprop(lr={lr}, alpha={alpha}, eps={eps}, weight_decay={weight_decay}, momentum={momentum},"
                        + " centered={centered}{maximize!})"),
                Map.entry("adam", "Adam(lr={lr}, " + BETAS + ", amsgrad={amsgrad}{maximize!})"),
                Map.entry("adamw", "AdamW(lr={lr}, " + BETAS + ", amsgrad={amsgrad}{maximize!})"),
                Map.entry("adamax", "Adamax(lr={lr}, " + BETAS + "{maximize!})"),
                Map.entry("nadam", "NAdam(lr={lr}, " + BETAS + ", momentum_decay={momentum_decay}{maximize!})"),
                Map.entry("radam", "RAdam(lr={lr}, " + BETAS + "{decoupled_weight_decay!}{maximize!})"),
                Map.entry("rprop", "Rprop(lr={lr}, etas=({eta_minus}, {eta_plus}), step_sizes=({step_size_min}, {step_size_max})"
                        + "{maximize!})"),
                Map.entry("asgd", "ASGD(lr={lr}, lambd={lambd}, alpha={alpha}, t0={t0}, weight_decay={weight_decay}{maximize!})"),
                Map.entry("lbfgs", "LBFGS(lr={lr}, max_iter=1, max_eval={max_eval}, tolerance_grad={tolerance_grad},"
                        + " tolerance_change={tolerance_change}, history_size={history_size}, line_search_fn={line_search_fn})"));
    }

    @Override
    public List<String> notes(String optimizer) {
        if (optimizer.equals("asgd")) {
            return List.of("torch.set_default_dtype(torch.float64)  # ASGD keeps eta and mu as tensors of the default type;"
                    + " float64, as DescentLab");
        }
        return optimizer.equals("nadam") ? List.of("# Before PyTorch 2.0 NAdam's default (single-tensor) step used mu_t twice in its last term; add"
                + " foreach=True there", "# (its foreach step was right) to walk this path (pytorch/pytorch#92699).") : List.of();
    }

    @Override
    public String optimizer(String constructor) {
        int open = constructor.indexOf('(');
        return "optimizer = torch.optim." + constructor.substring(0, open + 1) + "[p], " + constructor.substring(open + 1);
    }

    @Override
    public List<String> parameter() {
        return List.of("p = torch.tensor([X0, Y0], dtype=torch.float64, requires_grad=True)");
    }

    @Override
    public List<String> update(String optimizer, boolean clip) {
        if (optimizer.equals("lbfgs")) {
            return closure(clip);
        }
        List<String> lines = new ArrayList<>();
        lines.add("p.grad = torch.tensor(grad, dtype=torch.float64)");
        if (clip) {
            lines.add(CLIP);
        }
        lines.add("optimizer.step()");
        lines.add("x, y = p.tolist()");
        return lines;
    }

    /**
     * LBFGS's step takes a closure, which it calls at p and then at each line-search trial point: the first call
     * gives the step's gradient (noise and clipping as the run has them), the others the app's gradient there.
     */
    private static List<String> closure(boolean clip) {
        List<String> lines = new ArrayList<>(List.of(
                "calls = []",
                "",
                "def closure():",
                "    # LBFGS calls this at p, then at each line-search trial point. The gradient is DescentLab's",
                "    # finite differences (not loss.backward()), so that the paths agree; the first call's is the",
                "    # step's own, with the run's noise and clipping.",
                "    first = not calls",
                "    calls.append(p.tolist())",
                "    optimizer.zero_grad()",
                "    p.grad = torch.tensor(grad if first else gradient(*calls[-1]), dtype=torch.float64)"));
        if (clip) {
            lines.add("    if first:");
            lines.add("        " + CLIP);
        }
        lines.addAll(List.of(
                "    return torch.tensor(value(*calls[-1]), dtype=torch.float64)",
                "",
                "optimizer.step(closure)",
                "x, y = p.tolist()"));
        return lines;
    }
}

package org.descentlab.core.export;

import java.util.List;
import java.util.Map;

import org.descentlab.core.expr.PythonFunction;

/** What one framework's script says in its own words; the rest of the script is shared. */
interface FrameworkCode {

    /** Where f's functions come from. */
    PythonFunction.Module module();

    /** Its import lines and any setting that must come first (float64 throughout). */
    List<String> imports();

    /** What x and y are inside f, for f's docstring: "float64 tensors". */
    String values();

    /** The body of {@code value(x, y)}: f at two Python floats, as a Python float. */
    String value();

    /** The definition of a helper f calls that the module lacks. */
    String helper(String name);

    /** Each optimizer by name: the class and its arguments, {@code {name}} for a value, {@code {name?}} for one that is None when 0. */
    Map<String, String> optimizers();

    /** Comment lines on this framework's optimizer worth knowing before running the script; empty if none. */
    default List<String> notes(String optimizer) {
        return List.of();
    }

    /** The line that creates the optimizer for the parameter, from the filled template. */
    String optimizer(String constructor);

    /** The lines that create the parameter p, one float64 vector (x, y) from X0, Y0. */
    List<String> parameter();

    /**
     * The loop's lines from the gradient {@code grad} (a Python tuple) to the new x and y: the clipping when
     * {@code clip}, and the step of the optimizer named {@code optimizer}.
     */
    List<String> update(String optimizer, boolean clip);
}

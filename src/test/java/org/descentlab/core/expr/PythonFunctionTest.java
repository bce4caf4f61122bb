package org.descentlab.core.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.descentlab.core.expr.PythonFunction.Module;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PythonFunctionTest {

    private static String torch(String text) {
        return PythonFunction.of(compile(text), Module.TORCH).expression();
    }

    private static String numpy(String text) {
        return PythonFunction.of(compile(text), Module.NUMPY).expression();
    }

    private static CompiledFunction compile(String text) {
        return ((ParseResult.Success) Expressions.parse(text)).function();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "sin(x)    | torch.sin(x)    | np.sin(x)",
        "cos(x)    | torch.cos(x)    | np.cos(x)",
        "tan(x)    | torch.tan(x)    | np.tan(x)",
        "cot(x)    | (1 / torch.tan(x)) | (1 / np.tan(x))",
        "asin(x)   | torch.asin(x)   | np.arcsin(x)",
        "acos(x)   | torch.acos(x)   | np.arccos(x)",
        "atan(x)   | torch.atan(x)   | np.arctan(x)",
        "sinh(x)   | torch.sinh(x)   | np.sinh(x)",
        "cosh(x)   | torch.cosh(x)   | np.cosh(x)",
        "tanh(x)   | torch.tanh(x)   | np.tanh(x)",
        "log(x)    | torch.log(x)    | np.log(x)",
        "log2(x)   | (torch.log(x) / math.log(2)) | (np.log(x) / math.log(2))",
        "log10(x)  | torch.log10(x)  | np.log10(x)",
        "log1p(x)  | torch.log1p(x)  | np.log1p(x)",
        "exp(x)    | torch.exp(x)    | np.exp(x)",
        "expm1(x)  | torch.expm1(x)  | np.expm1(x)",
        "sqrt(x)   | torch.sqrt(x)   | np.sqrt(x)",
        "cbrt(x)   | cbrt(x)         | np.cbrt(x)",
        "abs(x)    | torch.abs(x)    | np.abs(x)",
        "floor(x)  | torch.floor(x)  | np.floor(x)",
        "ceil(x)   | torch.ceil(x)   | np.ceil(x)",
        "signum(x) | signum(x)       | np.sign(x)",
        "pow(x, y) | x**y            | x**y",
    })
    void everyFunctionIsTheModulesOwnOrOneWithTheAppsMeaning(String text, String inTorch, String inNumpy) {
        assertEquals(23, MathFunction.values().length, "a new function needs a row here");
        assertEquals(inTorch, torch(text));
        assertEquals(inNumpy, numpy(text));
    }

    @Test
    void onlyWhatTorchLacksNeedsAHelper() {
        assertEquals(Set.of("cbrt", "signum"), PythonFunction.of(compile("cbrt(x) + signum(y) + sin(x)"), Module.TORCH).helpers());
        assertEquals(Set.of(), PythonFunction.of(compile("cbrt(x) + signum(y)"), Module.NUMPY).helpers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "(1-x)^2 + 100*(y-x^2)^2 | (1 - x)**2 + 100*(y - x**2)**2",
        "x - (y - 1)             | x - (y - 1)",
        "x - y - 1               | x - y - 1",
        "x/(y*2)                 | x/(y*2)",
        "x*y/2                   | x*y/2",
        "-x^2                    | -x**2",
        "(-x)^2                  | (-x)**2",
        "2^3^x                   | 2**(3**x)",
        "(x^2)^3                 | (x**2)**3",
        "x^-y                    | x**(-y)",
        "x^-2                    | x**(-2)",
        "x % 3                   | torch.fmod(x, 3)",
        "2x + 3y                 | 2*x + 3*y",
        "(x+1)(y-1)              | (x + 1)*(y - 1)",
        "x*-y                    | x*-y",
    })
    void operatorsKeepExp4jsReadingInPythonsPrecedence(String text, String python) {
        assertEquals(python, torch(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "pi*x        | math.pi*x",
        "π*x         | math.pi*x",
        "e^x         | math.e**x",
        "φ*x         | 1.61803398874*x",
        "x/0         | x/0",
        "(1/0)*x     | math.inf*x",
        "(0/0)*x     | math.nan*x",
        "(-1/0)*x    | -math.inf*x",
        "sqrt(2)*x   | 1.4142135623730951*x",
        "x + 2^-1    | x + 0.5",
        "x + 7 % 4   | x + 3",
        "1e-8*x      | 1e-8*x",
        "-sqrt(4)*x  | -2*x",
    })
    void constantsAreMathsOwnAndWhatPythonCouldNotComputeIsWrittenAsTheAppFoldsIt(String text, String python) {
        assertEquals(python, torch(text));
    }

    @Test
    void literalsArePythonNumbers() {
        assertEquals("0.001", PythonFunction.literal(1e-3));
        assertEquals("1e-7", PythonFunction.literal(1e-7));
        assertEquals("-3", PythonFunction.literal(-3));
        assertEquals("math.inf", PythonFunction.literal(Double.POSITIVE_INFINITY));
        assertEquals("-math.inf", PythonFunction.literal(Double.NEGATIVE_INFINITY));
        assertEquals("math.nan", PythonFunction.literal(Double.NaN));
    }
}

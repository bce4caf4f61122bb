package org.descentlab.core.expr;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.descentlab.core.Texts;
import org.descentlab.core.expr.Lexer.ParseException;

/**
 * Reads typed text into a {@link CompiledFunction}: the one entry point of this package.
 *
 * <pre>{@code
 * switch (Expressions.parse("sin(x) * cos(y)")) { ... }   // Success or Failure, never an exception
 * }</pre>
 */
public final class Expressions {

    /** Characters people paste from documents, with what they mean here. */
    private static final String PASTED = "−×·÷⋅";
    private static final String MEANING = "-**/*";
    /** Longer text is refused: no one types it, and the tree passes recurse once per operator. */
    public static final int MAX_LENGTH = 1000;

    private Expressions() {
    }

    /**
     * The last texts read, with what they read as: a function is read where it is typed, checked where it
     * enters a scenario and compiled where it is drawn, and each must be the same compiled code, compiled
     * once (a fresh class is code the JIT has not seen yet).
     */
    private static final int REMEMBERED = 64;
    private static final Map<String, ParseResult> READ = Collections.synchronizedMap(
            new LinkedHashMap<>(REMEMBERED * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, ParseResult> eldest) {
                    return size() > REMEMBERED;
                }
            });

    /**
     * Parses and compiles; any mistake comes back as a {@link ParseResult.Failure} with a message. The
     * same text gives the same result, the same compiled function included.
     */
    public static ParseResult parse(String text) {
        if (text == null) {
            return new ParseResult.Failure(new ParseError("the function is empty", 0, ""));
        }
        ParseResult known = READ.get(text);
        if (known != null) {
            return known;
        }
        ParseResult result = parseFresh(text);
        READ.put(text, result);
        return result;
    }

    /**
     * Reads and compiles anew, remembering nothing and reusing nothing (neither the text nor a class made
     * for the same shape): the plain function the remembered ones must equal, for checks.
     */
    public static ParseResult parseAfresh(String text) {
        return text == null ? parse(null) : parseFresh(text, false);
    }

    private static ParseResult parseFresh(String text) {
        return parseFresh(text, true);
    }

    private static ParseResult parseFresh(String text, boolean remembered) {
        if (text.length() > MAX_LENGTH) {
            return new ParseResult.Failure(new ParseError("the function is too long: " + text.length()
                    + " characters, at most " + MAX_LENGTH, 0, ""));
        }
        try {
            return read(text, remembered);
        } catch (ParseException e) {
            return new ParseResult.Failure(e.error());
        } catch (RuntimeException | StackOverflowError e) {
            // exp4j reading differently from our grammar is our bug; the user still gets a sentence.
            return new ParseResult.Failure(new ParseError(
                    "could not read this function; please check it (" + e.getClass().getSimpleName() + ")", 0, text));
        }
    }

    private static ParseResult read(String text, boolean remembered) throws ParseException {
        List<ParseWarning> warnings = new ArrayList<>();
        String clean = normalize(text, warnings);
        List<Token> tokens = Lexer.tokenize(clean);
        List<Token> bareFunctions = Grammar.check(tokens);
        Node tree = TreeBuilder.build(tokens);
        String readAs = Printer.print(tree);
        for (Token f : bareFunctions) {
            warnings.add(new ParseWarning(f.text() + " at column " + f.column()
                    + " has no brackets, so it applies to everything after it up to the next ')' or the end",
                    f.column()));
        }
        if (!bareFunctions.isEmpty()) {
            warnings.add(new ParseWarning("read as: " + readAs, 0));
        }
        return new ParseResult.Success(compile(text, readAs, tree, remembered), warnings);
    }

    private static CompiledFunction compile(String text, String readAs, Node tree, boolean remembered) {
        Node simple = Simplifier.simplify(tree);
        try {
            return new CompiledFunction(text, readAs, BytecodeCompiler.compile(simple, remembered), true);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            // e.g. ASM's MethodTooLargeException, or a class the JVM refuses: interpret instead.
            return new CompiledFunction(text, readAs, new Interpreter(simple), false);
        }
    }

    /** The interpreted form, for tests that compare it with the compiled one. */
    static CompiledFunction interpreted(String text) {
        ParseResult result = parse(text);
        if (!(result instanceof ParseResult.Success success)) {
            throw new IllegalArgumentException(text + ": " + ((ParseResult.Failure) result).error().describe());
        }
        Node tree = Simplifier.simplify(TreeBuilder.build(normalize(text, new ArrayList<>())));
        return new CompiledFunction(text, success.function().readAs(), new Interpreter(tree), false);
    }

    /** The text with pasted symbols and spaces replaced, its warnings dropped: what the lexer reads. */
    static String normalized(String text) {
        return normalize(text, new ArrayList<>());
    }

    /** The tree of text that {@link #parse} read, as exp4j reads it, before any simplification. */
    static Node tree(String text) {
        return TreeBuilder.build(normalize(text, new ArrayList<>()));
    }

    /**
     * Replaces pasted symbols one for one, so columns stay those of the typed text; every kind of space
     * ({@link Texts#isSpace}: thin, ideographic, no-break ...) becomes a plain one.
     */
    private static String normalize(String text, List<ParseWarning> warnings) {
        StringBuilder normalized = new StringBuilder(Texts.plainSpaces(text));
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            int k = PASTED.indexOf(c);
            if (k >= 0) {
                normalized.setCharAt(i, MEANING.charAt(k));
                warnings.add(new ParseWarning("'" + c + "' read as '" + MEANING.charAt(k) + "' (column " + (i + 1) + ")",
                        i + 1));
            }
        }
        return normalized.toString();
    }
}

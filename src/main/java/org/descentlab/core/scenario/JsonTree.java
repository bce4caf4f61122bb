package org.descentlab.core.scenario;

import java.io.CharConversionException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/**
 * JSON read into a small tree that remembers the line of every value, so that a reader can say where a
 * mistake is. Jackson tokenises; what is wrong is said here in plain words, never in Jackson's.
 */
final class JsonTree {

    /** A value and the line it starts on. */
    sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
        int line();

        /** "an object", "a list", "a string", "a number", "true or false", "null": for messages. */
        String kind();
    }

    record Field(String name, int line, Node value) {
    }

    record Obj(int line, Map<String, Field> fields) implements Node {
        public String kind() {
            return "an object";
        }
    }

    record Arr(int line, List<Node> items) implements Node {
        public String kind() {
            return "a list";
        }
    }

    record Str(int line, String value) implements Node {
        public String kind() {
            return "a string";
        }
    }

    /** A number; {@code whole} when it was written without a fraction or exponent and fits a long. */
    record Num(int line, double value, boolean whole, long longValue) implements Node {
        public String kind() {
            return "a number";
        }
    }

    record Bool(int line, boolean value) implements Node {
        public String kind() {
            return "true or false";
        }
    }

    record Null(int line) implements Node {
        public String kind() {
            return "null";
        }
    }

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.+?)'");

    private JsonTree() {
    }

    static Node parse(byte[] content) throws ScenarioException {
        try (JsonParser p = FACTORY.createParser(content)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                throw new ScenarioException("the file is empty");
            }
            Node root = read(p);
            if (p.nextToken() != null) {
                throw new ScenarioException("line " + p.currentLocation().getLineNr() + ": there is more after the end of the scenario");
            }
            return root;
        } catch (JsonEOFException e) {
            throw truncated();
        } catch (JsonParseException e) {
            if (String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
                throw truncated();
            }
            throw new ScenarioException("line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()
                    + ": this is not valid JSON (" + plain(e.getOriginalMessage()) + ")");
        } catch (StreamConstraintsException e) {
            throw new ScenarioException("a number or a nesting of lists and objects in the file is longer than a scenario can"
                    + " have");
        } catch (CharConversionException e) {
            throw new ScenarioException("the file is not UTF-8 text");
        } catch (IOException e) {
            throw new ScenarioException("cannot read the file: " + e.getMessage());
        }
    }

    private static ScenarioException truncated() {
        return new ScenarioException("the file ends in the middle of the JSON: it may have been cut short");
    }

    private static Node read(JsonParser p) throws IOException, ScenarioException {
        int line = p.currentTokenLocation().getLineNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Field> fields = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    int at = p.currentTokenLocation().getLineNr();
                    p.nextToken();
                    Node value = read(p);
                    if (fields.put(name, new Field(name, at, value)) != null) {
                        throw new ScenarioException("line " + at + ": '" + name + "' is given twice");
                    }
                }
                return new Obj(line, fields);
            }
            case START_ARRAY -> {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(p));
                }
                return new Arr(line, items);
            }
            case VALUE_STRING -> {
                return new Str(line, p.getText());
            }
            case VALUE_NUMBER_INT -> {
                boolean fits = p.getNumberType() == JsonParser.NumberType.INT || p.getNumberType() == JsonParser.NumberType.LONG;
                return new Num(line, p.getDoubleValue(), fits, fits ? p.getLongValue() : 0);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Num(line, p.getDoubleValue(), false, 0);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Bool(line, t == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new Null(line);
            }
            default -> throw new ScenarioException("line " + line + ": this is not valid JSON");
        }
    }

    /** Jackson's message in a few plain words. */
    private static String plain(String message) {
        if (message == null) {
            return "unexpected text";
        }
        Matcher m = UNEXPECTED.matcher(message);
        if (m.find()) {
            return "unexpected '" + m.group(1) + "'";
        }
        m = TOKEN.matcher(message);
        if (m.find()) {
            String token = m.group(1);
            return token.equals("NaN") || token.endsWith("Infinity") ? token + " is not a JSON number" : "unexpected '" + token + "'";
        }
        if (message.contains("Non-standard token")) {
            return "NaN and Infinity are not JSON numbers";
        }
        if (message.contains("control character")) {
            return "a line break or control character inside a string";
        }
        return "unexpected text";
    }
}

package dev.stepwise.runtime.robustness;

import java.util.Random;

/**
 * Seeded, bounded generator of small JSONata expressions: operators, paths into {@code $states} and variables,
 * built-in and Step Functions functions with arguments of any type, lambdas, blocks, regular expressions and
 * literals from the edges (huge and tiny numbers, surrogates, control characters). Most expressions parse; many
 * fail when evaluated, which is the point.
 */
final class JsonataGenerator {

    private static final String[] NUMBERS = {"0", "1", "-1", "2", "0.5", "1.5", "-0", "3", "10", "99999999",
        "100000000", "1e300", "1e308", "-1e308", "1e-300", "9007199254740993", "123456789012345678901234567890",
        "4294967296", "2147483648", "1e21", "0.1"};
    private static final String[] STRINGS = {"''", "'a'", "'abc'", "'x,y'", "'\u00e9\ud83d\ude00'", "'\\u0000'",
        "'\\ud800'", "'1'", "'1e400'", "'true'", "'{\"a\":1}'", "'[1,'", "'2020-01-01T00:00:00Z'", "'MD5'",
        "'SHA-256'", "'%'", "'#,##0.00'", "'$'", "'a.b'", "'\\\\'", "'  x  '", "'aaaaaaaaaaaaaaaaaaaaaaaab'"};
    private static final String[] PATHS = {"$states.input", "$states.input.a", "$states.input.n", "$states.input.s",
        "$states.input.arr", "$states.input.arr[0]", "$states.input.arr[-1]", "$states.input.o", "$states.input.o.k",
        "$states.input.big", "$states.input.*", "$states.input.**", "$states.context", "$states.context.Execution.Id",
        "$states.context.State.EnteredTime", "$states.result", "$states.errorOutput", "$v", "$w", "$undefinedVar",
        "$", "$$", "$states", "$states.input.arr[$ > 1]", "$states.input.arr#$i", "$states.input.arr@$e",
        "$states.input.arr^(>$)", "$states.input.arr[[0..1]]", "$states.input.missing.deeper"};
    private static final String[] BINARY = {"+", "-", "*", "/", "%", "&", "=", "!=", "<", "<=", ">", ">=", "and",
        "or", "in", "~>"};
    private static final String[] UNARY_FUNCTIONS = {"string", "number", "boolean", "not", "exists", "count",
        "sum", "max", "min", "average", "abs", "floor", "ceil", "round", "sqrt", "keys", "values", "spread",
        "reverse", "sort", "distinct", "shuffle", "type", "length", "uppercase", "lowercase", "trim", "base64encode",
        "base64decode", "encodeUrl", "decodeUrl", "encodeUrlComponent", "decodeUrlComponent", "toMillis",
        "fromMillis", "single", "merge", "append", "zip", "parse", "uuid", "random", "partition", "hash", "range",
        "error", "assert", "formatNumber", "formatBase", "formatInteger", "parseInteger", "substring",
        "substringBefore", "substringAfter", "pad", "join", "split", "match", "replace", "contains", "lookup",
        "sift", "each", "map", "filter", "reduce", "power", "now", "millis", "eval", "clone", "nope"};
    private static final String[] REGEXES = {"/a/", "/a(b)/i", "/^$/", "/(a|aa)+b/", "/\\d+/", "/[/", "/.*/m",
        "/(?<n>a)/", "/\\u00e9/"};
    private static final String[] LAMBDAS = {"function($x){$x}", "function($x, $i){$x & $i}",
        "function($a, $b){$a + $b}", "function($x){$x > 1}", "λ($x){[$x, $x]}", "function($x)<n:n>{$x * 2}",
        "function($f){$f($f)}"};

    private final Random random;

    JsonataGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** One expression, nested at most {@code depth} levels. */
    String expression(int depth) {
        if (depth <= 0) {
            return leaf();
        }
        switch (random.nextInt(12)) {
            case 0, 1:
                return leaf();
            case 2, 3:
                return expression(depth - 1) + " " + pick(BINARY) + " " + expression(depth - 1);
            case 4, 5, 6:
                return call(depth);
            case 7:
                return "[" + list(depth) + "]";
            case 8:
                return "{" + pick(STRINGS) + ": " + expression(depth - 1) + "}";
            case 9:
                return "(" + "$v := " + expression(depth - 1) + "; " + expression(depth - 1) + ")";
            case 10:
                return expression(depth - 1) + " ? " + expression(depth - 1) + " : " + expression(depth - 1);
            default:
                return random.nextBoolean() ? expression(depth - 1) + "[" + expression(depth - 1) + "]"
                        : expression(depth - 1) + "." + expression(depth - 1);
        }
    }

    private String call(int depth) {
        if (random.nextInt(10) == 0) {
            return pick(REGEXES) + "(" + expression(depth - 1) + ")";
        }
        if (random.nextInt(10) == 0) {
            return "(" + pick(LAMBDAS) + ")(" + list(depth) + ")";
        }
        return "$" + pick(UNARY_FUNCTIONS) + "(" + list(depth) + ")";
    }

    private String list(int depth) {
        int count = random.nextInt(4);
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < count; i++) {
            items.append(i == 0 ? "" : ", ").append(argument(depth - 1));
        }
        return items.toString();
    }

    private String argument(int depth) {
        return switch (random.nextInt(6)) {
            case 0 -> pick(LAMBDAS);
            case 1 -> pick(REGEXES);
            default -> expression(depth);
        };
    }

    private String leaf() {
        return switch (random.nextInt(6)) {
            case 0 -> pick(NUMBERS);
            case 1 -> pick(STRINGS);
            case 2 -> pick(new String[] {"true", "false", "null", "[]", "{}", "[1..3]", "[0..100000]"});
            default -> pick(PATHS);
        };
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }
}

package dev.stepwise.processor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates a {@link FuzzSeeds} source the way a user gets it wrong: odd attribute values (empty, huge, negative,
 * malformed paths, JSON, JSONata and ARNs, names of other states, over-long names), wrong class literals, missing,
 * misplaced and repeated annotations, wrong return and parameter types, modifiers generated code cannot call, and
 * classes that take the generated class's name. The result stays valid Java syntax, so javac runs the processor;
 * many mutants do not type-check, which is part of the point.
 */
final class SourceMutator {

    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern NUMBER = Pattern.compile("(\\w+) = (-?[0-9][0-9.]*)");
    private static final Pattern CLASS_LITERAL = Pattern.compile("[\\w.]+(?:\\[])?\\.class");
    private static final Pattern STATE_NAME = Pattern.compile("@State\\(\"([^\"]*)\"\\)");
    /** A method on one line; a record declaration looks the same but is no method. */
    private static final Pattern METHOD = Pattern.compile("^(\\s++)(?!public record )(?:[\\w.<>\\[\\], ?]+) (\\w+)\\((.*)\\) (\\{.*})$");
    private static final Pattern NESTED_CLASS = Pattern.compile("^    public static class (\\w+) \\{$");
    private static final Set<String> DECIMAL_ATTRIBUTES = Set.of("backoffRate", "toleratedFailurePercentage");

    private static final List<String> STRINGS = List.of("", " ", "$", "$.", "$..a", "$[", "$.a[", "$.a[*]", "$.a[0]",
            "$.a[-1]", "$.a['b']", "$$.Execution.Id", "$$.Map.Item.Value", "$.a.b.c.d", "$.order", "$.validation.total",
            "null", "{", "{bad", "[]", "{}", "[1, 2]", "\"text\"", "{\"a.$\": 1}", "{\"a.$\": \"nope\"}",
            "{\"a.$\": \"States.Format('{}')\"}", "{\"a\": \"{% 1 + %}\"}", "{\"a\": \"{% $states.input %}\"}",
            "{\"a\": {\"b.$\": \"$.c\"}}", "States.ALL", "States.Timeout", "States.Bogus", "States.", "Custom.Error",
            "arn:", "arn:aws:lambda", "arn:aws:states:::", "arn:aws:states:::lambda:invoke",
            "arn:aws:states:::aws-sdk:s3:getObject", "arn:aws:states:::sqs:sendMessage.waitForTaskToken",
            "arn:aws:states:::states:startExecution.sync:2", "arn:aws:lambda:us-east-1:123456789012:function:${name}",
            "arn:aws:states:us-east-1:123456789012:activity:a", "arn:aws:iam::123456789012:role/r",
            "arn:aws:logs:us-east-1:123456789012:log-group:g", "arn:aws:logs:us-east-1:123456789012:log-group:g:*",
            "arn:aws:states:us-east-1:123456789012:stateMachine:M:1", "${}", "${a b}", "{% %}", "{%", "%}",
            "{% $states.input %}", "{% $states.input. %}", "$states.input", "$states.input.a", "$states.result.x",
            "$states.context.Execution.Id", "$states.errorOutput", "$x", "$unknown", "$memberId", "$not(", "1 +",
            "nowhere", "done", "Done", "a b", "a\tb", "line\nbreak", "quote\"d", "back\\slash", "ünïcödé", "\u00e9",
            "x".repeat(80), "x".repeat(81), "y".repeat(300), "States.Format('{}', $.a)", "States.ArrayLength()",
            "States.Array($.a, 1, 'x', true, null)", "States.MathAdd($.a)", "States.StringToJson($.s)",
            "States.UUID()", "States.Hash($.a, 'SHA-1')", "$.a == 1", "$.a >", "true", "false", "1 = 1", "'x'",
            "(", ")", "$.a == 'x' && ($.b > 2 || !($.c == true))", "$.a < $.b", "$.a == null", "$.a =~ 'x*'",
            "$.a in [1, 2]", "$.a is null", "$.a is not present", "$.a matches 'x*'", "$.a > number $.b", "$exists($states.input.a)", "2026-01-01 10:00", "2026-13-40T25:61:61Z",
            "2026-01-31T12:00:00+01:00", "$.order-id", "$.orderId", "$['order id']", "$.class", "$.toString",
            "$.hashCode", "$.1st", "$.\u00e9t\u00e9", "charge card", "ChargeCard", "Charge-Card", "Input", "class", "aws:tag", "a&b", "live", "1live", "k=v", "-1", "0", "1e309");
    private static final List<String> INTEGERS = List.of("0", "-1", "1", "2", "5", "60", "80", "100", "101", "1000",
            "2100", "2101", "3600", "86400", "99999999", "100000000", "Integer.MAX_VALUE", "Integer.MIN_VALUE",
            "-2147483647", "31536000", "31536001");
    private static final List<String> DECIMALS = List.of("0.0", "-1.0", "0.5", "0.999", "1.0", "1", "2.5", "100.0",
            "100.5", "1e308", "Double.MAX_VALUE", "Double.MIN_VALUE", "Double.NaN", "Double.POSITIVE_INFINITY",
            "Double.NEGATIVE_INFINITY", "-0.0", "Integer.MAX_VALUE");
    private static final List<String> CLASS_LITERALS = List.of("int.class", "Integer[].class", "void.class",
            "Runnable.class", "java.time.DayOfWeek.class", "Number.class", "String.class", "Object.class",
            "Missing.class", "Override.class", "java.util.AbstractList.class", "Thread.State.class", "Integer.class",
            "java.util.List.class", "SELF.class", "FLOW.class", "FLOW.class", "RECORD.class");
    private static final List<String> TYPES = List.of("void", "int", "long", "boolean", "double", "char", "byte[]",
            "String", "Object", "List<String>", "int[]", "String[][]", "java.util.Map<String, Integer>",
            "java.util.Map<Integer, String>", "BigDecimal", "Missing", "Runnable", "java.util.Optional<String>",
            "Thread.State", "List<? extends Number>", "List<List<RECORD>>", "RECORD", "RECORD[]",
            "java.util.Set<RECORD>", "Iterable<String>", "java.util.concurrent.Future<String>");
    private static final List<String> PARAMETERS = List.of("", "String a", "String a, String b",
            "@From(\"$.a\") String a, @From(\"$.b\") String b", "@From(\"$.a\") int[] a", "@From(\"\") String a",
            "@From(\"$.a\") Missing m", "@From(\"$states.input.a\") String a", "@From(\"$.a\") String a",
            "@From(\"$.a\") java.util.Map<String, List<Integer>> m", "@From(\"$.a\") String... rest",
            "@From(\"$.a\") String arg0, @From(\"$.b\") String arg1", "@From(\"$.a\") RECORD r", "RECORD r",
            "@From(\"$.a.b\") RECORD r, @From(\"$\") RECORD s", "@From(\"States.Format('{}', $.a)\") String s",
            "@From(\"$.a\") String a, @From(\"$.a\") String b", "@From(\"$$.Task.Token\") String token",
            "@From(\"{% $states.input.a %}\") String a", "@From(\"$states.input.a\") String a, String b",
            "@From(\"$.order-id\") String a, @From(\"$.orderId\") String b, @From(\"$.getClass\") String c");
    private static final List<String> MODIFIERS = List.of("private ", "static ", "public ", "protected ",
            "synchronized ", "final ", "<T> ", "strictfp ");
    private static final List<String> METHOD_ANNOTATIONS = List.of("@End", "@Next(\"NAME\")", "@Next(\"nowhere\")",
            "@StartAt", "@ResultPath(\"$.r\")", "@ResultPath(nullResult = true)", "@ResultPath(\"$.a.b\")",
            "@InputPath(\"$.in\")", "@OutputPath(\"$.out\")", "@Query(QueryLanguage.JSONATA)",
            "@Query(QueryLanguage.JSONPATH)", "@Retry", "@Retry(errors = \"States.ALL\")",
            "@Retry(errors = {\"A\", \"States.ALL\"})", "@Catch(next = \"NAME\")",
            "@Catch(errors = \"Custom\", next = \"NAME\", resultPath = \"$.e\")", "@Output(\"$states.input\")",
            "@Output(\"{'a': $states.result}\")", "@Parameters(\"{}\")", "@Parameters(\"{\\\"a.$\\\": \\\"$.a\\\"}\")",
            "@ResultSelector(\"{\\\"a.$\\\": \\\"$.a\\\"}\")", "@Assign(name = \"v\", value = \"$.a\")",
            "@Assign(name = \"v\", value = \"$states.input\")", "@Comment(\"a comment\")", "@State(\"NAME\")",
            "@State(\"NAME2\")", "@State(\"charge card\")", "@State(\"ChargeCard\")", "@Choice", "@When(test = \"$.a == 1\", next = \"NAME\")", "@Default(\"NAME\")",
            "@Task(resource = \"arn:aws:lambda:us-east-1:123456789012:function:f\")", "@Pass", "@Succeed", "@Fail",
            "@Fail(error = \"E\", errorPath = \"$.e\")", "@Wait(seconds = 1)", "@Wait", "@Parallel(branches = FLOW.class)",
            "@Parallel(branches = {})", "@Parallel(branches = {FLOW.class, FLOW.class})", "@Map(processor = FLOW.class)",
            "@Map(processor = FLOW.class, mode = Map.Mode.DISTRIBUTED)", "@Map(processor = SELF.class)");
    private static final List<String> CLASS_ANNOTATIONS = List.of("@Tag(key = \"k\", value = \"v\")", "@Logging",
            "@Logging(level = Logging.Level.OFF, includeExecutionData = true)", "@Tracing",
            "@ExecutionRole(\"arn:aws:iam::123456789012:role/r\")", "@ExecutionRole(\"\")", "@Publish(alias = \"live\")",
            "@Publish(alias = \"live\", routing = {@Publish.Route(weight = 60), @Publish.Route(version = \"arn:aws:states:us-east-1:123456789012:stateMachine:M:1\", weight = 40)})",
            "@Publish(alias = \"live\", deployment = Publish.Deployment.LINEAR, percentage = 50, intervalMinutes = 1)",
            "@Flow", "@Workflow", "@Deprecated");
    private static final List<String> CLASS_DECLARATIONS = List.of("    public class FLOW {", "    static class FLOW {",
            "    private static class FLOW {", "    public abstract static class FLOW {", "    public static final class FLOW {",
            "    public static class FLOW<T> {", "    public static class FLOW extends Thread {");
    /** Names for a nested flow that do not look like a class's. */
    private static final List<String> ODD_CLASS_NAMES = List.of("payment", "p", "\u00dcber", "_Flow", "Flow1");
    private static final List<String> MEMBERS = List.of("FLOW(int size) {}", "private FLOW() {}",
            "public static class NAMEWorkflow {}", "void helper() {}", "public record Extra(String a) {}");
    private static final List<String> WORKFLOW_ATTRIBUTES = List.of("name = \"S\"", "type = Workflow.Type.EXPRESS",
            "queryLanguage = QueryLanguage.JSONATA", "queryLanguage = QueryLanguage.JSONPATH", "timeoutSeconds = N",
            "comment = \"S\"");

    private final Random random;

    SourceMutator(Random random) {
        this.random = random;
    }

    /** A mutant of {@code source}, with the names of the mutations applied. */
    Mutant mutate(String source, int mutations) {
        String text = source;
        List<String> applied = new ArrayList<>();
        List<Mutation> all = mutations();
        for (int i = 0; i < mutations; i++) {
            Mutation mutation = all.get(random.nextInt(all.size()));
            String next = mutation.apply().apply(this, text);
            if (next != null && !next.equals(text)) {
                text = next;
                applied.add(mutation.name());
            }
        }
        return new Mutant(text, applied);
    }

    record Mutant(String source, List<String> mutations) {
    }

    private record Mutation(String name, BiFunction<SourceMutator, String, String> apply) {
    }

    private static List<Mutation> mutations() {
        return List.of(
                new Mutation("string", SourceMutator::replaceString),
                new Mutation("string", SourceMutator::replaceString),
                new Mutation("string", SourceMutator::replaceString),
                new Mutation("stateName", SourceMutator::useOtherStateName),
                new Mutation("number", SourceMutator::replaceNumber),
                new Mutation("number", SourceMutator::replaceNumber),
                new Mutation("classLiteral", SourceMutator::replaceClassLiteral),
                new Mutation("deleteAnnotation", SourceMutator::deleteAnnotation),
                new Mutation("deleteAnnotation", SourceMutator::deleteAnnotation),
                new Mutation("copyAnnotation", SourceMutator::copyAnnotation),
                new Mutation("addAnnotation", SourceMutator::addAnnotation),
                new Mutation("addAnnotation", SourceMutator::addAnnotation),
                new Mutation("classAnnotation", SourceMutator::addClassAnnotation),
                new Mutation("returnType", SourceMutator::changeReturnType),
                new Mutation("parameters", SourceMutator::changeParameters),
                new Mutation("modifier", SourceMutator::addModifier),
                new Mutation("workflowAttribute", SourceMutator::setWorkflowAttribute),
                new Mutation("flowDeclaration", SourceMutator::changeFlowDeclaration),
                new Mutation("member", SourceMutator::addMember),
                new Mutation("generatedNameTaken", SourceMutator::declareGeneratedName),
                new Mutation("defaultPackage", SourceMutator::moveToDefaultPackage),
                new Mutation("oddClassName", SourceMutator::renameFlow));
    }

    private String replaceString(String text) {
        return replaceMatch(text, STRING, m -> quote(pick(STRINGS)));
    }

    private String useOtherStateName(String text) {
        List<String> names = stateNames(text);
        return replaceMatch(text, STRING, m -> quote(pick(names)));
    }

    private String replaceNumber(String text) {
        Matcher matcher = NUMBER.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> attributes = new ArrayList<>();
        while (matcher.find()) {
            spans.add(new int[] {matcher.start(2), matcher.end(2)});
            attributes.add(matcher.group(1));
        }
        if (spans.isEmpty()) {
            return null;
        }
        int k = random.nextInt(spans.size());
        String value = pick(DECIMAL_ATTRIBUTES.contains(attributes.get(k)) ? DECIMALS : INTEGERS);
        return text.substring(0, spans.get(k)[0]) + value + text.substring(spans.get(k)[1]);
    }

    private String replaceClassLiteral(String text) {
        return replaceMatch(text, CLASS_LITERAL, m -> names(pick(CLASS_LITERALS), text));
    }

    private String deleteAnnotation(String text) {
        List<String> lines = lines(text);
        List<Integer> candidates = indexes(lines, l -> l.trim().startsWith("@"));
        if (candidates.isEmpty()) {
            return null;
        }
        lines.remove((int) pick(candidates));
        return String.join("\n", lines);
    }

    private String copyAnnotation(String text) {
        List<String> lines = lines(text);
        List<Integer> annotations = indexes(lines, l -> l.startsWith("    ") && l.trim().startsWith("@")
                && !l.trim().startsWith("@Flow"));
        List<Integer> methods = indexes(lines, l -> METHOD.matcher(l).matches());
        if (annotations.isEmpty() || methods.isEmpty()) {
            return null;
        }
        String annotation = lines.get(pick(annotations));
        int method = pick(methods);
        lines.add(method, indentOf(lines.get(method)) + annotation.trim());
        return String.join("\n", lines);
    }

    private String addAnnotation(String text) {
        List<String> lines = lines(text);
        List<Integer> methods = indexes(lines, l -> METHOD.matcher(l).matches());
        if (methods.isEmpty()) {
            return null;
        }
        int method = pick(methods);
        lines.add(method, indentOf(lines.get(method)) + names(pick(METHOD_ANNOTATIONS), text));
        return String.join("\n", lines);
    }

    private String addClassAnnotation(String text) {
        List<String> lines = lines(text);
        List<Integer> classes = indexes(lines, l -> l.contains(" class ") && l.endsWith("{"));
        if (classes.isEmpty()) {
            return null;
        }
        int at = pick(classes);
        lines.add(at, indentOf(lines.get(at)) + names(pick(CLASS_ANNOTATIONS), text));
        return String.join("\n", lines);
    }

    private String changeReturnType(String text) {
        return changeMethod(text, m -> m.group(1) + names(pick(TYPES), text) + " " + m.group(2) + "(" + m.group(3)
                + ") " + FuzzSeeds.BODY);
    }

    private String changeParameters(String text) {
        return changeMethod(text, m -> {
            String line = m.group(0);
            int open = line.indexOf('(', m.start(2));
            int close = line.lastIndexOf(") {");
            return line.substring(0, open + 1) + names(pick(PARAMETERS), text) + line.substring(close);
        });
    }

    private String addModifier(String text) {
        return changeMethod(text, m -> m.group(1) + pick(MODIFIERS) + m.group(0).substring(m.group(1).length()));
    }

    private String setWorkflowAttribute(String text) {
        int at = text.indexOf("@Workflow(");
        if (at < 0) {
            return null;
        }
        String attribute = pick(WORKFLOW_ATTRIBUTES)
                .replace("\"S\"", quote(pick(STRINGS)))
                .replace("N", pick(INTEGERS));
        String name = attribute.substring(0, attribute.indexOf(' '));
        // replace the attribute when the workflow sets it already: a duplicate would only be a javac error
        Matcher existing = Pattern.compile(name + " = (\"(?:[^\"\\\\]|\\\\.)*\"|[\\w.]+)").matcher(text);
        if (existing.find(at) && text.lastIndexOf('\n', existing.start()) < text.indexOf("\npublic class")) {
            return text.substring(0, existing.start()) + attribute + text.substring(existing.end());
        }
        return text.substring(0, at + 10) + attribute + ", " + text.substring(at + 10);
    }

    private String changeFlowDeclaration(String text) {
        List<String> lines = lines(text);
        List<Integer> classes = indexes(lines, l -> NESTED_CLASS.matcher(l).matches());
        if (classes.isEmpty()) {
            return null;
        }
        int at = pick(classes);
        Matcher matcher = NESTED_CLASS.matcher(lines.get(at));
        matcher.matches();
        lines.set(at, pick(CLASS_DECLARATIONS).replace("FLOW", matcher.group(1)));
        return String.join("\n", lines);
    }

    private String addMember(String text) {
        List<String> lines = lines(text);
        List<Integer> classes = indexes(lines, l -> NESTED_CLASS.matcher(l).matches() || l.startsWith("public class"));
        int at = pick(classes);
        String line = lines.get(at);
        String name = line.substring(line.indexOf("class ") + 6, line.indexOf(" {"));
        lines.add(at + 1, indentOf(line) + "    " + pick(MEMBERS).replace("FLOW", name).replace("NAME", workflowName(text)));
        return String.join("\n", lines);
    }

    /** A nested flow renamed everywhere it is used. */
    private String renameFlow(String text) {
        List<String> flows = lines(text).stream().map(NESTED_CLASS::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).toList();
        String name = pick(ODD_CLASS_NAMES);
        if (flows.isEmpty() || Pattern.compile("\\b" + name + "\\b").matcher(text).find()) {
            return null;
        }
        return text.replaceAll("\\b" + pick(flows) + "\\b", name);
    }

    /** A class with the name of the one the processor generates, as a stale or hand-written copy would be. */
    private String declareGeneratedName(String text) {
        return text + "\nclass " + workflowName(text) + "Workflow {}\n";
    }

    /** The workflow class alone in the default package, renamed so that it is unique there. */
    private String moveToDefaultPackage(String text) {
        if (!text.startsWith("package ") || random.nextInt(4) != 0) {
            return null;
        }
        String name = workflowName(text);
        String unique = name + "_" + Integer.toHexString(random.nextInt(1 << 24));
        return text.substring(text.indexOf('\n') + 1).replaceAll("\\b" + name + "\\b", unique);
    }

    // helpers

    private String changeMethod(String text, java.util.function.Function<Matcher, String> change) {
        List<String> lines = lines(text);
        List<Integer> methods = indexes(lines, l -> METHOD.matcher(l).matches());
        if (methods.isEmpty()) {
            return null;
        }
        int at = pick(methods);
        Matcher matcher = METHOD.matcher(lines.get(at));
        matcher.matches();
        lines.set(at, change.apply(matcher));
        return String.join("\n", lines);
    }

    private String replaceMatch(String text, Pattern pattern, java.util.function.Function<Matcher, String> value) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        int body = text.indexOf("\nimport");
        while (matcher.find()) {
            if (matcher.start() > body) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        matcher.find(span[0]);
        return text.substring(0, span[0]) + value.apply(matcher) + text.substring(span[1]);
    }

    /** Fills a pool entry's placeholders from the source: a state, a flow, a record, the workflow itself. */
    private String names(String template, String text) {
        List<String> flows = new ArrayList<>();
        List<String> records = new ArrayList<>();
        for (String line : lines(text)) {
            Matcher nested = NESTED_CLASS.matcher(line);
            if (nested.matches()) {
                flows.add(nested.group(1));
            }
            if (line.trim().startsWith("public record ")) {
                String rest = line.trim().substring("public record ".length());
                records.add(rest.substring(0, rest.indexOf('(')));
            }
        }
        List<String> states = stateNames(text);
        return template
                .replace("SELF", workflowName(text))
                .replace("FLOW", flows.isEmpty() ? workflowName(text) : pick(flows))
                .replace("RECORD", records.isEmpty() ? "String" : pick(records))
                .replace("NAME2", pick(states))
                .replace("NAME", pick(states));
    }

    /** The state names in the workflow and its flows: method names and {@code @State} values. */
    private static List<String> stateNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines(text)) {
            Matcher method = METHOD.matcher(line);
            if (method.matches()) {
                names.add(method.group(2));
            }
            Matcher state = STATE_NAME.matcher(line);
            if (state.find()) {
                names.add(state.group(1));
            }
        }
        return new ArrayList<>(names);
    }

    private static String workflowName(String text) {
        Matcher matcher = Pattern.compile("\npublic class (\\w+)").matcher(text);
        return matcher.find() ? matcher.group(1) : "Orders";
    }

    private static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n", -1)));
    }

    private static List<Integer> indexes(List<String> lines, java.util.function.Predicate<String> test) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                result.add(i);
            }
        }
        return result;
    }

    private static String indentOf(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A Java string literal for {@code value}. */
    static String quote(String value) {
        StringBuilder literal = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c < 0x20 || c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return literal.append('"').toString();
    }
}

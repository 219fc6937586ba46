package dev.vetted.workflow.engine.expression;

import dev.vetted.workflow.engine.model.EngineException;

import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.syntaxtree.ParsedExpression;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Zeebe's expression convention: a value starting with '=' is FEEL, anything else is a literal.
 * Parsed expressions are cached because the same few are evaluated for every instance.
 */
public final class Expressions {

    /** An expression that could not be evaluated at run time; the engine raises an incident. */
    public static final class Failure extends RuntimeException {
        private final String incidentType;

        public Failure(String message) {
            this(message, "EXTRACT_VALUE_ERROR");
        }

        /** A failure whose incident is of another type than a value that could not be extracted. */
        public Failure(String message, String incidentType) {
            super(message);
            this.incidentType = incidentType;
        }

        public String incidentType() {
            return incidentType;
        }
    }

    private final FeelEngineApi feel = FeelEngineBuilder.forJava().build();
    private final Map<String, ParsedExpression> parsed = new ConcurrentHashMap<>();
    private final TimerSchedules timers = new TimerSchedules(this);

    /** Timer definitions, read and evaluated with these expressions. */
    public TimerSchedules timers() {
        return timers;
    }

    /** Refuses, at deployment, an expression FEEL cannot parse. */
    public void check(String expression, String what) {
        if (!isFeel(expression)) return;
        try {
            parse(expression);
        } catch (Failure e) {
            throw EngineException.invalid("the " + what + " is not a valid FEEL expression: " + e.getMessage());
        }
    }

    public Object evaluate(String expression, Map<String, Object> variables) {
        if (!isFeel(expression)) return expression;
        EvaluationResult result = feel.evaluate(parse(expression), variables);
        if (!result.isSuccess()) {
            throw new Failure("failed to evaluate '" + expression + "': " + result.failure().message());
        }
        return result.result();
    }

    public String evaluateString(String expression, Map<String, Object> variables, String what) {
        Object value = evaluate(expression, variables);
        if (value instanceof String s) return s;
        if (value instanceof Number n) return number(n);
        throw new Failure("expected the " + what + " '" + expression + "' to be a string or number, but it was "
                + (value == null ? "null" : value.getClass().getSimpleName() + " " + value));
    }

    public boolean evaluateCondition(String expression, Map<String, Object> variables) {
        Object value = evaluate(expression, variables);
        if (value instanceof Boolean b) return b;
        if (value == null) return false;
        throw new Failure("expected the condition '" + expression + "' to be a boolean, but it was " + value);
    }

    public int evaluateInt(String expression, Map<String, Object> variables, String what) {
        Object value = evaluate(expression, variables);
        try {
            if (value instanceof Number n) return new BigDecimal(n.toString()).intValueExact();
            if (value instanceof String s) return Integer.parseInt(s.strip());
        } catch (ArithmeticException | NumberFormatException e) {
            // falls through to the failure below
        }
        throw new Failure("expected the " + what + " '" + expression + "' to be a whole number, but it was " + value);
    }

    private ParsedExpression parse(String expression) {
        ParsedExpression cached = parsed.get(expression);
        if (cached != null) return cached;
        ParseResult result = feel.parseExpression(expression.substring(1));
        if (!result.isSuccess()) throw new Failure(result.failure().message());
        parsed.put(expression, result.parsedExpression());
        return result.parsedExpression();
    }

    public static boolean isFeel(String expression) {
        return expression != null && expression.startsWith("=");
    }

    private static String number(Number n) {
        BigDecimal d = new BigDecimal(n.toString()).stripTrailingZeros();
        return d.scale() <= 0 ? d.toBigInteger().toString() : d.toPlainString();
    }
}

package io.watchfloor.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A refusal by one of the centre's rules: carries the rule's ID from the catalogue ({@code CASE-06})
 * and a sentence a person understands ("the return window of 1 h closed at 10:42"). Named rule
 * exceptions ({@code ReturnWindowClosed}) extend it. The message is {@code "CASE-06: sentence"}.
 */
public class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern RULE_ID = Pattern.compile("[A-Z]+-\\d{2}");

    /** The catalogue's rule ID. */
    private final String ruleId;
    /** The readable sentence. */
    private final String sentence;

    /**
     * A refusal by rule {@code ruleId}, said in {@code sentence}.
     *
     * @param ruleId the catalogue's ID, such as {@code CASE-06}
     * @param sentence why, in words a person understands
     */
    public RuleViolation(String ruleId, String sentence) {
        super(Objects.requireNonNull(ruleId, "ruleId") + ": " + Objects.requireNonNull(sentence, "sentence"));
        if (!RULE_ID.matcher(ruleId).matches()) {
            throw new IllegalArgumentException("a rule ID looks like CASE-06, was " + ruleId);
        }
        if (sentence.isBlank()) {
            throw new IllegalArgumentException("a rule violation needs a sentence");
        }
        this.ruleId = ruleId;
        this.sentence = sentence;
    }

    /** {@return the catalogue's rule ID, such as {@code CASE-06}} */
    public String ruleId() {
        return ruleId;
    }

    /** {@return the readable sentence without the rule ID} */
    public String sentence() {
        return sentence;
    }
}

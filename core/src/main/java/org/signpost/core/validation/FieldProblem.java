package org.signpost.core.validation;

/**
 * One constraint a value broke.
 *
 * @param field the name of the field (a record component), such as {@code comment}
 * @param message what is wrong, in words a person understands
 */
public record FieldProblem(String field, String message) {}

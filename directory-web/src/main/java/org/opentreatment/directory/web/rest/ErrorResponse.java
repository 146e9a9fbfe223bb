package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import org.opentreatment.directory.web.search.ParameterProblem;

/** The body of every 4xx and 5xx answer: what is wrong, per parameter where there is one. */
public record ErrorResponse(List<Error> errors) {

    /**
     * One problem; {@code parameter} is written as null (so every error has the same shape) when
     * the problem is not about one parameter. {@code suggestions} are values that would work (for
     * {@code near}: places such as "Columbus, OH"), empty when there are none.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"parameter", "message", "suggestions"})
    public record Error(String parameter, String message, List<String> suggestions) {

        public Error {
            suggestions = suggestions == null ? List.of() : List.copyOf(suggestions);
        }

        public Error(String parameter, String message) {
            this(parameter, message, List.of());
        }
    }

    public static ErrorResponse of(String parameter, String message) {
        return new ErrorResponse(List.of(new Error(parameter, message)));
    }

    public static ErrorResponse of(List<ParameterProblem> problems) {
        return of(problems, Map.of());
    }

    /** The problems, each with the suggestions for its parameter. */
    public static ErrorResponse of(
            List<ParameterProblem> problems, Map<String, List<String>> suggestions) {
        return new ErrorResponse(
                problems.stream()
                        .map(
                                p ->
                                        new Error(
                                                p.parameter(),
                                                p.message(),
                                                p.parameter() == null
                                                        ? List.of()
                                                        : suggestions.getOrDefault(
                                                                p.parameter(), List.of())))
                        .toList());
    }
}

package org.opentreatment.directory.web.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.opentreatment.directory.web.search.ParameterProblem;

/** The body of every 4xx and 5xx answer: what is wrong, per parameter where there is one. */
public record ErrorResponse(List<Error> errors) {

    /**
     * One problem; {@code parameter} is written as null (so every error has the same shape) when
     * the problem is not about one parameter.
     */
    @JsonbNillable
    @JsonbPropertyOrder({"parameter", "message"})
    public record Error(String parameter, String message) {}

    public static ErrorResponse of(String parameter, String message) {
        return new ErrorResponse(List.of(new Error(parameter, message)));
    }

    public static ErrorResponse of(List<ParameterProblem> problems) {
        return new ErrorResponse(
                problems.stream().map(p -> new Error(p.parameter(), p.message())).toList());
    }
}

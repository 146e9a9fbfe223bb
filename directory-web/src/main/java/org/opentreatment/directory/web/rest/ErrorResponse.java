package org.opentreatment.directory.web.rest;

import java.util.List;
import org.opentreatment.directory.search.ParameterProblem;

/** The body of every 4xx answer: what is wrong, per parameter where there is one. */
public record ErrorResponse(List<ParameterProblem> errors) {

    static ErrorResponse of(String parameter, String message) {
        return new ErrorResponse(List.of(new ParameterProblem(parameter, message)));
    }
}

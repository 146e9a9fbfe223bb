package org.opentreatment.directory.search;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * What is wrong with one parameter, said so that a person can fix it. The parameter is null (and
 * still written, so every error has the same shape) when the problem is not about one parameter.
 */
@JsonbNillable
@JsonbPropertyOrder({"parameter", "message"})
public record ParameterProblem(String parameter, String message) implements Serializable {}

package org.opentreatment.directory.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/** What is wrong with one parameter, said so that a person can fix it. */
@JsonbPropertyOrder({"parameter", "message"})
public record ParameterProblem(String parameter, String message) implements Serializable {}

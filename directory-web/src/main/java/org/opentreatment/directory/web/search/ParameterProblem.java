package org.opentreatment.directory.web.search;

import java.io.Serializable;

/**
 * What is wrong with one parameter, said so that a person can fix it. The parameter is null when
 * the problem is not about one parameter.
 */
public record ParameterProblem(String parameter, String message) implements Serializable {}

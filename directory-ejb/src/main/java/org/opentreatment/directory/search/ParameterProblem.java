package org.opentreatment.directory.search;

import java.io.Serializable;

/** What is wrong with one parameter, said so that a person can fix it. */
public record ParameterProblem(String parameter, String message) implements Serializable {}

package org.opentreatment.directory.web.search;

import java.io.Serializable;
import java.util.Locale;
import org.opentreatment.directory.shared.Text;

/**
 * What is wrong with one parameter, said so that a person can fix it: in English by the API, in the
 * page's language by the pages. The parameter is null when the problem is not about one parameter.
 */
public record ParameterProblem(String parameter, Text text) implements Serializable {

    static ParameterProblem of(String parameter, String key, Object... arguments) {
        return new ParameterProblem(parameter, Text.of(key, arguments));
    }

    /** The problem in English, as the API says it. */
    public String message() {
        return text.english();
    }

    /** The problem in a page's language. */
    public String message(Locale locale) {
        return text.in(locale);
    }
}

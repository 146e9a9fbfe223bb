package org.opentreatment.directory.report;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a visitor says is wrong with a listing; the code is what forms, the API and the table use.
 */
public enum ReportProblem {
    WRONG_PHONE("wrong-phone"),
    WRONG_ADDRESS("wrong-address"),
    CLOSED("closed"),
    SERVICES_WRONG("services-wrong"),
    OTHER("other");

    private final String code;

    ReportProblem(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReportProblem> ofCode(String code) {
        return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements AttributeConverter<ReportProblem, String> {
        @Override
        public String convertToDatabaseColumn(ReportProblem problem) {
            return problem == null ? null : problem.code;
        }

        @Override
        public ReportProblem convertToEntityAttribute(String code) {
            return code == null
                    ? null
                    : ofCode(code)
                            .orElseThrow(
                                    () -> new IllegalStateException("Unknown problem: " + code));
        }
    }
}

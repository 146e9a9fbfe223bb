package org.opentreatment.directory.report;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/** Whether an administrator has dealt with a report yet. */
public enum ReportStatus {
    OPEN("open"),
    RESOLVED("resolved");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ReportStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter implements AttributeConverter<ReportStatus, String> {
        @Override
        public String convertToDatabaseColumn(ReportStatus status) {
            return status == null ? null : status.code;
        }

        @Override
        public ReportStatus convertToEntityAttribute(String code) {
            return code == null
                    ? null
                    : ofCode(code)
                            .orElseThrow(
                                    () -> new IllegalStateException("Unknown status: " + code));
        }
    }
}

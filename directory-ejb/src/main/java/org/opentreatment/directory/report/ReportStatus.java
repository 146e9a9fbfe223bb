package org.opentreatment.directory.report;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.Optional;

/**
 * Where a report stands: new ({@link #OPEN}), taken by a site admin ({@link #ASSIGNED}), or closed:
 * {@link #RESOLVED} (the listing was put right) or {@link #DISMISSED} (nothing to put right).
 */
public enum ReportStatus {
    OPEN("open"),
    ASSIGNED("assigned"),
    RESOLVED("resolved"),
    DISMISSED("dismissed");

    private final String code;

    ReportStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Resolved or dismissed: nobody needs to act on it any more. */
    public boolean isClosed() {
        return this == RESOLVED || this == DISMISSED;
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

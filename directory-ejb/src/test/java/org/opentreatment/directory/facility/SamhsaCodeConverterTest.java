package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamhsaCodeConverterTest {

    private final Medication.Converter medications = new Medication.Converter();

    @Test
    void storesTheCodeNotTheConstantName() {
        assertThat(medications.convertToDatabaseColumn(Medication.NALTREXONE)).isEqualTo("NU");
        assertThat(
                        new ListingStatus.Converter()
                                .convertToDatabaseColumn(ListingStatus.TEMPORARILY_CLOSED))
                .isEqualTo("temporarily closed");
    }

    @Test
    void readsCodesWrittenInAnotherCase() {
        assertThat(medications.convertToEntityAttribute("bu")).isEqualTo(Medication.BUPRENORPHINE);
    }

    @Test
    void anUnknownCodeInTheDatabaseFailsNamingIt() {
        assertThatThrownBy(() -> medications.convertToEntityAttribute("NALOXONE"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'NALOXONE'");
        assertThatThrownBy(() -> medications.convertToEntityAttribute(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("''");
    }

    @Test
    void nullStaysNull() {
        assertThat(medications.convertToDatabaseColumn(null)).isNull();
        assertThat(medications.convertToEntityAttribute(null)).isNull();
    }
}

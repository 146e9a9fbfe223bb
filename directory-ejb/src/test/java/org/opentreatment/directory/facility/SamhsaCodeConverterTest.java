package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamhsaCodeConverterTest {

    private final FacilityOperation.Converter operations = new FacilityOperation.Converter();

    @Test
    void storesTheCodeNotTheConstantName() {
        assertThat(
                        new ListingStatus.Converter()
                                .convertToDatabaseColumn(ListingStatus.TEMPORARILY_CLOSED))
                .isEqualTo("temporarily closed");
        assertThat(operations.convertToDatabaseColumn(FacilityOperation.PRIVATE_NON_PROFIT))
                .isEqualTo("PVTN");
    }

    @Test
    void readsCodesWrittenInAnotherCase() {
        assertThat(operations.convertToEntityAttribute("pvtn"))
                .isEqualTo(FacilityOperation.PRIVATE_NON_PROFIT);
    }

    @Test
    void anUnknownCodeInTheDatabaseFailsNamingIt() {
        assertThatThrownBy(() -> operations.convertToEntityAttribute("PRIVATE_NON_PROFIT"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'PRIVATE_NON_PROFIT'")
                .hasMessageContaining("FacilityOperation");
        assertThatThrownBy(() -> operations.convertToEntityAttribute(""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("''");
    }

    @Test
    void nullStaysNull() {
        assertThat(operations.convertToDatabaseColumn(null)).isNull();
        assertThat(operations.convertToEntityAttribute(null)).isNull();
    }

    // What a container may hand JPA in place of the converter class it was given.
    static class SubclassOfAConverter extends ListingStatus.Converter {}

    @Test
    void aSubclassOfAConverterStillKnowsItsVocabulary() {
        assertThat(new SubclassOfAConverter().convertToEntityAttribute("defunct"))
                .isEqualTo(ListingStatus.DEFUNCT);
    }

    @SuppressWarnings("rawtypes")
    static class WithoutVocabulary extends SamhsaCodeConverter {}

    static class StillGeneric<E extends Enum<E> & SamhsaCoded> extends SamhsaCodeConverter<E> {}

    @Test
    void aConverterThatDoesNotNameItsVocabularyFailsWhenCreatedNotWhenReading() {
        assertThatThrownBy(WithoutVocabulary::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(WithoutVocabulary.class.getName())
                .hasMessageContaining("SamhsaCodeConverter<");
        assertThatThrownBy(StillGeneric::new)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(StillGeneric.class.getName());
    }
}

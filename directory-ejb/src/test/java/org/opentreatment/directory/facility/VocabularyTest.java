package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.AttributeConverter;
import java.io.File;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every vocabulary must have, checked over all of them. */
class VocabularyTest {

    static final List<Class<? extends SamhsaCoded>> VOCABULARIES =
            List.of(
                    TypeOfCare.class,
                    ServiceSetting.class,
                    Medication.class,
                    Pharmacotherapy.class,
                    TreatmentApproach.class,
                    Payment.class,
                    PaymentAssistance.class,
                    SpecialGroup.class,
                    AgeGroup.class,
                    Gender.class,
                    LanguageService.class,
                    Language.class,
                    FacilityOperation.class,
                    Accreditation.class,
                    ListingStatus.class);

    static Stream<Class<? extends SamhsaCoded>> vocabularies() {
        return VOCABULARIES.stream();
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void codesAreUniqueIgnoringCase(Class<? extends SamhsaCoded> type) {
        List<String> codes =
                constants(type).stream().map(c -> c.code().toUpperCase(Locale.ROOT)).toList();

        assertThat(codes).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void codesAndLabelsAreNonBlankAndTrimmed(Class<? extends SamhsaCoded> type) {
        for (SamhsaCoded constant : constants(type)) {
            assertThat(constant.code())
                    .as("code of %s", constant)
                    .isNotBlank()
                    .isEqualTo(constant.code().strip());
            assertThat(constant.label())
                    .as("label of %s", constant)
                    .isNotBlank()
                    .isEqualTo(constant.label().strip());
            assertThat(constant.alternativeLabels())
                    .as("alternative labels of %s", constant)
                    .allSatisfy(alternative -> assertThat(alternative).isNotBlank());
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void constantsAreNamedForWhatTheyMeanNotForAnAbbreviatedCode(
            Class<? extends SamhsaCoded> type) {
        // A code may double as the name only where it is a plain word, like MALE or "defunct".
        assertThat(constants(type))
                .filteredOn(c -> !c.code().equalsIgnoreCase(c.label()))
                .allSatisfy(
                        c -> assertThat(((Enum<?>) c).name()).isNotEqualToIgnoringCase(c.code()));
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyCodeRoundTripsThroughFromCode(Class<? extends SamhsaCoded> type) {
        for (SamhsaCoded constant : constants(type)) {
            assertThat(fromCode(type, constant.code())).contains(constant);
            assertThat(fromCode(type, " " + constant.code().toLowerCase(Locale.ROOT) + "\t"))
                    .contains(constant);
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyLabelMapsBackThroughFromLabel(Class<? extends SamhsaCoded> type) {
        for (SamhsaCoded constant : constants(type)) {
            List<String> labels = new ArrayList<>(constant.alternativeLabels());
            labels.add(constant.label());
            for (String label : labels) {
                assertThat(fromLabel(type, label)).as(label).contains(constant);
                assertThat(fromLabel(type, label.toUpperCase(Locale.ROOT).replace(" ", "  ")))
                        .as(label)
                        .contains(constant);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void eachVocabularyNestsItsOwnAutoAppliedConverter(Class<? extends SamhsaCoded> type)
            throws ReflectiveOperationException {
        Class<?> converter = nestedConverter(type);

        assertThat(converter.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC))
                .isEqualTo(Modifier.PUBLIC | Modifier.STATIC);
        assertThat(converter.getAnnotation(jakarta.persistence.Converter.class).autoApply())
                .isTrue();
        // Hibernate picks the attribute type for auto-apply from this type argument.
        ParameterizedType superclass = (ParameterizedType) converter.getGenericSuperclass();
        assertThat(superclass.getRawType()).isEqualTo(SamhsaCodeConverter.class);
        assertThat(superclass.getActualTypeArguments()).containsExactly(type);
        assertThat(converter.getConstructor().newInstance()).isInstanceOf(AttributeConverter.class);
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void everyConstantRoundTripsThroughItsConverterAsItsCode(Class<? extends SamhsaCoded> type)
            throws ReflectiveOperationException {
        AttributeConverter<Object, String> converter = converterFor(type);

        for (SamhsaCoded constant : constants(type)) {
            String column = converter.convertToDatabaseColumn(constant);
            assertThat(column).isEqualTo(constant.code());
            assertThat(converter.convertToEntityAttribute(column)).isSameAs(constant);
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void convertersMapNullToNull(Class<? extends SamhsaCoded> type)
            throws ReflectiveOperationException {
        AttributeConverter<Object, String> converter = converterFor(type);

        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void convertersRejectAnUnknownCodeNamingIt(Class<? extends SamhsaCoded> type)
            throws ReflectiveOperationException {
        AttributeConverter<Object, String> converter = converterFor(type);

        assertThatThrownBy(() -> converter.convertToEntityAttribute("NO-SUCH-CODE"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NO-SUCH-CODE")
                .hasMessageContaining(type.getSimpleName());
    }

    @Test
    void everyVocabularyInThePackageIsCheckedHere() throws URISyntaxException {
        URL mainClass = SamhsaCoded.class.getResource("SamhsaCoded.class");
        // Listing the package needs a directory of classes, as in a Maven build, not a jar.
        assertThat(mainClass.getProtocol()).isEqualTo("file");
        String[] classFiles =
                new File(mainClass.toURI())
                        .getParentFile()
                        .list((dir, name) -> name.endsWith(".class"));

        List<Class<?>> found =
                Arrays.stream(classFiles)
                        .map(name -> name.substring(0, name.length() - ".class".length()))
                        .filter(name -> !name.contains("$") && !name.equals("package-info"))
                        .map(VocabularyTest::load)
                        .filter(c -> c.isEnum() && SamhsaCoded.class.isAssignableFrom(c))
                        .toList();

        assertThat(found).containsExactlyInAnyOrderElementsOf(VOCABULARIES);
    }

    private static Class<?> load(String simpleName) {
        try {
            // Not initialised: entity classes of the package need not be usable outside a
            // container.
            return Class.forName(
                    SamhsaCoded.class.getPackageName() + "." + simpleName,
                    false,
                    VocabularyTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    static List<SamhsaCoded> constants(Class<? extends SamhsaCoded> type) {
        return List.of(type.getEnumConstants());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<SamhsaCoded> fromCode(Class<? extends SamhsaCoded> type, String code) {
        return SamhsaCodes.fromCode((Class) type, code);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<SamhsaCoded> fromLabel(Class<? extends SamhsaCoded> type, String label) {
        return SamhsaCodes.fromLabel((Class) type, label);
    }

    private static Class<?> nestedConverter(Class<?> type) {
        return Arrays.stream(type.getDeclaredClasses())
                .filter(nested -> nested.getSimpleName().equals("Converter"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no Converter"));
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object, String> converterFor(Class<?> type)
            throws ReflectiveOperationException {
        return (AttributeConverter<Object, String>)
                nestedConverter(type).getConstructor().newInstance();
    }
}

package org.opentreatment.directory.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties every vocabulary must have, checked over all of them. */
class VocabularyTest {

    static Stream<Class<? extends SamhsaCoded>> vocabularies() {
        return SamhsaCodes.VOCABULARIES.stream();
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
            for (String label : wordings(constant).toList()) {
                assertThat(fromLabel(type, label)).as(label).contains(constant);
                assertThat(fromLabel(type, label.toUpperCase(Locale.ROOT).replace(" ", "  ")))
                        .as(label)
                        .contains(constant);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularies")
    void codesCannotRunTogetherInASetColumn(Class<? extends SamhsaCoded> type) {
        assertThat(constants(type))
                .allSatisfy(
                        c -> assertThat(c.code()).doesNotContain(SamhsaCodeSetConverter.SEPARATOR));
    }

    static Stream<Field> vocabularyAttributes() {
        return Arrays.stream(Facility.class.getDeclaredFields())
                .filter(field -> vocabularyOf(field) != null);
    }

    @Test
    void theListingHoldsEveryVocabulary() {
        // So that the checks of how an attribute is stored reach every vocabulary.
        assertThat(vocabularyAttributes().map(VocabularyTest::vocabularyOf))
                .containsAll(SamhsaCodes.VOCABULARIES);
    }

    @ParameterizedTest
    @MethodSource("vocabularyAttributes")
    void eachVocabularyAttributeIsStoredThroughItsOwnConverter(Field attribute) {
        Class<?> type = vocabularyOf(attribute);
        Convert convert = attribute.getAnnotation(Convert.class);

        if (Set.class.isAssignableFrom(attribute.getType())) {
            assertThat(convert).as("@Convert on %s", attribute.getName()).isNotNull();
            assertThat(convert.converter()).isEqualTo(nestedConverter(type, "SetConverter"));
        } else {
            // A single value has no @Convert: the enum's converter must apply itself.
            assertThat(convert).as("@Convert on %s", attribute.getName()).isNull();
            Class<?> converter = nestedConverter(type, "Converter");
            assertThat(converter.getAnnotation(jakarta.persistence.Converter.class).autoApply())
                    .isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("vocabularyAttributes")
    void everyCodeFitsItsColumn(Field attribute) throws ReflectiveOperationException {
        Class<?> type = vocabularyOf(attribute);
        int length = attribute.getAnnotation(Column.class).length();

        if (Set.class.isAssignableFrom(attribute.getType())) {
            String all =
                    setConverter(nestedConverter(type, "SetConverter"))
                            .convertToDatabaseColumn(EnumSet.allOf(enumType(type)));
            assertThat(all)
                    .as("all codes of %s", attribute.getName())
                    .hasSizeLessThanOrEqualTo(length);
        } else {
            assertThat(constants(type.asSubclass(SamhsaCoded.class)))
                    .allSatisfy(c -> assertThat(c.code()).hasSizeLessThanOrEqualTo(length));
        }
    }

    static Stream<Arguments> nestedConverters() {
        return vocabularies()
                .flatMap(
                        type ->
                                Arrays.stream(type.getDeclaredClasses())
                                        .filter(AttributeConverter.class::isAssignableFrom)
                                        .map(converter -> arguments(type, converter)));
    }

    @ParameterizedTest
    @MethodSource("nestedConverters")
    void aNestedConverterNamesItsOwnEnum(Class<?> type, Class<?> converter) {
        assertThat(converter.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC))
                .isEqualTo(Modifier.PUBLIC | Modifier.STATIC);
        // Hibernate picks the attribute type for auto-apply from this type argument, and the
        // converter learns what it stores from it, so a copied nested class must be corrected.
        ParameterizedType superclass = (ParameterizedType) converter.getGenericSuperclass();
        assertThat(superclass.getActualTypeArguments()).containsExactly(type);
    }

    @ParameterizedTest
    @MethodSource("nestedConverters")
    void everyConstantRoundTripsThroughEveryConverterAsItsCode(Class<?> type, Class<?> converter)
            throws ReflectiveOperationException {
        List<SamhsaCoded> constants = constants(type.asSubclass(SamhsaCoded.class));
        if (SamhsaCodeSetConverter.class.isAssignableFrom(converter)) {
            AttributeConverter<Set<Object>, String> sets = setConverter(converter);
            for (SamhsaCoded constant : constants) {
                Set<Object> one = Set.of(constant);
                assertThat(sets.convertToDatabaseColumn(one)).isEqualTo(constant.code());
                assertThat(sets.convertToEntityAttribute(constant.code())).isEqualTo(one);
            }
            Set<Object> all = Set.copyOf(constants);
            assertThat(sets.convertToEntityAttribute(sets.convertToDatabaseColumn(all)))
                    .isEqualTo(all);
        } else {
            AttributeConverter<Object, String> values = valueConverter(converter);
            for (SamhsaCoded constant : constants) {
                String column = values.convertToDatabaseColumn(constant);
                assertThat(column).isEqualTo(constant.code());
                assertThat(values.convertToEntityAttribute(column)).isSameAs(constant);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("nestedConverters")
    void convertersRejectAnUnknownCodeNamingIt(Class<?> type, Class<?> converter)
            throws ReflectiveOperationException {
        AttributeConverter<?, String> any = valueConverter(converter);

        assertThatThrownBy(() -> any.convertToEntityAttribute("NO-SUCH-CODE"))
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

        assertThat(found).containsExactlyInAnyOrderElementsOf(SamhsaCodes.VOCABULARIES);
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

    /** The label and the alternative labels: every wording an import may carry. */
    static Stream<String> wordings(SamhsaCoded value) {
        return Stream.concat(Stream.of(value.label()), value.alternativeLabels().stream());
    }

    static boolean mentions(String wording, String word) {
        return wording.toLowerCase(Locale.ROOT).contains(word.toLowerCase(Locale.ROOT));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<SamhsaCoded> fromCode(Class<? extends SamhsaCoded> type, String code) {
        return SamhsaCodes.fromCode((Class) type, code);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Optional<SamhsaCoded> fromLabel(Class<? extends SamhsaCoded> type, String label) {
        return SamhsaCodes.fromLabel((Class) type, label);
    }

    /** The vocabulary a Facility field holds, alone or as a set, or null for other fields. */
    private static Class<?> vocabularyOf(Field field) {
        Type type = field.getGenericType();
        if (type instanceof ParameterizedType set && set.getRawType() == Set.class) {
            type = set.getActualTypeArguments()[0];
        }
        return type instanceof Class<?> c && c.isEnum() && SamhsaCoded.class.isAssignableFrom(c)
                ? c
                : null;
    }

    private static Class<?> nestedConverter(Class<?> type, String name) {
        return Arrays.stream(type.getDeclaredClasses())
                .filter(nested -> nested.getSimpleName().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(type.getSimpleName() + " has no " + name));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class<Enum> enumType(Class<?> type) {
        return (Class<Enum>) type;
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Object, String> valueConverter(Class<?> converter)
            throws ReflectiveOperationException {
        return (AttributeConverter<Object, String>) converter.getConstructor().newInstance();
    }

    @SuppressWarnings("unchecked")
    private static AttributeConverter<Set<Object>, String> setConverter(Class<?> converter)
            throws ReflectiveOperationException {
        return (AttributeConverter<Set<Object>, String>) converter.getConstructor().newInstance();
    }
}

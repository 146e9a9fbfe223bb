package org.opentreatment.directory.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.opentreatment.directory.analysis.SynonymRules;
import org.opentreatment.directory.facility.Medication;
import org.opentreatment.directory.facility.SamhsaCoded;
import org.opentreatment.directory.facility.SamhsaCodes;

/**
 * Corrects misspelt keywords ("suboxon", "vivitral", "rehabb") against a bounded dictionary: the
 * words of the synonym rules, of every vocabulary label and medication brand name, and words people
 * use. Each keyword word missing from the dictionary gets at most one correction, its closest word
 * within an edit distance scaled by its length; the search then matches the word or its correction
 * ({@link #widen}), one extra term per word. Lucene's fuzzy queries were left out because each
 * expands to many terms in every field; this runs in Java before the query, so it works the same on
 * Lucene and OpenSearch, and its cost is bounded: at most {@link SearchLimits#MAX_KEYWORDS} words,
 * each compared only with dictionary words of nearly its length, with a distance that stops at the
 * limit. Immutable, so one instance serves every thread.
 */
public final class KeywordSpelling {

    /** Shorter words are left alone: one edit turns most of them into another real word. */
    static final int MIN_WORD_LENGTH = 4;

    /** Longer words are no typo of a dictionary word worth the comparisons. */
    static final int MAX_WORD_LENGTH = 30;

    /** Candidates kept per word: the best widens the search, the others may be suggested. */
    static final int MAX_CANDIDATES = 3;

    // Words people type for what listings say formally, besides those of the vocabularies.
    private static final List<String> PLAIN_WORDS =
            List.of(
                    "rehab",
                    "detox",
                    "clinic",
                    "clinics",
                    "counseling",
                    "counselor",
                    "therapy",
                    "treatment",
                    "recovery",
                    "sober",
                    "living",
                    "dual",
                    "diagnosis",
                    "medication",
                    "assisted",
                    "opioid",
                    "opioids",
                    "heroin",
                    "fentanyl",
                    "oxycodone",
                    "opiate",
                    "opiates",
                    "addiction",
                    "alcohol",
                    "drug",
                    "drugs",
                    "substance",
                    "mental",
                    "health",
                    "depression",
                    "anxiety",
                    "program",
                    "programs",
                    "center",
                    "centers",
                    "hospital",
                    "inpatient",
                    "outpatient",
                    "residential",
                    "housing",
                    "halfway",
                    "house",
                    "insurance",
                    "medicaid",
                    "medicare",
                    "free",
                    "sliding",
                    "scale",
                    "spanish",
                    "veterans",
                    "women",
                    "men",
                    "teens",
                    "adolescents",
                    "pregnant",
                    "telehealth",
                    "virtual",
                    "online",
                    "methadone",
                    "suboxone",
                    "narcan",
                    "naloxone",
                    "naltrexone",
                    "buprenorphine",
                    "withdrawal",
                    "moud",
                    "cooccurring");

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Set<String> words;
    // Dictionary words by length, so a word is compared only with those of nearly its length.
    private final String[][] byLength;

    KeywordSpelling(Collection<String> dictionary) {
        Set<String> all = new TreeSet<>();
        for (String entry : dictionary) {
            for (String word : NOT_LETTERS.split(fold(entry))) {
                if (word.length() >= 3 && word.length() <= MAX_WORD_LENGTH) {
                    all.add(word);
                }
            }
        }
        this.words = Set.copyOf(all);
        List<List<String>> lengths = new ArrayList<>();
        for (int i = 0; i <= MAX_WORD_LENGTH; i++) {
            lengths.add(new ArrayList<>());
        }
        all.forEach(w -> lengths.get(w.length()).add(w));
        this.byLength =
                lengths.stream().map(l -> l.toArray(new String[0])).toArray(String[][]::new);
    }

    /**
     * The corrector over the directory's own words: synonyms, vocabularies, brands, plain words.
     */
    public static KeywordSpelling standard() {
        return Standard.INSTANCE;
    }

    // Built on first use, once per class loader.
    private static final class Standard {
        static final KeywordSpelling INSTANCE = new KeywordSpelling(dictionary());

        private static List<String> dictionary() {
            Stream<String> synonyms = SynonymRules.load().stream();
            Stream<String> labels =
                    SamhsaCodes.VOCABULARIES.stream()
                            .flatMap(type -> Arrays.stream(type.getEnumConstants()))
                            .map(SamhsaCoded.class::cast)
                            .flatMap(
                                    v ->
                                            Stream.concat(
                                                    Stream.of(v.label()),
                                                    v.alternativeLabels().stream()));
            Stream<String> brands =
                    Arrays.stream(Medication.values()).flatMap(m -> m.brandNames().stream());
            return Stream.of(synonyms, labels, brands, PLAIN_WORDS.stream())
                    .flatMap(s -> s)
                    .toList();
        }
    }

    /** Whether the word (any case, any accents) is one the dictionary knows. */
    public boolean knows(String word) {
        return words.contains(fold(word));
    }

    /** How many edits a word of this length may be from its correction. */
    static int maxDistance(int length) {
        if (length < MIN_WORD_LENGTH) {
            return 0;
        }
        return length < 8 ? 1 : 2;
    }

    /**
     * The dictionary words closest to this one, best first (fewest edits, then the same first
     * letter, then the nearest length, then alphabetically); empty when the word is known, too
     * short or too long, or nothing is close enough.
     */
    public List<String> candidates(String word) {
        String folded = fold(word);
        int limit = maxDistance(folded.length());
        if (limit == 0
                || folded.length() > MAX_WORD_LENGTH
                || words.contains(folded)
                || !LETTERS.matcher(folded).matches()) {
            return List.of();
        }
        LevenshteinDistance distance = new LevenshteinDistance(limit);
        List<Candidate> found = new ArrayList<>();
        int from = Math.max(0, folded.length() - limit);
        int to = Math.min(MAX_WORD_LENGTH, folded.length() + limit);
        for (int length = from; length <= to; length++) {
            for (String known : byLength[length]) {
                int d = distance.apply(folded, known);
                if (d >= 0) {
                    found.add(new Candidate(known, d, folded));
                }
            }
        }
        return found.stream()
                .sorted(Candidate.ORDER)
                .limit(MAX_CANDIDATES)
                .map(Candidate::word)
                .toList();
    }

    /**
     * What the keywords become with each correctable word's candidates. Keywords that use quotes
     * are left alone (a correction inside a phrase would break it), and so are words with any sign
     * of the keyword syntax ({@code -word}, {@code word*}): whoever types those means them.
     */
    public Spelling check(String keywords) {
        Map<String, List<String>> corrections = new LinkedHashMap<>();
        if (keywords != null && keywords.indexOf('"') < 0) {
            for (String token : BLANKS.split(keywords.strip())) {
                List<String> candidates = candidates(token);
                if (!candidates.isEmpty()) {
                    corrections.putIfAbsent(token, candidates);
                }
            }
        }
        return new Spelling(keywords, corrections);
    }

    /**
     * The keywords with each correctable word widened to "the word or its best correction": {@code
     * suboxon clinic} becomes {@code (suboxon | suboxone) clinic}. The same text when nothing is
     * corrected.
     */
    public String widen(String keywords) {
        return check(keywords).widened();
    }

    private static String fold(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD))
                        .replaceAll("");
            }
        }
        return lower;
    }

    /**
     * Keywords and, for each word that has them, its candidate corrections, best first.
     *
     * @param keywords as typed
     * @param corrections by word as typed, in the order of the words
     */
    public record Spelling(String keywords, Map<String, List<String>> corrections) {

        public Spelling {
            corrections = Map.copyOf(corrections);
        }

        public boolean corrected() {
            return !corrections.isEmpty();
        }

        /** The keywords with every correctable word replaced by its best candidate. */
        public String best() {
            return replaced(0);
        }

        /**
         * The keywords with the corrections that did not come first: each word's second and then
         * third candidate in turn, the other words at their best. At most {@code max} of them.
         */
        public List<String> alternatives(int max) {
            List<String> alternatives = new ArrayList<>();
            for (int rank = 1; rank < MAX_CANDIDATES; rank++) {
                String alternative = replaced(rank);
                if (!alternative.equals(replaced(rank - 1)) && alternatives.size() < max) {
                    alternatives.add(alternative);
                }
            }
            return alternatives;
        }

        String widened() {
            return map((token, candidates) -> "(" + token + " | " + candidates.get(0) + ")");
        }

        // Each corrected word's candidate of this rank, or its last one when it has fewer.
        private String replaced(int rank) {
            return map(
                    (token, candidates) -> candidates.get(Math.min(rank, candidates.size() - 1)));
        }

        private String map(BiFunction<String, List<String>, String> change) {
            if (keywords == null) {
                return null;
            }
            List<String> out = new ArrayList<>();
            for (String token : BLANKS.split(keywords.strip())) {
                List<String> candidates = corrections.get(token);
                out.add(candidates == null ? token : change.apply(token, candidates));
            }
            return String.join(" ", out);
        }
    }

    private record Candidate(String word, int distance, String typed) {

        static final Comparator<Candidate> ORDER =
                Comparator.comparingInt(Candidate::distance)
                        .thenComparing(c -> c.word().charAt(0) != c.typed().charAt(0))
                        .thenComparingInt(c -> Math.abs(c.word().length() - c.typed().length()))
                        .thenComparing(Candidate::word);
    }
}

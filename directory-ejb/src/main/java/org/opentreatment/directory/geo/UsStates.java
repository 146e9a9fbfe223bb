package org.opentreatment.directory.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** The states, DC and territories, in the order of {@code us-states.csv}. Immutable. */
public final class UsStates {

    static final String RESOURCE = "us-states.csv";

    private static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private final List<UsState> all;
    private final Map<String, UsState> byCode;
    private final Map<String, UsState> byName;

    public UsStates(List<UsState> states) {
        this.all = List.copyOf(states);
        Map<String, UsState> codes = new HashMap<>();
        Map<String, UsState> names = new HashMap<>();
        for (UsState state : all) {
            if (codes.put(state.code(), state) != null) {
                throw new IllegalArgumentException("duplicate state code " + state.code());
            }
            if (names.put(PlaceNames.normalize(state.name()), state) != null) {
                throw new IllegalArgumentException("duplicate state name " + state.name());
            }
        }
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(names);
    }

    public static UsStates load() {
        try (InputStream in = UsStates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource " + RESOURCE + " is missing from the classpath");
            }
            return new UsStates(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads rows shaped like {@code usps,fips,name,census_region,census_division,hhs_region}. */
    public static List<UsState> read(Reader in) throws IOException {
        List<UsState> states = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(in)) {
            for (CSVRecord row : parser) {
                states.add(
                        new UsState(
                                row.get("usps"),
                                row.get("fips"),
                                row.get("name"),
                                emptyToNull(row.get("census_region")),
                                emptyToNull(row.get("census_division")),
                                Integer.parseInt(row.get("hhs_region"))));
            }
        }
        return states;
    }

    /** Finds "OH", "oh", "O.H.", "Ohio" or "OHIO"; accents and case do not matter. */
    public Optional<UsState> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        // Codes are matched before abbreviations are expanded, or "MT" would turn into "mount".
        String compact = PlaceNames.normalize(codeOrName, false).replace(" ", "");
        if (compact.length() == 2) {
            UsState state = byCode.get(compact.toUpperCase(Locale.ROOT));
            if (state != null) {
                return Optional.of(state);
            }
        }
        return Optional.ofNullable(byName.get(PlaceNames.normalize(codeOrName)));
    }

    public List<UsState> all() {
        return all;
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}

package org.opentreatment.directory.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadinessChecksTest {

    /** A probe whose answers the test sets. */
    static final class Probe implements DirectoryProbe {
        boolean started = true;
        boolean database = true;
        RuntimeException indexFailure;
        long documents = 42;

        @Override
        public boolean started() {
            return started;
        }

        @Override
        public boolean databaseAnswers() {
            return database;
        }

        @Override
        public long indexedDocuments() {
            if (indexFailure != null) {
                throw indexFailure;
            }
            return documents;
        }
    }

    /** The responses as the server's MicroProfile Health would build them. */
    static final class Responses extends HealthCheckResponseBuilder {
        private String name;
        private boolean up;
        private final Map<String, Object> data = new LinkedHashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(
                    name,
                    up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    data.isEmpty() ? Optional.empty() : Optional.of(data));
        }
    }

    @BeforeAll
    static void responses() {
        HealthCheckResponse.setResponseProvider(Responses::new);
    }

    private final ProbeRegistry registry = new ProbeRegistry();
    private final Probe probe = new Probe();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler capture =
            new Handler() {
                @Override
                public void publish(LogRecord record) {
                    logged.add(record);
                }

                @Override
                public void flush() {}

                @Override
                public void close() {}
            };

    @BeforeEach
    void listen() {
        Logger.getLogger(ProbeCheck.class.getName()).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(ProbeCheck.class.getName()).removeHandler(capture);
    }

    private <C extends ProbeCheck> C check(C check) {
        check.registry = registry;
        return check;
    }

    @Test
    void everyCheckIsDownUntilTheApplicationRegistersItsProbe() {
        for (ProbeCheck check :
                List.of(
                        check(new StartupReadiness()),
                        check(new DatabaseReadiness()),
                        check(new SearchIndexReadiness()))) {
            assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        }
    }

    @Test
    void checksReportWhatTheProbeAnswersByName() {
        registry.register(probe);

        HealthCheckResponse index = check(new SearchIndexReadiness()).call();

        assertThat(check(new StartupReadiness()).call().getName()).isEqualTo("start-up");
        assertThat(check(new DatabaseReadiness()).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(index.getName()).isEqualTo("search-index");
        assertThat(index.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(index.getData())
                .hasValueSatisfying(d -> assertThat(d).containsEntry("documents", 42L));
    }

    @Test
    void aFailingProbeIsDownAndLoggedOnceUntilItRecovers() {
        registry.register(probe);
        SearchIndexReadiness index = check(new SearchIndexReadiness());
        probe.indexFailure = new IllegalStateException("index unreachable");

        assertThat(index.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(index.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        probe.indexFailure = null;
        assertThat(index.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(index.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        assertThat(logged)
                .extracting(LogRecord::getLevel)
                .containsExactly(Level.WARNING, Level.INFO);
        assertThat(logged.get(0).getMessage()).contains("search-index", "index unreachable");
    }

    @Test
    void aProbeThatAnswersNoIsDown() {
        registry.register(probe);
        probe.started = false;
        probe.database = false;

        assertThat(check(new StartupReadiness()).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(check(new DatabaseReadiness()).call().getStatus())
                .isEqualTo(HealthCheckResponse.Status.DOWN);
    }
}

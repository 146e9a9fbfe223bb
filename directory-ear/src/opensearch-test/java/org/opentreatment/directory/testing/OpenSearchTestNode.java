package org.opentreatment.directory.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.codelibs.opensearch.runner.OpenSearchRunner;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A real single-node OpenSearch for the integration tests of the opensearch profile, started in the
 * test JVM when the test run opens, before Arquillian starts WildFly, and stopped when it closes.
 * WildFly learns where it listens through {@code it.search.options}, which arquillian.xml adds to
 * the server's command line.
 */
public class OpenSearchTestNode implements LauncherSessionListener {

    private OpenSearchRunner runner;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        int firstPort = Integer.parseInt(System.getProperty("it.search.port", "9250"));
        runner = new OpenSearchRunner();
        // The runner looks for a free HTTP port only up to 9299 unless told
        runner.setMaxHttpPort(firstPort + 49);
        runner.onBuild(
                        (number, settings) -> {
                            settings.put("discovery.type", "single-node");
                            // Away from the 9300 of any other OpenSearch on the machine
                            settings.put(
                                    "transport.port", (firstPort + 100) + "-" + (firstPort + 149));
                            // A nearly full disk must not make the index read-only mid-run
                            settings.put(
                                    "cluster.routing.allocation.disk.threshold_enabled", false);
                        })
                .build(
                        OpenSearchRunner.newConfigs()
                                .basePath(System.getProperty("it.search.dir"))
                                .clusterName("directory-it")
                                .numOfNode(1)
                                // The runner numbers nodes from 1 and takes the next free port
                                .baseHttpPort(firstPort - 1));
        runner.ensureYellow();
        String port = runner.node().settings().get("http.port");
        System.setProperty("it.search.hosts", "127.0.0.1:" + port);
        System.setProperty("it.search.options", "-Ddirectory.search.hosts=127.0.0.1:" + port);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (runner == null) {
            return;
        }
        try {
            runner.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            runner.clean();
        }
    }
}

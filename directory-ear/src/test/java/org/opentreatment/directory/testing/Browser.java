package org.opentreatment.directory.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the system packages (chromium, chromium-driver), driven without Selenium
 * Manager so that nothing is downloaded at test time.
 */
public final class Browser {

    private Browser() {}

    public static ChromeDriver start() {
        return start(false);
    }

    /**
     * A browser that also logs what the pages ask the network for (Chromium's performance log),
     * read with {@link #requestedUrls(ChromeDriver)}.
     */
    public static ChromeDriver startRecordingRequests() {
        return start(true);
    }

    private static ChromeDriver start(boolean recordRequests) {
        Path tmp = Path.of(System.getProperty("it.tmp.dir", "target/browser-tmp")).toAbsolutePath();
        try {
            Files.createDirectories(tmp);
            Path profile = Files.createTempDirectory(tmp, "profile");
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(
                                    new File(
                                            System.getProperty(
                                                    "it.chromedriver", "/usr/bin/chromedriver")))
                            .usingAnyFreePort()
                            .withEnvironment(java.util.Map.of("TMPDIR", tmp.toString()))
                            .build();
            ChromeOptions options =
                    new ChromeOptions()
                            .setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"))
                            .addArguments(
                                    "--headless=new",
                                    "--no-sandbox",
                                    "--disable-gpu",
                                    "--disable-dev-shm-usage",
                                    "--disable-background-networking",
                                    "--disable-component-update",
                                    "--disable-sync",
                                    "--no-first-run",
                                    "--disable-quic",
                                    "--window-size=1280,1600",
                                    "--user-data-dir=" + profile);
            // The console, for what the page's Content-Security-Policy blocked
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, Level.ALL);
            if (recordRequests) {
                logs.enable(LogType.PERFORMANCE, Level.ALL);
            }
            options.setCapability("goog:loggingPrefs", logs);
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Every URL the pages asked for since the last call (documents, styles, scripts, images, fonts,
     * XHR), as DevTools' {@code Network.requestWillBeSent} events in the performance log of a
     * browser from {@link #startRecordingRequests()}. Reading the log empties it.
     */
    public static List<URI> requestedUrls(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> readJson(entry.getMessage()).getJsonObject("message"))
                .filter(m -> "Network.requestWillBeSent".equals(m.getString("method", "")))
                .map(m -> m.getJsonObject("params").getJsonObject("request").getString("url"))
                .map(URI::create)
                .toList();
    }

    private static JsonObject readJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * What the browser refused since the last call because of a Content-Security-Policy, as its
     * console reported it ("... violates the following Content Security Policy directive ...").
     * Reading the console empties it.
     */
    public static List<String> contentSecurityPolicyViolations(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }
}

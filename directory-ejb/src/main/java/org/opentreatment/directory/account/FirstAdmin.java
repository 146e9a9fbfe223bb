package org.opentreatment.directory.account;

import jakarta.annotation.Priority;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opentreatment.directory.shared.Settings;
import org.opentreatment.directory.startup.SchemaReady;
import org.opentreatment.directory.startup.StartupOrder;

/**
 * The one-time step that makes the first site admin: there is no default account and no default
 * password. With {@link Settings#FIRST_ADMIN_EMAIL} set, each start while no site admin has set a
 * password makes (or keeps) that account and a fresh link to set its password, good for 7 days: it
 * is e-mailed, and written to {@code first-admin-link.txt} in the data directory, readable by the
 * server's user only, for a server without mail yet. The file is removed once a site admin exists.
 */
@ApplicationScoped
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    static final String LINK_FILE = "first-admin-link.txt";

    @Inject
    @ConfigProperty(name = Settings.FIRST_ADMIN_EMAIL)
    Optional<String> email;

    @Inject
    @ConfigProperty(name = Settings.DATA_DIR)
    Optional<String> dataDir;

    @EJB AccountService accounts;

    public void makeIfNone(@Observes @Priority(StartupOrder.FIRST_ADMIN) SchemaReady ready) {
        Optional<Path> file = dataDir.map(dir -> Path.of(dir, LINK_FILE));
        Optional<String> address = email.map(String::strip).filter(value -> !value.isEmpty());
        if (address.isEmpty()) {
            file.ifPresent(FirstAdmin::delete);
            return;
        }
        Optional<String> link;
        try {
            link = accounts.firstAdmin(address.get());
        } catch (AccountProblem e) {
            LOG.warning(
                    Settings.FIRST_ADMIN_EMAIL + " is not an e-mail address: no site admin made");
            return;
        }
        if (link.isEmpty()) {
            file.ifPresent(FirstAdmin::delete);
            return;
        }
        if (file.isEmpty()) {
            LOG.info(
                    "The first site admin's link was e-mailed ("
                            + Settings.DATA_DIR
                            + " is not set, so it is in no file)");
            return;
        }
        write(file.get(), link.get());
        LOG.info(
                "The first site admin's link to set a password was e-mailed and written to "
                        + file.get()
                        + " (readable by this server's user only; good for 7 days)");
    }

    private static void write(Path file, String link) {
        try {
            Files.createDirectories(file.getParent());
            delete(file);
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
            Files.writeString(
                    file,
                    link + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warning(
                    "The first site admin's link could not be written to "
                            + file
                            + " ("
                            + e.getClass().getSimpleName()
                            + "); it was e-mailed");
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("Could not remove " + file + ": " + e.getClass().getSimpleName());
        }
    }
}

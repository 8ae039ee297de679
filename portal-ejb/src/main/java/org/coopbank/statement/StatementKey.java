package org.coopbank.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import org.coopbank.platform.RuntimeSettings;
import org.coopbank.shared.InvalidStateException;

/**
 * Where the statement MAC key comes from, in this order: the system property {@code COOPBANK_STATEMENT_KEY} (or
 * {@code coopbank.statement.key}), the environment variable {@code COOPBANK_STATEMENT_KEY} (at least 32 characters,
 * e.g. {@code openssl rand -base64 48}), and, on the embedded H2 default only, a random key generated once into the
 * server's data directory ({@code standalone/data/coopbank/statement-mac.key}, owner-only) with a log line. On
 * PostgreSQL a missing key refuses statements: nodes of a cluster, or a rebuilt server, must share one key or genuine
 * statements would fail the check. The key is never in the repository, the database or a log.
 */
@ApplicationScoped
public class StatementKey {

    static final String NAME = "COOPBANK_STATEMENT_KEY";
    private static final Logger LOG = Logger.getLogger(StatementKey.class.getName());

    @Inject
    RuntimeSettings runtime;

    private volatile VerificationCode codes;

    public VerificationCode codes() {
        VerificationCode c = codes;
        if (c == null) {
            synchronized (this) {
                if (codes == null) {
                    codes = new VerificationCode(load());
                }
                c = codes;
            }
        }
        return c;
    }

    private byte[] load() {
        String configured = firstNonBlank(System.getProperty(NAME), System.getProperty("coopbank.statement.key"),
                System.getenv(NAME));
        if (configured != null) {
            if (configured.length() < 32) {
                throw new InvalidStateException(NAME + " is too short: it needs at least 32 characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        if (!"h2".equals(runtime.database())) {
            throw new InvalidStateException("Statements need " + NAME + " (at least 32 characters) on a "
                    + runtime.database() + " server; it is not set");
        }
        String dataDir = System.getProperty("jboss.server.data.dir");
        if (dataDir == null) {
            throw new InvalidStateException("Statements need " + NAME + ": it is not set and there is no server data directory");
        }
        return generatedOnce(Path.of(dataDir, "coopbank", "statement-mac.key"));
    }

    /** Reads the key file, or creates it with 48 random bytes (base64) if there is none; safe against a race. */
    static byte[] generatedOnce(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] raw = new byte[48];
                new SecureRandom().nextBytes(raw);
                Path tmp = Files.createTempFile(file.getParent(), "statement-mac", ".tmp");
                restrict(tmp);
                Files.writeString(tmp, Base64.getEncoder().encodeToString(raw));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
                    LOG.info(() -> "No " + NAME + " set: generated a statement verification key in " + file
                            + " (embedded default only; set " + NAME + " on a production server)");
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(tmp);
                }
            }
            String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (key.length() < 32) {
                throw new InvalidStateException("The statement key file " + file + " is damaged");
            }
            return key.getBytes(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the statement key file " + file, e);
        }
    }

    private static void restrict(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the data directory's own protection applies
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}

package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/** Brings the vault schema up to date with Flyway, refusing vaults from newer app versions. */
final class Migrations {
    private Migrations() {
    }

    static void migrate(H2Connector connector, Path dir) throws VaultException {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(connector.dataSource())
                .locations("classpath:db/migration")
                // V14 encodes blocks (PostingBlock), which SQL cannot
                .javaMigrations(new PackedPostingsMigration())
                .failOnMissingLocations(true)
                .load();
        try {
            // Flyway's default is to ignore migrations it does not know ("future" ones) and carry
            // on; for us that would mean running old code on a newer schema, so refuse instead.
            for (MigrationInfo info : flyway.info().all()) {
                MigrationState state = info.getState();
                if (state == MigrationState.FUTURE_SUCCESS || state == MigrationState.FUTURE_FAILED) {
                    throw new VaultException(Kind.NEWER_VERSION, dir, "The vault in " + dir
                            + " was written by a newer version of Caravan (schema " + info.getVersion()
                            + "); update Caravan to open it");
                }
            }
            flyway.migrate();
        } catch (FlywayException e) {
            throw new VaultException(Kind.DATABASE_DAMAGED, dir,
                    "The vault schema in " + dir + " could not be brought up to date: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}

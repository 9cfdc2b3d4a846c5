package app.caravan.storage;

import app.caravan.storage.VaultException.Kind;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Refuses databases that contain objects Caravan never creates: triggers, Java aliases and
 * linked tables can run code or reach other files when the database is used (the same checks
 * Sparrow Wallet applies to imported wallets). A vault file swapped by an attacker who also has
 * the key would otherwise become a code-execution vector.
 */
final class Hardening {
    private Hardening() {
    }

    static void check(Connection connection, Path dir) throws VaultException {
        try (Statement s = connection.createStatement()) {
            refuseIfAny(s, dir, "triggers", "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TRIGGERS");
            refuseIfAny(s, dir, "user-defined functions",
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA <> 'INFORMATION_SCHEMA'");
            refuseIfAny(s, dir, "linked tables",
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE STORAGE_TYPE = 'TABLE LINK'"
                            + " OR (TABLE_SCHEMA <> 'INFORMATION_SCHEMA' AND TABLE_CLASS NOT IN"
                            + " ('org.h2.mvstore.db.MVTable', 'org.h2.table.TableView'))");
        } catch (SQLException e) {
            throw new VaultException(Kind.DATABASE_DAMAGED, dir,
                    "Cannot inspect the vault database in " + dir + " (H2 error " + e.getErrorCode() + ")", e);
        }
    }

    private static void refuseIfAny(Statement s, Path dir, String what, String sql)
            throws SQLException, VaultException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            if (rs.getLong(1) > 0) {
                throw new VaultException(Kind.DATABASE_DAMAGED, dir, "The vault database in " + dir
                        + " contains " + what + ", which Caravan never creates; refusing to open it");
            }
        }
    }
}

package app.caravan.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.caravan.Fixtures;
import java.lang.reflect.Field;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Locking drops the key material the vault holds: the data key zeroed, the references gone. */
class VaultKeyWipeTest {
    @TempDir
    Path temp;

    @Test
    void closeZeroesTheDataKeyAndDropsIt() throws Exception {
        Vault vault = Vault.create(temp.resolve("vault"), Fixtures.passphrase(), Fixtures.FAST_KDF);
        H2Connector connector = (H2Connector) field(Vault.class, "connector").get(vault);
        assertNotNull(connector);
        byte[] dataKey = (byte[]) field(H2Connector.class, "dataKey").get(connector);
        assertFalse(allZero(dataKey), "an open vault holds its key");

        vault.close();

        assertTrue(allZero(dataKey), "the data key is overwritten with zeros");
        assertNull(field(Vault.class, "connector").get(vault), "and no longer referenced");
        assertNull(field(Vault.class, "connection").get(vault));
        assertFalse(vault.isOpen());
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}

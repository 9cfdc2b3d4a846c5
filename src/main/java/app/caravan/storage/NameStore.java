package app.caravan.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Every person's name the vault holds (pseudonyms, real names, mentioned people), for the
 * pseudonym generator and the editor's collision warning. Real names leave the identity tables
 * only through here, and only to be compared, never shown.
 */
public final class NameStore {
    private final Vault vault;

    public NameStore(Vault vault) {
        this.vault = vault;
    }

    /** One name and where it is used. {@link #toString()} is redacted: {@code name} may be a real name. */
    public record NameInUse(UUID interviewId, String pseudonym, Kind kind, String name) {
        public enum Kind {
            PSEUDONYM,
            REAL_NAME,
            MENTIONED_PERSON
        }

        @Override
        public String toString() {
            return "NameInUse[" + kind + " in " + interviewId + "]";
        }
    }

    public List<NameInUse> all() {
        return vault.read("reading the names in use", c -> {
            List<NameInUse> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.pseudonym, 'PSEUDONYM', i.pseudonym"
                    + " FROM interview i"
                    + " UNION ALL SELECT i.id, i.pseudonym, 'REAL_NAME', d.real_name"
                    + " FROM identity d JOIN interview i ON i.id = d.interview_id"
                    + " UNION ALL SELECT i.id, i.pseudonym, 'MENTIONED_PERSON', m.name"
                    + " FROM mentioned_person m JOIN interview i ON i.id = m.interview_id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new NameInUse(rs.getObject(1, UUID.class), rs.getString(2),
                            NameInUse.Kind.valueOf(rs.getString(3)), rs.getString(4)));
                }
            }
            return out;
        });
    }
}

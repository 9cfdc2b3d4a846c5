package app.caravan.storage;

import app.caravan.domain.City;
import app.caravan.domain.IdentifiedInterview;
import app.caravan.domain.Identity;
import app.caravan.domain.Interview;
import app.caravan.domain.InterviewSummary;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Interviews and identities in the vault. Each public method is one transaction. */
public final class InterviewStore {
    private final Vault vault;

    public InterviewStore(Vault vault) {
        this.vault = vault;
    }

    /** Summaries for lists, newest interview first. Reads no transcript and no identity. */
    public List<InterviewSummary> summaries() {
        return vault.read("listing interviews", c -> {
            Map<UUID, List<String>> themes = InterviewRows.themes(c, null);
            List<InterviewSummary> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                    + " ORDER BY i.interviewed_at DESC, i.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject("id", UUID.class);
                    Interview scalar = InterviewRows.builder(rs, id).themes(themes.getOrDefault(id, List.of())).build();
                    out.add(InterviewSummary.of(scalar));
                }
            }
            return out;
        });
    }

    public Optional<Interview> find(UUID id) {
        return vault.read("reading an interview", c -> find(c, id));
    }

    public boolean exists(UUID id) {
        return vault.read("checking an interview", c -> exists(c, id));
    }

    public void insert(Interview interview) {
        vault.write("saving a new interview", c -> {
            InterviewRows.insertRow(c, interview);
            return null;
        });
    }

    /**
     * Stores {@code interview} if the vault still holds {@code expectedRevision}; returns false
     * (and changes nothing) when the row was saved by someone else in between or is gone.
     */
    public boolean update(Interview interview, long expectedRevision) {
        return vault.write("saving an interview", c -> InterviewRows.updateRow(c, interview, expectedRevision));
    }

    public boolean delete(UUID id) {
        return vault.write("deleting an interview", c -> {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM interview WHERE id = ?")) {
                s.setObject(1, id);
                return s.executeUpdate() > 0;
            }
        });
    }

    public Identity identity(UUID interviewId) {
        return vault.read("reading an identity", c -> IdentityRows.find(c, interviewId));
    }

    /** Saves the identity; false when the interview does not exist. */
    public boolean saveIdentity(UUID interviewId, Identity identity) {
        return vault.write("saving an identity", c -> {
            if (!exists(c, interviewId)) {
                return false;
            }
            IdentityRows.replace(c, interviewId, identity);
            return true;
        });
    }

    /** Every interview with its identity, oldest first: the content of a lossless export. */
    public List<IdentifiedInterview> everything() {
        return vault.read("exporting interviews", c -> {
            List<IdentifiedInterview> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                    + " ORDER BY i.interviewed_at, i.id");
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Interview interview = InterviewRows.read(c, rs);
                    out.add(new IdentifiedInterview(interview, IdentityRows.find(c, interview.id())));
                }
            }
            return out;
        });
    }

    /**
     * Adds the vocabulary entries, then the interviews with their identities, in ONE
     * transaction. Returns the ids that already exist (and imports nothing) if there are any.
     */
    public List<UUID> importAll(List<City> cities, List<Profession> professions, List<Theme> themes,
            List<IdentifiedInterview> interviews) {
        return vault.write("importing interviews", c -> {
            List<UUID> clashes = new ArrayList<>();
            for (IdentifiedInterview entry : interviews) {
                if (exists(c, entry.interview().id())) {
                    clashes.add(entry.interview().id());
                }
            }
            if (!clashes.isEmpty()) {
                return clashes;
            }
            VocabularyRows.insertAll(c, cities, professions, themes);
            for (IdentifiedInterview entry : interviews) {
                InterviewRows.insertRow(c, entry.interview());
                if (!entry.identity().isEmpty()) {
                    IdentityRows.replace(c, entry.interview().id(), entry.identity());
                }
            }
            return clashes;
        });
    }

    private static Optional<Interview> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + InterviewRows.COLUMNS + InterviewRows.FROM
                + " WHERE i.id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(InterviewRows.read(c, rs)) : Optional.empty();
            }
        }
    }

    private static boolean exists(Connection c, UUID id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM interview WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }
}

package app.caravan.storage;

import app.caravan.domain.Identity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Row mapping for identities, which live in their own tables away from the interview row. */
final class IdentityRows {
    private IdentityRows() {
    }

    static Identity find(Connection c, UUID interviewId) throws SQLException {
        String realName;
        String contact;
        try (PreparedStatement s = c.prepareStatement("SELECT real_name, contact FROM identity WHERE interview_id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Identity.EMPTY;
                }
                realName = rs.getString(1);
                contact = rs.getString(2);
            }
        }
        List<String> mentioned = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name FROM mentioned_person WHERE interview_id = ? ORDER BY position")) {
            s.setObject(1, interviewId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    mentioned.add(rs.getString(1));
                }
            }
        }
        return new Identity(realName, contact, mentioned);
    }

    static void replace(Connection c, UUID interviewId, Identity identity) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM identity WHERE interview_id = ?")) {
            s.setObject(1, interviewId);
            s.executeUpdate();
        }
        if (identity.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO identity (interview_id, real_name, contact) VALUES (?, ?, ?)")) {
            s.setObject(1, interviewId);
            s.setString(2, identity.realName());
            s.setString(3, identity.contact());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO mentioned_person (interview_id, position, name) VALUES (?, ?, ?)")) {
            for (int p = 0; p < identity.mentionedPeople().size(); p++) {
                s.setObject(1, interviewId);
                s.setInt(2, p);
                s.setString(3, identity.mentionedPeople().get(p));
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}

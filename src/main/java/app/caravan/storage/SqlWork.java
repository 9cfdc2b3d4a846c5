package app.caravan.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of database work on the vault's connection. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}

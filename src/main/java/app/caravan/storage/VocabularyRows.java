package app.caravan.storage;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Row mapping for the gazetteer, professions and theme codebook. */
final class VocabularyRows {
    private VocabularyRows() {
    }

    static Vocabulary load(Connection c) throws SQLException {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT city_key, alias FROM city_alias ORDER BY city_key, position");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        List<City> cities = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT city_key, name, country, region FROM city ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                cities.add(new City(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        aliases.getOrDefault(rs.getString(1), List.of())));
            }
        }
        List<Profession> professions = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT profession_key, name, sector FROM profession ORDER BY name");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                professions.add(new Profession(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        List<Theme> themes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT theme_key, name, parent_key, color, description FROM theme ORDER BY position, theme_key");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                themes.add(new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
            }
        }
        return new Vocabulary(cities, professions, themes);
    }

    static void insertAll(Connection c, List<City> cities, List<Profession> professions, List<Theme> themes)
            throws SQLException {
        for (City city : cities) {
            insertCity(c, city);
        }
        for (Profession profession : professions) {
            insertProfession(c, profession);
        }
        for (Theme theme : themes) {
            insertTheme(c, theme);
        }
    }

    static void insertCity(Connection c, City city) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO city (city_key, name, country, region) VALUES (?, ?, ?, ?)")) {
            s.setString(1, city.key());
            s.setString(2, city.name());
            s.setString(3, city.country());
            s.setString(4, city.region());
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO city_alias (city_key, position, alias) VALUES (?, ?, ?)")) {
            for (int p = 0; p < city.aliases().size(); p++) {
                s.setString(1, city.key());
                s.setInt(2, p);
                s.setString(3, city.aliases().get(p));
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void insertProfession(Connection c, Profession profession) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO profession (profession_key, name, sector) VALUES (?, ?, ?)")) {
            s.setString(1, profession.key());
            s.setString(2, profession.name());
            s.setString(3, profession.sector());
            s.executeUpdate();
        }
    }

    /** New themes go after the existing ones in codebook order. */
    static void insertTheme(Connection c, Theme theme) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO theme (theme_key, name, parent_key, color,"
                + " description, position) VALUES (?, ?, ?, ?, ?, (SELECT COALESCE(MAX(position), -1) + 1 FROM theme))")) {
            s.setString(1, theme.key());
            s.setString(2, theme.name());
            s.setString(3, theme.parentKey());
            s.setString(4, theme.color());
            s.setString(5, theme.description());
            s.executeUpdate();
        }
    }
}

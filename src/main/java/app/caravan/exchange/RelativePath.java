package app.caravan.exchange;

import java.util.List;

/**
 * The one check of the relative paths targets accept ("replies/UUID/caravan-…age"): plain
 * segments only, so a name read from a bundle or a listing can never climb out of the target,
 * address a drive, or mean something else after URL encoding.
 */
final class RelativePath {
    private RelativePath() {
    }

    /** The segments of a path naming a file; refuses the empty path. */
    static List<String> file(String path) {
        List<String> segments = folder(path);
        if (segments.isEmpty()) {
            throw refused(path, "it is empty");
        }
        return segments;
    }

    /** The segments of a path naming a folder; "" is the target's root and has none. */
    static List<String> folder(String path) {
        if (path == null) {
            throw new IllegalArgumentException("A relative path inside a target is missing (null)");
        }
        if (path.isEmpty()) {
            return List.of();
        }
        if (path.startsWith("/")) {
            throw refused(path, "it starts with '/'");
        }
        List<String> segments = List.of(path.split("/", -1));
        for (String segment : segments) {
            check(path, segment);
        }
        return segments;
    }

    private static void check(String path, String segment) {
        if (segment.isEmpty()) {
            throw refused(path, "it has an empty segment");
        }
        if (segment.equals(".") || segment.equals("..")) {
            throw refused(path, "it has a \"" + segment + "\" segment");
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '.';
            if (!allowed) {
                throw refused(path, c == '\\' ? "it contains '\\'" : "it contains the character '" + c + "'");
            }
        }
    }

    /** Whether {@code name} would pass as one segment: listings skip names that could not be fetched. */
    static boolean isSegment(String name) {
        try {
            check(name, name);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static IllegalArgumentException refused(String path, String why) {
        return new IllegalArgumentException("\"" + path + "\" is not a relative path inside a target (segments of"
                + " letters, digits, '-', '_' and '.' separated by '/'): " + why);
    }
}

package app.caravan.app;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Media types for attachments, chosen by us rather than by the platform (Files.probeContentType
 * differs between systems, and a vault moves between laptops).
 */
final class MediaTypes {
    static final String FALLBACK = "application/octet-stream";
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}");
    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("wav", "audio/wav"), Map.entry("mp3", "audio/mpeg"), Map.entry("m4a", "audio/mp4"),
            Map.entry("aac", "audio/aac"), Map.entry("ogg", "audio/ogg"), Map.entry("oga", "audio/ogg"),
            Map.entry("opus", "audio/opus"), Map.entry("flac", "audio/flac"), Map.entry("aif", "audio/aiff"),
            Map.entry("aiff", "audio/aiff"), Map.entry("amr", "audio/amr"), Map.entry("3gp", "audio/3gpp"),
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("png", "image/png"),
            Map.entry("gif", "image/gif"), Map.entry("heic", "image/heic"), Map.entry("webp", "image/webp"),
            Map.entry("tif", "image/tiff"), Map.entry("tiff", "image/tiff"), Map.entry("pdf", "application/pdf"),
            Map.entry("txt", "text/plain"), Map.entry("md", "text/markdown"), Map.entry("odt",
                    "application/vnd.oasis.opendocument.text"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("mp4", "video/mp4"));

    private MediaTypes() {
    }

    /**
     * {@code given} when it is a plain, specific {@code type/subtype} (parameters dropped), else a
     * guess from the name: a phone recording handed over as "application/octet-stream" is still
     * audio, and audio needs audio-recording consent.
     */
    static String of(String given, String fileName) {
        if (given != null) {
            String type = given.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (VALID.matcher(type).matches() && !type.equals(FALLBACK)) {
                return type;
            }
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return BY_EXTENSION.getOrDefault(extension, FALLBACK);
    }

    /**
     * The last path element of {@code fileName} without control characters, at most 255
     * characters: it is shown in the editor and used as a download name, never as a path.
     */
    static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "attachment";
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }
}

package app.caravan.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code hh:mm:ss} offsets as used in transcripts ({@code [00:12:30]}) and notes. */
public final class Timecode {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,3}):([0-5]\\d):([0-5]\\d)");
    private static final Pattern MARK = Pattern.compile("\\[(\\d{1,3}:[0-5]\\d:[0-5]\\d)]");

    /** The largest offset the {@code hhh:mm:ss} form can carry. */
    public static final Duration MAX = Duration.ofHours(999).plusMinutes(59).plusSeconds(59);

    private Timecode() {
    }

    /**
     * A {@code [hh:mm:ss]} mark in a transcript: its UTF-16 span (brackets included) and the
     * moment of the recording it points to, so the editor can seek the audio there.
     */
    public record Mark(int start, int end, Duration offset) {
    }

    /** Every {@code [hh:mm:ss]} (or {@code [h:mm:ss]}) mark in {@code text}, in order. */
    public static List<Mark> marks(String text) {
        List<Mark> marks = new ArrayList<>();
        if (text == null) {
            return marks;
        }
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            marks.add(new Mark(m.start(), m.end(), parse(m.group(1))));
        }
        return marks;
    }

    public static String format(Duration offset) {
        long seconds = offset.getSeconds();
        return String.format("%02d:%02d:%02d", seconds / 3600, (seconds % 3600) / 60, seconds % 60);
    }

    /** Parses {@code h:mm:ss} or {@code hh:mm:ss}; throws with the expected form otherwise. */
    public static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a time offset like 00:12:30");
        }
        return Duration.ofHours(Long.parseLong(m.group(1)))
                .plusMinutes(Long.parseLong(m.group(2)))
                .plusSeconds(Long.parseLong(m.group(3)));
    }
}

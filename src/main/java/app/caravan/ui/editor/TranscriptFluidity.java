package app.caravan.ui.editor;

import app.caravan.domain.Segment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The transcript-fluidity measurement shared by {@code TranscriptFluidityTest} and
 * {@code bench all} ({@link FluidityProbe}): a 200 KB transcript with 1,000 coded segments, the
 * time to open it with its highlighting, and the time per keystroke. Every method here runs on
 * the FX thread. Typed keys are timed to the painted frame by {@link KeystrokeTiming}.
 */
public final class TranscriptFluidity {
    public static final int LENGTH = 200_000;
    public static final int SEGMENTS = 1_000;
    /** One frame at 60 Hz: a keystroke handled within it is drawn with the next frame. */
    public static final double TARGET_MILLIS = 16;

    private TranscriptFluidity() {
    }

    /** Mixed Russian, English and Uzbek phrases with time marks, deterministic. */
    public static String transcript() {
        Random random = new Random(3);
        String[] phrases = {"Я уехал из Екатеринбурга 24 сентября. ", "We crossed at Verkhny Lars. ",
            "Работаю удалённо, карты перестали работать. ", "Мама осталась в Ростове. ", "[00:12:30] ",
            "Помогали ребята из чата в Тбилиси. ", "Toshkentda ishlayman. "};
        StringBuilder b = new StringBuilder(LENGTH + 100);
        while (b.length() < LENGTH) {
            b.append(phrases[random.nextInt(phrases.length)]);
            if (random.nextInt(6) == 0) {
                b.append('\n');
            }
        }
        return b.substring(0, LENGTH);
    }

    /** A thousand segments spread over the text, a third of them overlapping their neighbour. */
    public static List<Segment> segments(int length) {
        Random random = new Random(4);
        String[] themes = {"remote-work", "family-left-behind", "mobilization", "civic-activism", "helping-refugees"};
        List<Segment> out = new ArrayList<>();
        int step = length / SEGMENTS;
        for (int i = 0; i < SEGMENTS; i++) {
            int start = i * step + random.nextInt(step / 4);
            int end = Math.min(length, start + step / 2 + (i % 3 == 0 ? step : 0));
            out.add(new Segment(start, end, List.of(themes[i % themes.length]), ""));
        }
        return out;
    }

    /** Loads {@code interview} into the editor with the whole highlighting applied; nanoseconds. */
    static long open(EditorView editor, app.caravan.domain.Interview interview) {
        long start = System.nanoTime();
        editor.load(interview);
        editor.transcript.area().restyleNow();
        return System.nanoTime() - start;
    }

    /**
     * {@code keys} insertions at {@code at}, each fully handled before the next (edit, segments
     * shifted, highlighting re-applied); the nanoseconds of each.
     */
    static long[] insertions(EditorView editor, int at, int keys) {
        TranscriptArea area = editor.transcript.area();
        long[] times = new long[keys];
        for (int k = 0; k < keys; k++) {
            long t = System.nanoTime();
            area.area().insertText(at + k, "ж");
            area.restyleNow();
            times[k] = System.nanoTime() - t;
        }
        return times;
    }

    static long percentile(long[] values, int percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double mean(long[] values) {
        return Arrays.stream(values).average().orElse(0);
    }
}

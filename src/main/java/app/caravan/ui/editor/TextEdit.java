package app.caravan.ui.editor;

/**
 * One contiguous replacement: {@code removed} characters at {@code position} were replaced by
 * {@code inserted} characters. Any change between two strings can be described this way.
 */
public record TextEdit(int position, int removed, int inserted) {
    public int delta() {
        return inserted - removed;
    }

    public int removedEnd() {
        return position + removed;
    }

    /**
     * The smallest edit that turns {@code before} into {@code after}: common prefix and suffix
     * are kept. When the text allows several answers (typing "a" into "aa"), the edit is placed
     * as far right as possible, which keeps segments ending right before the edit unchanged.
     */
    public static TextEdit between(String before, String after) {
        int max = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        int suffixMax = max - prefix;
        while (suffix < suffixMax
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextEdit(prefix, before.length() - prefix - suffix, after.length() - prefix - suffix);
    }
}

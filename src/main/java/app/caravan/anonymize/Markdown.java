package app.caravan.anonymize;

/** Just enough Markdown for the codebook and the data card. */
final class Markdown {
    private Markdown() {
    }

    /**
     * Inline text with the Markdown characters that could format it backslash-escaped and line breaks folded to
     * spaces, so a theme name or description cannot open a heading, list, link or table cell.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == '\n') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
                continue;
            }
            if ("\\`*_[]<>|~".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        String inline = out.toString().strip();
        // Only at the start do these open a block (heading, list, quote, numbered list).
        if (!inline.isEmpty() && ("#-+=>".indexOf(inline.charAt(0)) >= 0 || inline.matches("\\d+[.)].*"))) {
            int digits = 0;
            while (Character.isDigit(inline.charAt(digits))) {
                digits++;
            }
            return inline.substring(0, digits) + "\\" + inline.substring(digits);
        }
        return inline;
    }

    /** Code span for keys; backticks inside are replaced so the span cannot be broken. */
    static String code(String value) {
        return "`" + value.replace('`', '\'') + "`";
    }
}

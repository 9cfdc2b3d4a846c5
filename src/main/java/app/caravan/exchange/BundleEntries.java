package app.caravan.exchange;

import app.caravan.domain.Problem;
import java.util.regex.Pattern;

/** The entry names a bundle may contain, and the checks that keep a hostile name from escaping. */
final class BundleEntries {
    static final String MANIFEST = "manifest.json";
    static final String SIGNATURE = "manifest.sig";
    static final String VOCABULARY = "vocabulary.json";
    static final String WITHDRAWALS = "withdrawals.json";
    static final String ATTACHMENTS = "attachments.json";
    /** Optional: review states and acknowledgements, when the bundle carries any. */
    static final String REVIEW = "review.json";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final Pattern INTERVIEW = Pattern.compile("interviews/(" + UUID + ")\\.json");
    private static final Pattern ATTACHMENT = Pattern.compile("attachments/(" + UUID + ")/(" + UUID + ")");

    private BundleEntries() {
    }

    static String interview(java.util.UUID id) {
        return "interviews/" + id + ".json";
    }

    static String attachment(java.util.UUID interviewId, java.util.UUID attachmentId) {
        return "attachments/" + interviewId + "/" + attachmentId;
    }

    static boolean isInterview(String name) {
        return INTERVIEW.matcher(name).matches();
    }

    static boolean isAttachment(String name) {
        return ATTACHMENT.matcher(name).matches();
    }

    static boolean isSignedPart(String name) {
        return name.equals(MANIFEST) || name.equals(SIGNATURE);
    }

    /** Rejects names that could escape an extraction folder first, then anything not in the format. */
    static void check(String name) throws BundleException {
        // Shown in a one-line message: a hostile name may carry line breaks or other control characters.
        String cut = name.length() > 80 ? name.substring(0, 80) + "…" : name;
        String shown = cut.codePoints().map(c -> Character.isISOControl(c) || c == 0x2028 || c == 0x2029 ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        if (name.startsWith("/") || name.contains("\\") || name.matches("^[A-Za-z]:.*") || name.contains("\0")) {
            throw new BundleException(Problem.of("bundle.pathAbsolute", shown));
        }
        for (String part : name.split("/", -1)) {
            if (part.equals("..") || part.equals(".")) {
                throw new BundleException(Problem.of("bundle.pathDots", shown, part));
            }
        }
        boolean known = isSignedPart(name) || name.equals(VOCABULARY) || name.equals(WITHDRAWALS)
                || name.equals(ATTACHMENTS) || name.equals(REVIEW) || isInterview(name) || isAttachment(name);
        if (!known) {
            throw new BundleException(Problem.of("bundle.unknownEntry", shown));
        }
    }
}

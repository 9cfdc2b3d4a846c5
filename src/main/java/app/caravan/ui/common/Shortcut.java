package app.caravan.ui.common;

import java.util.Arrays;
import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Every keyboard shortcut of the app in one place. The views match key events against these
 * and the F1 overlay lists them, so the overlay cannot forget one that exists or show one that
 * does not. Descriptions are message keys {@code shortcut.<key>}.
 */
public enum Shortcut {
    HELP(Group.GENERAL, "help", new KeyCodeCombination(KeyCode.F1)),
    NEW_INTERVIEW(Group.GENERAL, "newInterview", ctrl(KeyCode.N)),
    FIND(Group.GENERAL, "find", ctrl(KeyCode.F)),
    LOCK(Group.GENERAL, "lock", ctrl(KeyCode.L)),
    PAGE_INTERVIEWS(Group.GENERAL, "pageInterviews", ctrlShift(KeyCode.DIGIT1)),
    PAGE_CODEBOOK(Group.GENERAL, "pageCodebook", ctrlShift(KeyCode.DIGIT2)),
    PAGE_REVIEW(Group.GENERAL, "pageReview", ctrlShift(KeyCode.DIGIT3)),
    PAGE_SYNC(Group.GENERAL, "pageSync", ctrlShift(KeyCode.DIGIT4)),
    PAGE_EXPORT(Group.GENERAL, "pageExport", ctrlShift(KeyCode.DIGIT5)),
    PAGE_SETTINGS(Group.GENERAL, "pageSettings", ctrlShift(KeyCode.DIGIT6)),
    PAGE_INSIGHT(Group.GENERAL, "pageInsight", ctrlShift(KeyCode.DIGIT7)),
    DELETE_INTERVIEW(Group.GENERAL, "deleteInterview", ctrl(KeyCode.DELETE)),

    TAB_CONSENT(Group.EDITOR, "tabConsent", alt(KeyCode.DIGIT1)),
    TAB_DETAILS(Group.EDITOR, "tabDetails", alt(KeyCode.DIGIT2)),
    TAB_TRANSCRIPT(Group.EDITOR, "tabTranscript", alt(KeyCode.DIGIT3)),
    TAB_ATTACHMENTS(Group.EDITOR, "tabAttachments", alt(KeyCode.DIGIT4)),
    SAVE_NOW(Group.EDITOR, "saveNow", ctrl(KeyCode.S)),
    PROPOSE_PSEUDONYM(Group.EDITOR, "proposePseudonym", ctrl(KeyCode.G)),
    REVEAL_IDENTITY(Group.EDITOR, "revealIdentity", ctrlShift(KeyCode.I)),
    WITHDRAW(Group.EDITOR, "withdraw", ctrlShift(KeyCode.W)),
    PURGE(Group.EDITOR, "purge", ctrlShift(KeyCode.P)),

    TIMER(Group.TRANSCRIPT, "timer", ctrl(KeyCode.T)),
    TIMESTAMP(Group.TRANSCRIPT, "timestamp", ctrlShift(KeyCode.T)),
    CODE_1(Group.TRANSCRIPT, "codeTheme", ctrl(KeyCode.DIGIT1)),
    CODE_2(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT2)),
    CODE_3(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT3)),
    CODE_4(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT4)),
    CODE_5(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT5)),
    CODE_6(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT6)),
    CODE_7(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT7)),
    CODE_8(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT8)),
    CODE_9(Group.TRANSCRIPT, null, ctrl(KeyCode.DIGIT9)),
    CODE_CHOSEN(Group.TRANSCRIPT, "codeChosen", ctrlShift(KeyCode.C)),
    MEMO(Group.TRANSCRIPT, "memo", ctrl(KeyCode.M)),
    QUOTABLE(Group.TRANSCRIPT, "quotable", ctrlShift(KeyCode.Q)),
    REMOVE_SEGMENT(Group.TRANSCRIPT, "removeSegment", ctrlShift(KeyCode.D)),
    ADD_NOTE(Group.TRANSCRIPT, "addNote", ctrlShift(KeyCode.N)),
    /** Handled by the notes list itself, so Delete keeps deleting text everywhere else. */
    REMOVE_NOTE(Group.TRANSCRIPT, "removeNote", new KeyCodeCombination(KeyCode.DELETE)),

    ADD_ATTACHMENT(Group.ATTACHMENTS, "addAttachment", ctrlShift(KeyCode.A)),
    RECORD(Group.ATTACHMENTS, "record", ctrl(KeyCode.R)),
    PLAY(Group.ATTACHMENTS, "play", ctrl(KeyCode.P)),
    /** Handled by the attachments list itself. */
    DELETE_ATTACHMENT(Group.ATTACHMENTS, "deleteAttachment", new KeyCodeCombination(KeyCode.DELETE)),

    THEME_ADD(Group.CODEBOOK, "themeAdd", new KeyCodeCombination(KeyCode.INSERT)),
    THEME_ADD_TOP(Group.CODEBOOK, "themeAddTop", new KeyCodeCombination(KeyCode.INSERT, KeyCombination.SHIFT_DOWN)),
    THEME_RENAME(Group.CODEBOOK, "themeRename", new KeyCodeCombination(KeyCode.F2)),
    THEME_RECOLOR(Group.CODEBOOK, "themeRecolor", ctrl(KeyCode.K)),
    THEME_MOVE(Group.CODEBOOK, "themeMove", ctrlShift(KeyCode.U)),
    THEME_MERGE(Group.CODEBOOK, "themeMerge", ctrlShift(KeyCode.M)),

    REVIEW_COMMENT(Group.REVIEW, "reviewComment", ctrlAlt(KeyCode.M)),
    SUBMIT_FOR_REVIEW(Group.REVIEW, "submitForReview", ctrlShift(KeyCode.ENTER)),

    SYNC_NOW(Group.SYNC, "syncNow", new KeyCodeCombination(KeyCode.F5));

    /** Where a shortcut works; the overlay groups by it. */
    public enum Group {
        GENERAL, EDITOR, TRANSCRIPT, ATTACHMENTS, CODEBOOK, REVIEW, SYNC;

        public String messageKey() {
            return "shortcut.group." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Group group;
    private final String key;
    private final KeyCombination combination;

    Shortcut(Group group, String key, KeyCombination combination) {
        this.group = group;
        this.key = key;
        this.combination = combination;
    }

    public boolean matches(KeyEvent event) {
        return combination.match(event);
    }

    public KeyCombination combination() {
        return combination;
    }

    public Group group() {
        return group;
    }

    /** Ctrl+2 … Ctrl+9 are listed once, together with Ctrl+1. */
    public boolean listed() {
        return key != null;
    }

    public String messageKey() {
        return "shortcut." + key;
    }

    /** The combination as the platform writes it ("Ctrl+Shift+T"). */
    public String display() {
        if (this == CODE_1) {
            return combination.getDisplayText() + " … " + CODE_9.combination.getDisplayText();
        }
        return combination.getDisplayText();
    }

    /** Ctrl+1 … Ctrl+9 in order: the theme shortcuts. */
    public static List<Shortcut> codeShortcuts() {
        return List.of(CODE_1, CODE_2, CODE_3, CODE_4, CODE_5, CODE_6, CODE_7, CODE_8, CODE_9);
    }

    public static List<Shortcut> listedIn(Group group) {
        return Arrays.stream(values()).filter(s -> s.group == group && s.listed()).toList();
    }

    private static KeyCombination ctrl(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    private static KeyCombination ctrlShift(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    }

    private static KeyCombination ctrlAlt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN);
    }

    private static KeyCombination alt(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.ALT_DOWN);
    }
}

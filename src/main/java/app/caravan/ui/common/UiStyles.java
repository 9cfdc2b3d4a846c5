package app.caravan.ui.common;

/** Style classes defined in {@code app/caravan/ui/caravan.css}. */
public final class UiStyles {
    public static final String STYLESHEET = "/app/caravan/ui/caravan.css";
    /** Added to ControlsFX autocomplete popups after their own Modena-based sheet. */
    public static final String AUTOCOMPLETE_STYLESHEET = "/app/caravan/ui/autocomplete.css";

    public static final String SIDEBAR = "caravan-sidebar";
    public static final String SIDEBAR_BUTTON = "sidebar-button";
    public static final String TOP_BAR = "caravan-top-bar";
    public static final String BRAND = "caravan-brand";
    public static final String PAGE = "caravan-page";
    public static final String CENTERED_PAGE = "centered-page";
    /** The language choice above the unlock screens. */
    public static final String LANGUAGE_BAR = "language-bar";
    public static final String CARD = "caravan-card";
    public static final String SECTION = "editor-section";
    public static final String SECTION_TITLE = "section-title";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_ERROR = "field-error";
    public static final String HINT = "hint";
    public static final String STATUS = "save-status";
    public static final String STATUS_ERROR = "save-status-error";
    public static final String STRENGTH = "strength";
    public static final String STRENGTH_EMPTY = "strength-empty";
    public static final String STRENGTH_WEAK = "strength-weak";
    public static final String STRENGTH_FAIR = "strength-fair";
    public static final String STRENGTH_STRONG = "strength-strong";
    public static final String ERROR_TEXT = "error-text";
    public static final String SUCCESS_TEXT = "success-text";
    public static final String PATH = "path-text";
    /** A signing fingerprint shown large, to be compared character by character. */
    public static final String FINGERPRINT = "fingerprint-text";
    public static final String CHIP = "theme-chip";
    public static final String CHIPS = "theme-chips";
    public static final String IDENTITY = "identity-section";
    public static final String BIG_ICON = "big-icon";
    public static final String EDITOR_HEADER = "editor-header";
    public static final String EMPTY_EDITOR = "empty-editor";
    public static final String EDITOR_TABS = "editor-tabs";
    public static final String CHIP_REMOVE = "theme-chip-remove";
    public static final String CODE_CHIP = "code-chip";
    public static final String TRANSCRIPT_AREA = "transcript-area";
    public static final String TRANSCRIPT_PANE = "transcript-pane";
    public static final String TRANSCRIPT_TOOLS = "transcript-tools";
    public static final String SIDE_PANEL = "side-panel";
    public static final String GATE_BANNER = "gate-banner";
    public static final String CALLOUT = "callout";
    public static final String WARNING_TEXT = "warning-text";
    public static final String WITHDRAWN_BANNER = "withdrawn-banner";
    /** Under the top bar on every page while the demo vault is open. */
    public static final String DEMO_BANNER = "demo-banner";
    public static final String WITHDRAWN_BADGE = "withdrawn-badge";
    public static final String FIELD_LABEL_INLINE = "field-label-inline";
    public static final String TIMER = "timer-text";
    public static final String PLAYER = "audio-player";
    public static final String ATTACHMENT_NAME = "attachment-name";
    public static final String NEW_CITY_FORM = "new-city-form";
    public static final String ROW_WITHDRAWN = "row-withdrawn";
    public static final String ROW_PURGED = "row-purged";
    public static final String SHORTCUTS_OVERLAY = "shortcuts-overlay";
    public static final String SHORTCUTS_CARD = "shortcuts-card";
    public static final String SHORTCUT_KEY = "shortcut-key";
    public static final String SWATCH = "color-swatch";
    public static final String CODEBOOK_TREE = "codebook-tree";
    public static final String STATUS_BADGE = "status-badge";
    public static final String CONSENT_STRIP = "consent-strip";
    public static final String CONSENT_FLAG = "consent-flag";
    public static final String FLAG_GIVEN = "flag-given";
    public static final String FLAG_MISSING = "flag-missing";
    public static final String QUOTE_WARNING = "quote-warning";
    public static final String COMMENT_QUOTE = "comment-quote";
    public static final String COMMENT_BODY = "comment-body";
    public static final String COMMENT_RESOLVED = "comment-resolved";
    public static final String COMMENT_BADGE = "comment-badge";
    public static final String REVIEW_BANNER = "review-banner";
    public static final String COMMENTS_PANEL = "comments-panel";
    public static final String COMMENT_CARD = "comment-card";
    public static final String FILTER_PANEL = "filter-panel";
    public static final String FILTER_BAR = "filter-bar";
    public static final String FILTER_CHIP = "filter-chip";
    public static final String SEARCH_HIT = "search-hit";
    public static final String SEARCH_MARK = "search-mark";
    public static final String SEARCH_SOURCE = "search-source";
    public static final String INSIGHT_CARD = "insight-card";
    public static final String HEAT_CELL = "heat-cell";
    public static final String HEAT_HEADER = "heat-header";

    private UiStyles() {
    }
}

package app.caravan.ui.common;

/** Style classes defined in {@code app/caravan/ui/caravan.css}. */
public final class UiStyles {
    public static final String STYLESHEET = "/app/caravan/ui/caravan.css";

    public static final String SIDEBAR = "caravan-sidebar";
    public static final String SIDEBAR_BUTTON = "sidebar-button";
    public static final String TOP_BAR = "caravan-top-bar";
    public static final String BRAND = "caravan-brand";
    public static final String PAGE = "caravan-page";
    public static final String CENTERED_PAGE = "centered-page";
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
    public static final String CHIP = "theme-chip";
    public static final String CHIPS = "theme-chips";
    public static final String IDENTITY = "identity-section";
    public static final String LATER = "later-page";
    public static final String BIG_ICON = "big-icon";
    public static final String EDITOR_HEADER = "editor-header";
    public static final String EMPTY_EDITOR = "empty-editor";

    private UiStyles() {
    }
}

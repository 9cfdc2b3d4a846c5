package app.caravan.ui.editor;

import app.caravan.app.NameCollision;
import app.caravan.domain.Background;
import app.caravan.domain.Interview;
import app.caravan.domain.NamesExhaustedException;
import app.caravan.ui.common.EnumChoices;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.UUID;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The pseudonym with its generator: a background (Uzbek, Georgian, …) and, from the
 * interviewee's gender, a plausible first name that nobody in the vault has (Ctrl+G). Whatever
 * is typed is checked against the vault's names, and a clash with a real name, a mentioned
 * person or another pseudonym is warned about under the field, without showing that name.
 */
final class PseudonymRow {
    private static final Duration CHECK_DELAY = Duration.millis(350);
    /** Property of the warning label: the pseudonym last checked (tests wait for it; the layout settles then). */
    static final String CHECKED = "checkedPseudonym";

    private final SessionContext context;
    private final EditorViewModel vm;
    private final I18n i18n;
    private final TextField field;
    private final ComboBox<Background> background;
    private final Label warning = new Label();
    private final PauseTransition check = new PauseTransition(CHECK_DELAY);
    private final VBox box;
    private long checkToken;

    PseudonymRow(SessionContext context, EditorViewModel vm, TextField field) {
        this.context = context;
        this.vm = vm;
        this.i18n = context.i18n();
        this.field = field;
        background = EnumChoices.required(Background.values(), b -> i18n.label("background", b.key()));
        background.setId("background");
        background.setValue(Background.RUSSIAN);
        background.setMaxWidth(Region.USE_PREF_SIZE);
        background.setTooltip(new Tooltip(i18n.get("pseudonym.background.tooltip")));
        Button propose = Icons.iconButton(MaterialDesignD.DICE_5_OUTLINE,
                i18n.get("pseudonym.propose") + " (" + Shortcut.PROPOSE_PSEUDONYM.display() + ")");
        propose.setId("proposePseudonym");
        propose.setOnAction(e -> propose());
        propose.disableProperty().bind(vm.withdrawn);
        background.disableProperty().bind(vm.withdrawn);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, field, background, propose);
        row.setAlignment(Pos.CENTER_LEFT);
        warning.setId("pseudonymWarning");
        warning.setWrapText(true);
        warning.getStyleClass().addAll(UiStyles.WARNING_TEXT, Styles.TEXT_SMALL);
        warning.visibleProperty().bind(warning.textProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        box = new VBox(2, Sections.withError(row, field, vm.pseudonymError), warning);
        check.setOnFinished(e -> checkCollisions());
        vm.pseudonym.addListener((obs, old, now) -> check.playFromStart());
        vm.baseProperty().addListener((obs, old, now) -> {
            if (old == null || now == null || !old.id().equals(now.id())) {
                // Another interview: check its pseudonym at once (once loading has set it), not
                // after a typing pause.
                warning.setText("");
                check.stop();
                javafx.application.Platform.runLater(this::checkCollisions);
            }
        });
    }

    VBox box() {
        return box;
    }

    /** Ctrl+G: a new proposal replaces the pseudonym (autosave stores it). */
    void propose() {
        Interview base = vm.base();
        if (base == null || vm.withdrawn.get()) {
            return;
        }
        Background chosen = background.getValue();
        var gender = vm.gender.get();
        Tasks.create(() -> context.session().pseudonyms().propose(chosen, gender))
                .onSuccess(name -> {
                    if (vm.base() != null && vm.base().id().equals(base.id())) {
                        vm.pseudonym.set(name);
                        field.requestFocus();
                        field.selectAll();
                    }
                })
                .onError(NamesExhaustedException.class, error -> warning.setText(
                        i18n.format("pseudonym.exhausted", i18n.label("background", chosen.key()))))
                .onError(error -> warning.setText(i18n.format("pseudonym.failed", i18n.problem(error))))
                .runOnce(context.executor());
    }

    private void checkCollisions() {
        Interview base = vm.base();
        String typed = vm.pseudonym.get();
        // Off screen (the vault was locked meanwhile) there is no session to ask and nobody to warn.
        if (box.getScene() == null || base == null || typed == null || typed.isBlank()) {
            warning.setText("");
            return;
        }
        long token = ++checkToken;
        UUID id = base.id();
        Tasks.create(() -> context.session().pseudonyms().collisions(typed, id))
                .onSuccess(collisions -> {
                    if (token == checkToken) {
                        warning.setText(describe(collisions, id));
                        warning.getProperties().put(CHECKED, typed);
                    }
                })
                // The check is advice; when it cannot run, typing must go on undisturbed.
                .onError(error -> warning.setText(""))
                .runOnce(context.executor());
    }

    private String describe(List<NameCollision> collisions, UUID self) {
        if (collisions.isEmpty()) {
            return "";
        }
        NameCollision first = collisions.get(0);
        String key = switch (first.kind()) {
            case REAL_NAME -> first.interviewId().equals(self) ? "pseudonym.collision.ownRealName"
                    : "pseudonym.collision.realName";
            case MENTIONED_PERSON -> first.interviewId().equals(self) ? "pseudonym.collision.ownMentioned"
                    : "pseudonym.collision.mentioned";
            case PSEUDONYM -> "pseudonym.collision.pseudonym";
        };
        String text = i18n.format(key, first.pseudonym());
        return collisions.size() > 1 ? text + " " + i18n.format("pseudonym.collision.more", collisions.size() - 1)
                : text;
    }
}

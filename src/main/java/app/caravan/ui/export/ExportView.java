package app.caravan.ui.export;

import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The Export page: a wizard for the anonymized research dataset in four steps (interviews,
 * options, preview, run). Back and Next move between them; Enter is Next on the first two steps. Only the app's export service is used.
 */
public final class ExportView extends BorderPane {
    static final int INTERVIEWS = 0;
    static final int OPTIONS = 1;
    static final int PREVIEW = 2;
    static final int RUN = 3;

    private final ExportModel model;
    private final RunModel run;
    private final IntegerProperty step = new SimpleIntegerProperty(-1);
    private final List<Node> steps;
    private final List<Label> markers = new ArrayList<>();
    private final ScrollPane scroll = new ScrollPane();
    private final Button back;
    private final Button next;

    public ExportView(SessionContext context) {
        I18n i18n = context.i18n();
        setId("export");
        model = new ExportModel(context);
        PreviewModel preview = new PreviewModel(context, model);
        run = new RunModel(context, model);
        steps = List.of(InterviewsStep.create(model, i18n), OptionsStep.create(model, context.dialogs(), i18n),
                PreviewStep.create(model, preview, i18n), RunStep.create(run, i18n, context.dialogs()));

        Label title = new Label(i18n.get("export.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        HBox stepBar = new HBox(8);
        stepBar.setAlignment(Pos.CENTER_LEFT);
        String[] names = {"interviews", "options", "preview", "run"};
        for (int i = 0; i < names.length; i++) {
            Label marker = new Label((i + 1) + ". " + i18n.get("export.step." + names[i]));
            marker.setId("exportMarker-" + names[i]);
            marker.getStyleClass().add("wizard-step");
            markers.add(marker);
            stepBar.getChildren().add(marker);
        }
        VBox top = new VBox(10, title, stepBar);
        top.getStyleClass().add("wizard-header");

        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("wizard-body");

        back = new Button(i18n.get("export.back"), Icons.of(MaterialDesignA.ARROW_LEFT));
        back.setId("exportBack");
        back.setOnAction(e -> go(step.get() - 1));
        next = new Button(i18n.get("export.next"), Icons.of(MaterialDesignA.ARROW_RIGHT));
        next.setId("exportNext");
        next.setContentDisplay(ContentDisplay.RIGHT);
        next.getStyleClass().add(Styles.ACCENT);
        next.setOnAction(e -> next());
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(10, back, spacer, next);
        footer.setAlignment(Pos.CENTER_LEFT);
        footer.getStyleClass().add("wizard-footer");

        step.addListener((obs, old, now) -> {
            for (int i = 0; i < markers.size(); i++) {
                markers.get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), i == now.intValue());
                markers.get(i).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), i < now.intValue());
            }
            updateButtons(i18n);
        });
        run.running.addListener((obs, old, now) -> updateButtons(i18n));
        run.report.addListener((obs, old, now) -> updateButtons(i18n));
        model.loading.addListener((obs, old, now) -> updateButtons(i18n));
        model.rows.addListener((javafx.collections.ListChangeListener<ExportModel.Row>) c -> updateButtons(i18n));

        addEventFilter(KeyEvent.KEY_PRESSED, this::enter);
        setTop(top);
        setCenter(scroll);
        setBottom(footer);
        getStyleClass().add(UiStyles.PAGE);
        go(INTERVIEWS);
        model.load();
    }

    /** Saved filters, recipients and the consent of the chosen interviews may have changed elsewhere. */
    /** Stops a running export (the vault is being locked); it leaves nothing behind. */
    public void cancelRunning() {
        run.cancel();
    }

    public void refresh() {
        if (!run.running.get()) {
            model.load();
        }
    }

    private void next() {
        switch (step.get()) {
            case INTERVIEWS -> go(OPTIONS);
            case OPTIONS -> {
                if (model.validOptions()) {
                    go(PREVIEW);
                }
            }
            case PREVIEW -> {
                go(RUN);
                run.run();
            }
            default -> {
                // A finished or failed run: Next starts again from the first step.
                if (!run.running.get()) {
                    go(INTERVIEWS);
                }
            }
        }
    }

    /**
     * Enter is Next on the first two steps wherever the focus is, except on a push button (Space
     * presses it) or an open list; a typed spinner value is committed first. Starting
     * the export itself takes the button, not a reflexive Enter.
     */
    private void enter(KeyEvent event) {
        if (event.getCode() != KeyCode.ENTER || event.isShortcutDown() || step.get() > OPTIONS
                || event.getTarget() instanceof Button || event.getTarget() instanceof MenuButton
                || event.getTarget() instanceof ComboBoxBase<?> box && box.isShowing()) {
            return;
        }
        for (Node n = event.getTarget() instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n instanceof Spinner<?> spinner) {
                spinner.increment(0);
            }
        }
        next.fire();
        event.consume();
    }

    private void go(int target) {
        if (target < INTERVIEWS || target > RUN || run.running.get()) {
            return;
        }
        step.set(target);
        scroll.setContent(steps.get(target));
        scroll.setVvalue(0);
        steps.get(target).requestFocus();
    }

    private void updateButtons(I18n i18n) {
        int now = step.get();
        back.setDisable(now == INTERVIEWS || run.running.get());
        next.setText(i18n.get(now == PREVIEW ? "export.start" : now == RUN ? "export.again" : "export.next"));
        next.setGraphic(Icons.of(now == PREVIEW ? MaterialDesignE.EXPORT_VARIANT : MaterialDesignA.ARROW_RIGHT));
        next.setDisable(now == RUN ? run.running.get() : now == INTERVIEWS && (model.loading.get() || model.rows.isEmpty()));
        next.setVisible(now != RUN || run.report.get() != null || !run.running.get());
    }
}

package app.caravan.ui.review;

import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.domain.StatusChange;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.IndexRange;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The review of one interview: a status bar (current status and the steps this vault's role
 * may take), consent at a glance, and two tabs: the transcript with its comments, and the
 * history (status changes and the audit log).
 */
public final class ReviewView extends StackPane {
    private final SessionContext context;
    private final I18n i18n;
    private final ReviewViewModel vm;
    private final ReviewTranscript transcript;
    private final ConsentStrip consent;
    private final Label title = new Label();
    private final Label status = new Label();
    private final Label since = new Label();
    private final HBox actionBar = new HBox(8);
    private final BorderPane content = new BorderPane();
    private final VBox empty;
    private final TabPane tabs = new TabPane();

    public ReviewView(SessionContext context, ReviewViewModel vm) {
        this.context = context;
        this.i18n = context.i18n();
        this.vm = vm;
        setId("reviewView");
        transcript = new ReviewTranscript(context.vocabularyProperty());
        consent = new ConsentStrip(i18n);
        CommentsPanel comments = new CommentsPanel(vm, i18n, this::comment,
                c -> transcript.select(c.start(), c.end()));
        SplitPane split = new SplitPane(transcript.node(), comments.node());
        split.setDividerPositions(0.58);
        SplitPane.setResizableWithParent(comments.node(), false);
        Tab text = new Tab(i18n.get("review.tab.transcript"), split);
        text.setId("reviewTab-transcript");
        text.setGraphic(Icons.of(MaterialDesignT.TEXT_BOX_OUTLINE));
        Tab history = new Tab(i18n.get("review.tab.history"), new HistoryPane(vm, i18n).node());
        history.setId("reviewTab-history");
        history.setGraphic(Icons.of(MaterialDesignH.HISTORY));
        tabs.getTabs().setAll(text, history);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(UiStyles.EDITOR_TABS);

        title.setId("reviewTitle");
        title.getStyleClass().add(Styles.TITLE_3);
        // The pseudonym stays whole; "by whom, when" gives way first when the actions need room.
        title.setMinWidth(Region.USE_PREF_SIZE);
        status.setId("reviewStatus");
        status.getStyleClass().add(UiStyles.STATUS_BADGE);
        status.setMinWidth(Region.USE_PREF_SIZE);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(vm.busy);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        actionBar.setId("reviewActions");
        actionBar.setAlignment(Pos.CENTER_RIGHT);
        since.setId("reviewSince");
        since.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        since.setMinWidth(0);
        HBox header = new HBox(10, title, status, since, busy, spacer, actionBar);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add(UiStyles.EDITOR_HEADER);
        content.setTop(new VBox(header, consent.node()));
        content.setCenter(tabs);

        Label none = new Label(i18n.get("review.empty"), Icons.of(MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, 48));
        none.setContentDisplay(ContentDisplay.TOP);
        none.getStyleClass().add(Styles.TEXT_MUTED);
        none.setWrapText(true);
        empty = new VBox(none);
        empty.setAlignment(Pos.CENTER);
        empty.getStyleClass().add(UiStyles.EMPTY_EDITOR);
        getChildren().addAll(empty, content);
        content.setVisible(false);

        vm.interview.addListener((obs, old, now) -> showInterview(now));
        vm.actions.addListener((ListChangeListener<ReviewAction>) c -> buildActions());
        vm.unconsentedQuotes.addListener((ListChangeListener<Segment>) c -> consent.show(vm.interview.get(),
                List.copyOf(vm.unconsentedQuotes)));
    }

    public void open(UUID id) {
        vm.load(id);
    }

    /** Select text, then "Comment…" or Ctrl+Alt+M: asks for the comment and anchors it to the selection. */
    public void comment() {
        Interview shown = vm.interview.get();
        if (shown == null) {
            return;
        }
        IndexRange range = transcript.selection();
        if (range.getLength() == 0) {
            context.dialogs().showError(i18n.get("review.comment.title"), i18n.get("review.comment.selectFirst"));
            return;
        }
        String quote = shown.transcript().substring(range.getStart(), range.getEnd());
        context.dialogs().askText(i18n.get("review.comment.title"),
                i18n.format("review.comment.message", QuoteConsent.excerpt(shown,
                        new Segment(range.getStart(), range.getEnd(), List.of(), ""), 80)), "")
                .filter(body -> !body.isBlank())
                .ifPresent(body -> vm.addComment(range.getStart(), range.getStart() + quote.length(), body));
    }

    private void showInterview(Interview interview) {
        content.setVisible(interview != null);
        empty.setVisible(interview == null);
        transcript.show(interview);
        consent.show(interview, List.copyOf(vm.unconsentedQuotes));
        if (interview != null) {
            title.setText(interview.pseudonym());
            status.setText(i18n.label("status", interview.status().key()));
            // Who moved it here and when: the last step of the history, read with the interview.
            StatusChange last = vm.history.isEmpty() ? null : vm.history.get(vm.history.size() - 1);
            since.setText(last == null ? null : i18n.format("review.status.since", last.changedBy(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                            .withZone(ZoneId.systemDefault()).format(last.changedAt())));
            since.setTooltip(last == null ? null : new Tooltip(since.getText()));
        }
    }

    private void buildActions() {
        actionBar.getChildren().clear();
        for (ReviewAction action : vm.actions) {
            Button button = new Button(i18n.get(action.labelKey()), Icons.of(icon(action)));
            button.setId(action.id());
            button.setMinWidth(Region.USE_PREF_SIZE);
            switch (action.to()) {
                case APPROVED -> button.getStyleClass().add(Styles.SUCCESS);
                case CHANGES_REQUESTED -> button.getStyleClass().add(Styles.WARNING);
                case IN_REVIEW, SUBMITTED -> button.getStyleClass().add(Styles.ACCENT);
                default -> { }
            }
            button.disableProperty().bind(vm.busy);
            button.setOnAction(e -> vm.transition(action));
            actionBar.getChildren().add(button);
        }
    }

    private static Ikon icon(ReviewAction action) {
        if (action.labelKey().endsWith("unarchive")) {
            return MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE;
        }
        return switch (action.to()) {
            case SUBMITTED -> MaterialDesignS.SEND_OUTLINE;
            case IN_REVIEW -> MaterialDesignP.PLAY_CIRCLE_OUTLINE;
            case APPROVED -> MaterialDesignC.CHECK_DECAGRAM_OUTLINE;
            case CHANGES_REQUESTED -> MaterialDesignA.ARROW_U_LEFT_TOP;
            case ARCHIVED -> MaterialDesignA.ARCHIVE_OUTLINE;
            default -> MaterialDesignA.ARROW_RIGHT;
        };
    }
}

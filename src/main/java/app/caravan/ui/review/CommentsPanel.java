package app.caravan.ui.review;

import app.caravan.domain.ReviewComment;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The comments beside the transcript, in transcript order (detached ones last). Clicking one
 * selects its text; "Comment…" comments the selected text.
 */
final class CommentsPanel {
    private final VBox list = new VBox(8);
    private final VBox box;

    CommentsPanel(ReviewViewModel vm, I18n i18n, Runnable comment, Consumer<ReviewComment> onSelect) {
        Label title = new Label(i18n.get("review.comments.title"), Icons.of(MaterialDesignC.COMMENT_TEXT_MULTIPLE_OUTLINE));
        title.getStyleClass().add(Styles.TITLE_4);
        Label summary = new Label();
        summary.setId("commentSummary");
        summary.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        summary.textProperty().bind(vm.commentSummary);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(i18n.get("review.comment.add"), Icons.of(MaterialDesignC.COMMENT_PLUS_OUTLINE));
        add.setId("addComment");
        add.setTooltip(new Tooltip(i18n.get("shortcut.reviewComment") + " (" + Shortcut.REVIEW_COMMENT.display() + ")"));
        add.setOnAction(e -> comment.run());
        add.disableProperty().bind(vm.interview.isNull());
        HBox header = new HBox(8, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);

        list.setId("reviewComments");
        list.setFillWidth(true);
        Label empty = new Label(i18n.get("review.comments.none"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        Consumer<ReviewComment> toggle = c -> {
            if (c.isOpen()) {
                vm.resolve(c);
            } else {
                vm.reopen(c);
            }
        };
        vm.comments.addListener((ListChangeListener<ReviewComment>) change -> {
            if (vm.comments.isEmpty()) {
                list.getChildren().setAll(empty);
            } else {
                list.getChildren().setAll(vm.comments.stream()
                        .map(c -> new CommentCard(c, i18n, toggle, onSelect)).toList());
            }
        });
        list.getChildren().setAll(empty);
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        // Fills the height so a lone "no comments" line sits at the top, not in the middle.
        scroll.setFitToHeight(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        box = new VBox(8, header, summary, scroll);
        box.getStyleClass().add(UiStyles.COMMENTS_PANEL);
        box.setMinWidth(300);
    }

    VBox node() {
        return box;
    }

}

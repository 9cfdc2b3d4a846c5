package app.caravan.ui.review;

import app.caravan.domain.ReviewComment;
import app.caravan.ui.common.CommentLabels;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * One review comment: who and when, the quoted text, the comment, open or resolved (with who
 * resolved it), and a flag when its text was deleted. A click selects its text; the button
 * resolves or reopens it.
 */
final class CommentCard extends VBox {
    CommentCard(ReviewComment c, I18n i18n, Consumer<ReviewComment> onToggle, Consumer<ReviewComment> onSelect) {
        super(4);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                .withZone(ZoneId.systemDefault());
        getStyleClass().add(UiStyles.COMMENT_CARD);
        if (!c.isOpen()) {
            getStyleClass().add(UiStyles.COMMENT_RESOLVED);
        }
        Label who = new Label(i18n.format("review.comment.byline", c.author(), format.format(c.createdAt())),
                Icons.of(c.isOpen() ? MaterialDesignC.COMMENT_ALERT_OUTLINE : MaterialDesignC.CHECK_CIRCLE_OUTLINE));
        who.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        who.setWrapText(true);
        who.setMinWidth(0);
        HBox spacer = new HBox();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button toggle = new Button(i18n.get(c.isOpen() ? "review.comment.resolve" : "review.comment.reopen"),
                Icons.of(c.isOpen() ? MaterialDesignC.CHECK : MaterialDesignR.REPLAY));
        toggle.getStyleClass().addAll(Styles.SMALL, c.isOpen() ? Styles.SUCCESS : Styles.FLAT);
        toggle.setId(c.isOpen() ? "resolveComment" : "reopenComment");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.setOnAction(e -> onToggle.accept(c));
        HBox top = new HBox(6, who, spacer, toggle);
        top.setAlignment(Pos.CENTER_LEFT);

        Label quote = CommentLabels.quote(c);
        Label body = CommentLabels.body(c);
        getChildren().addAll(top, quote, body);
        if (c.detached()) {
            Label detached = new Label(i18n.get("review.comment.detached"), Icons.of(MaterialDesignL.LINK_OFF));
            detached.getStyleClass().addAll(UiStyles.WARNING_TEXT, Styles.TEXT_SMALL);
            detached.setWrapText(true);
            getChildren().add(detached);
        } else {
            setCursor(Cursor.HAND);
            setOnMouseClicked(e -> onSelect.accept(c));
        }
        if (!c.isOpen()) {
            Label resolved = new Label(i18n.format("review.comment.resolvedBy", c.resolvedBy(),
                    format.format(c.resolvedAt())));
            resolved.getStyleClass().addAll(Styles.TEXT_SMALL, UiStyles.SUCCESS_TEXT);
            resolved.setWrapText(true);
            getChildren().add(resolved);
        }
    }
}

package app.caravan.ui.common;

import app.caravan.domain.ReviewComment;
import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;

/** How a review comment's quoted text and body read, the same in the review page and the editor. */
public final class CommentLabels {
    private CommentLabels() {
    }

    public static Label quote(ReviewComment comment) {
        Label quote = new Label("“" + comment.quote().strip() + "”");
        quote.getStyleClass().addAll(UiStyles.COMMENT_QUOTE, Styles.TEXT_SMALL);
        quote.setWrapText(true);
        return quote;
    }

    public static Label body(ReviewComment comment) {
        Label body = new Label(comment.body());
        body.getStyleClass().add(UiStyles.COMMENT_BODY);
        body.setWrapText(true);
        return body;
    }
}

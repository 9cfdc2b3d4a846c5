package app.caravan.ui.review;

import app.caravan.domain.Consent;
import app.caravan.domain.Interview;
import app.caravan.domain.Segment;
import app.caravan.ui.common.Dates;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * Consent at a glance: each use with a tick or a cross, a loud banner when consent was
 * withdrawn, and a warning naming the segments marked quotable without verbatim-quote consent.
 */
final class ConsentStrip {
    private final I18n i18n;
    private final FlowPane flags = new FlowPane(8, 6);
    private final Label withdrawn = new Label();
    private final Label quotes = new Label();
    private final VBox box;

    ConsentStrip(I18n i18n) {
        this.i18n = i18n;
        flags.setId("consentStrip");
        flags.setAlignment(Pos.CENTER_LEFT);
        withdrawn.setId("reviewWithdrawn");
        withdrawn.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_CANCEL_OUTLINE));
        withdrawn.getStyleClass().add(UiStyles.WITHDRAWN_BANNER);
        withdrawn.setWrapText(true);
        withdrawn.setMaxWidth(Double.MAX_VALUE);
        quotes.setId("quoteWarning");
        quotes.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE));
        quotes.getStyleClass().add(UiStyles.QUOTE_WARNING);
        quotes.setWrapText(true);
        quotes.setMaxWidth(Double.MAX_VALUE);
        for (Label l : new Label[] {withdrawn, quotes}) {
            l.managedProperty().bind(l.visibleProperty());
            l.setVisible(false);
        }
        box = new VBox(8, flags, withdrawn, quotes);
        box.getStyleClass().add(UiStyles.CONSENT_STRIP);
    }

    VBox node() {
        return box;
    }

    void show(Interview interview, List<Segment> unconsented) {
        flags.getChildren().clear();
        if (interview == null) {
            withdrawn.setVisible(false);
            quotes.setVisible(false);
            return;
        }
        Consent c = interview.consent();
        flags.getChildren().add(flag("participation", c.participation(), c.isWithdrawn()));
        flags.getChildren().add(flag("audioRecording", c.audioRecording(), c.isWithdrawn()));
        flags.getChildren().add(flag("verbatimQuotes", c.verbatimQuotes(), c.isWithdrawn()));
        flags.getChildren().add(flag("publishUnderPseudonym", c.publishUnderPseudonym(), c.isWithdrawn()));
        flags.getChildren().add(flag("shareAnonymizedForResearch", c.shareAnonymizedForResearch(), c.isWithdrawn()));
        flags.getChildren().add(flag("recontact", c.recontact(), c.isWithdrawn()));
        withdrawn.setVisible(c.isWithdrawn());
        if (c.isWithdrawn()) {
            withdrawn.setText(i18n.format("review.consent.withdrawn",
                    Dates.shortFormat(i18n.locale()).format(c.withdrawnAt())));
        }
        quotes.setVisible(!unconsented.isEmpty());
        if (!unconsented.isEmpty()) {
            quotes.setText(i18n.format("review.consent.quotes", unconsented.size(), unconsented.stream()
                    .map(s -> "“" + QuoteConsent.excerpt(interview, s, 48) + "”").collect(Collectors.joining(", "))));
        }
    }

    private Label flag(String key, boolean given, boolean withdrawnAll) {
        boolean ok = given && !withdrawnAll;
        Label label = new Label(i18n.get("consent." + key),
                Icons.of(ok ? MaterialDesignC.CHECK_CIRCLE_OUTLINE : MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        label.setId("consent-" + key);
        label.getStyleClass().addAll(UiStyles.CONSENT_FLAG, Styles.TEXT_SMALL, ok ? UiStyles.FLAG_GIVEN
                : UiStyles.FLAG_MISSING);
        label.setMinWidth(Label.USE_PREF_SIZE);
        if (!ok) {
            label.setGraphic(Icons.of(withdrawnAll && given ? MaterialDesignF.FLAG_REMOVE_OUTLINE
                    : MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        }
        return label;
    }
}

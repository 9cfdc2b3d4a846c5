package app.caravan.ui.editor;

import app.caravan.domain.Attachment;
import app.caravan.domain.Timecode;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.Tasks;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.time.Duration;
import java.util.UUID;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.media.Media;
import javafx.scene.media.MediaException;
import javafx.scene.media.MediaPlayer;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Plays an audio attachment inside the app. The player reads it from the vault's loopback
 * server ({@code AudioServer}), decrypted on the fly, so no plaintext copy is ever written.
 * A seek asked for before the audio is ready (a click on a transcript mark) waits for it.
 */
final class AudioPlayerPane {
    private final SessionContext context;
    private final I18n i18n;
    private final Label title = new Label();
    private final Label position = new Label("00:00:00");
    private final Label status = new Label();
    private final Button play = new Button();
    private final Slider slider = new Slider(0, 1, 0);
    private final VBox box;
    private MediaPlayer player;
    private Attachment loaded;
    private Duration pendingSeek;
    private boolean sliding;

    AudioPlayerPane(SessionContext context) {
        this.context = context;
        this.i18n = context.i18n();
        title.setId("playerTitle");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        position.setId("playerPosition");
        position.getStyleClass().add(UiStyles.TIMER);
        status.setId("playerStatus");
        status.setWrapText(true);
        status.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        play.setId("playPause");
        play.setGraphic(Icons.of(MaterialDesignP.PLAY));
        play.setTooltip(new Tooltip(i18n.get("player.play") + " (" + Shortcut.PLAY.display() + ")"));
        play.setAccessibleText(i18n.get("player.play"));
        play.setOnAction(e -> togglePlay());
        play.setDisable(true);
        slider.setId("playerSlider");
        slider.setDisable(true);
        slider.valueChangingProperty().addListener((obs, was, now) -> {
            sliding = now;
            if (!now && player != null) {
                seek(Duration.ofMillis((long) (slider.getValue() * player.getTotalDuration().toMillis())));
            }
        });
        HBox.setHgrow(slider, Priority.ALWAYS);
        HBox controls = new HBox(8, play, slider, position);
        controls.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(6, title, controls, status);
        box.getStyleClass().add(UiStyles.PLAYER);
        title.setText(i18n.get("player.nothing"));
    }

    VBox node() {
        return box;
    }

    Attachment loaded() {
        return loaded;
    }

    /** Loads {@code audio} (from the vault's loopback URL) and, once ready, seeks to {@code at} if given. */
    void load(Attachment audio, Duration at) {
        dispose();
        loaded = audio;
        pendingSeek = at;
        title.setText(audio.fileName());
        status.setText(i18n.get("player.loading"));
        showPosition(at == null ? Duration.ZERO : at);
        UUID id = audio.id();
        Tasks.create(() -> context.session().audio().uri(id))
                .onSuccess(uri -> {
                    if (loaded != null && loaded.id().equals(id)) {
                        open(uri.toString());
                    }
                })
                .onError(error -> status.setText(i18n.format("player.failed", i18n.problem(error))))
                .runOnce(context.executor());
    }

    /** Moves playback to {@code at}; shown at once, applied as soon as the player can. */
    void seek(Duration at) {
        showPosition(at);
        if (player != null && player.getStatus() != MediaPlayer.Status.UNKNOWN
                && player.getStatus() != MediaPlayer.Status.HALTED) {
            player.seek(javafx.util.Duration.millis(at.toMillis()));
        } else {
            pendingSeek = at;
        }
    }

    void togglePlay() {
        if (player == null) {
            return;
        }
        if (player.getStatus() == MediaPlayer.Status.PLAYING) {
            player.pause();
        } else {
            player.play();
        }
    }

    /** Stops and forgets the player (another interview, or the vault is locked). */
    void dispose() {
        if (player != null) {
            player.dispose();
            player = null;
        }
        loaded = null;
        pendingSeek = null;
        play.setDisable(true);
        slider.setDisable(true);
        title.setText(i18n.get("player.nothing"));
        status.setText("");
        showPosition(Duration.ZERO);
    }

    private void open(String url) {
        try {
            player = new MediaPlayer(new Media(url));
        } catch (MediaException | UnsupportedOperationException e) {
            status.setText(i18n.format("player.failed", i18n.problem(e)));
            return;
        }
        MediaPlayer current = player;
        current.setOnReady(() -> {
            status.setText("");
            play.setDisable(false);
            slider.setDisable(false);
            if (pendingSeek != null) {
                current.seek(javafx.util.Duration.millis(pendingSeek.toMillis()));
                pendingSeek = null;
            }
        });
        current.setOnError(() -> status.setText(i18n.format("player.failed", describe(current.getError()))));
        current.statusProperty().addListener((obs, old, now) -> play.setGraphic(Icons.of(
                now == MediaPlayer.Status.PLAYING ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY)));
        current.currentTimeProperty().addListener((obs, old, now) -> {
            if (!sliding && pendingSeek == null) {
                showPosition(Duration.ofMillis((long) now.toMillis()));
                double total = current.getTotalDuration().toMillis();
                slider.setValue(total > 0 ? now.toMillis() / total : 0);
            }
        });
    }

    private String describe(MediaException error) {
        if (error == null) {
            return "";
        }
        // The usual failure on a laptop without sound output; say it plainly.
        return error.getType() == MediaException.Type.PLAYBACK_HALTED ? i18n.get("player.noOutput")
                : i18n.problem(error);
    }

    private void showPosition(Duration at) {
        position.setText(Timecode.format(at));
    }
}

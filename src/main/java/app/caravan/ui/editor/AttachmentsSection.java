package app.caravan.ui.editor;

import app.caravan.domain.Attachment;
import app.caravan.ui.common.I18n;
import app.caravan.ui.common.Icons;
import app.caravan.ui.common.Sections;
import app.caravan.ui.common.SessionContext;
import app.caravan.ui.common.Shortcut;
import app.caravan.ui.common.UiStyles;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The attachments tab: audio, photos and documents of the interview, each stored encrypted in
 * the vault, an embedded player for audio, and recording from the microphone.
 */
final class AttachmentsSection {
    final AttachmentsModel model;
    final AudioPlayerPane player;
    final ListView<Attachment> list = new ListView<>();
    private final SessionContext context;
    private final EditorViewModel vm;
    private final VBox box;

    AttachmentsSection(SessionContext context, EditorViewModel vm) {
        this.context = context;
        this.vm = vm;
        this.model = new AttachmentsModel(context);
        this.player = new AudioPlayerPane(context);
        I18n i18n = context.i18n();

        Button add = new Button(i18n.get("attachments.add"), Icons.of(MaterialDesignP.PAPERCLIP));
        add.setId("addAttachment");
        add.setTooltip(new Tooltip(Shortcut.ADD_ATTACHMENT.display()));
        add.setOnAction(e -> chooseAndAdd());
        add.disableProperty().bind(model.uploading.or(vm.withdrawn));
        Button record = new Button();
        record.setId("record");
        record.textProperty().bind(Bindings.when(model.recording.isNull()).then(i18n.get("attachments.record"))
                .otherwise(i18n.get("attachments.stop")));
        record.graphicProperty().bind(Bindings.createObjectBinding(() -> Icons.of(model.recording.get() == null
                ? MaterialDesignM.MICROPHONE_OUTLINE : MaterialDesignS.STOP), model.recording));
        record.setTooltip(new Tooltip(Shortcut.RECORD.display()));
        record.setOnAction(e -> model.toggleRecording());
        record.disableProperty().bind(vm.withdrawn.and(model.recording.isNull()));
        ProgressBar progress = new ProgressBar();
        progress.setId("uploadProgress");
        progress.progressProperty().bind(model.progress);
        progress.setPrefWidth(160);
        Button cancel = Icons.iconButton(MaterialDesignC.CLOSE_CIRCLE_OUTLINE, i18n.get("attachments.cancel"));
        cancel.setId("cancelUpload");
        cancel.setOnAction(e -> model.cancelUpload());
        HBox uploading = new HBox(6, progress, cancel);
        uploading.setAlignment(Pos.CENTER_LEFT);
        uploading.visibleProperty().bind(model.uploading);
        uploading.managedProperty().bind(uploading.visibleProperty());
        HBox tools = new HBox(8, add, record, uploading);
        tools.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("attachmentsMessage");
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.message);
        model.failed.addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(UiStyles.ERROR_TEXT);
            if (now) {
                message.getStyleClass().add(UiStyles.ERROR_TEXT);
            }
        });

        list.setId("attachments");
        list.setItems(model.attachments);
        list.setPlaceholder(new Label(i18n.get("attachments.none")));
        list.setCellFactory(v -> new AttachmentCell(i18n));
        list.setPrefHeight(220);
        list.setOnMouseClicked(e -> {
            Attachment chosen = list.getSelectionModel().getSelectedItem();
            if (e.getClickCount() == 2 && chosen != null && chosen.kind() == Attachment.Kind.AUDIO) {
                player.load(chosen, null);
            }
        });
        Button playSelected = new Button(i18n.get("attachments.play"), Icons.of(MaterialDesignP.PLAY_CIRCLE_OUTLINE));
        playSelected.setId("playAttachment");
        playSelected.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            Attachment a = list.getSelectionModel().getSelectedItem();
            return a == null || a.kind() != Attachment.Kind.AUDIO;
        }, list.getSelectionModel().selectedItemProperty()));
        playSelected.setOnAction(e -> player.load(list.getSelectionModel().getSelectedItem(), null));
        Button delete = Icons.iconButton(MaterialDesignD.DELETE_OUTLINE, i18n.get("attachments.delete"));
        delete.setId("deleteAttachment");
        delete.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> deleteSelected());
        list.setOnKeyPressed(e -> {
            if (Shortcut.DELETE_ATTACHMENT.matches(e)) {
                deleteSelected();
                e.consume();
            }
        });
        HBox listTools = new HBox(8, playSelected, delete);

        VBox section = Sections.titled(i18n.get("editor.section.attachments"), MaterialDesignP.PAPERCLIP,
                Sections.hint(i18n.get("attachments.hint")), tools, message, list, listTools, player.node());
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(section, Priority.ALWAYS);
        box = new VBox(section);
        box.getStyleClass().add(UiStyles.PAGE);
    }

    VBox node() {
        return box;
    }

    void show(UUID interviewId) {
        model.stopRecordingIfAny();
        player.dispose();
        model.load(interviewId);
    }

    /** Ctrl+Shift+A. */
    void chooseAndAdd() {
        if (model.uploading.get() || vm.withdrawn.get()) {
            return;
        }
        context.dialogs().chooseOpenFile(context.i18n().get("attachments.choose"), Path.of(System.getProperty("user.home")))
                .ifPresent(model::add);
    }

    /** A click on a [hh:mm:ss] mark: plays the loaded audio from there, or the interview's first recording. */
    void seek(Duration at) {
        if (player.loaded() != null) {
            player.seek(at);
            return;
        }
        model.attachments.stream().filter(a -> a.kind() == Attachment.Kind.AUDIO).findFirst()
                .ifPresentOrElse(audio -> player.load(audio, at),
                        () -> model.message.set(context.i18n().get("attachments.noAudio")));
    }

    private void deleteSelected() {
        Attachment chosen = list.getSelectionModel().getSelectedItem();
        I18n i18n = context.i18n();
        if (chosen != null && context.dialogs().confirm(i18n.get("attachments.delete.title"),
                i18n.format("attachments.delete.message", chosen.fileName()), i18n.get("attachments.delete.confirm"))) {
            if (player.loaded() != null && player.loaded().id().equals(chosen.id())) {
                player.dispose();
            }
            model.delete(chosen);
        }
    }

    /** Kind icon, file name, size and when it was added. */
    private static final class AttachmentCell extends ListCell<Attachment> {
        private final I18n i18n;
        private final DateTimeFormatter when;

        AttachmentCell(I18n i18n) {
            this.i18n = i18n;
            this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale())
                    .withZone(ZoneId.systemDefault());
        }

        @Override
        protected void updateItem(Attachment item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label name = new Label(item.fileName(), Icons.of(icon(item.kind()), 20));
            name.getStyleClass().add(UiStyles.ATTACHMENT_NAME);
            Label details = new Label(i18n.label("attachments.kind", item.kind().name().toLowerCase(java.util.Locale.ROOT))
                    + " · " + FileSizes.format(item.size(), i18n.locale()) + " · " + when.format(item.addedAt()));
            details.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            HBox row = new HBox(12, name, details);
            row.setAlignment(Pos.CENTER_LEFT);
            setText(null);
            setGraphic(row);
        }

        private static Ikon icon(Attachment.Kind kind) {
            return switch (kind) {
                case AUDIO -> MaterialDesignF.FILE_MUSIC_OUTLINE;
                case PHOTO -> MaterialDesignF.FILE_IMAGE_OUTLINE;
                case DOCUMENT -> MaterialDesignF.FILE_DOCUMENT_OUTLINE;
            };
        }
    }
}

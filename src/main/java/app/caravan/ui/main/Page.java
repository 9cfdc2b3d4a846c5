package app.caravan.ui.main;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The sidebar's destinations. */
enum Page {
    INTERVIEWS("interviews", MaterialDesignF.FORMAT_LIST_BULLETED),
    CODEBOOK("codebook", MaterialDesignF.FILE_TREE_OUTLINE),
    INSIGHT("insight", MaterialDesignC.CHART_BAR),
    REVIEW("review", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE),
    SYNC("sync", MaterialDesignS.SYNC),
    EXPORT("export", MaterialDesignE.EXPORT_VARIANT),
    SETTINGS("settings", MaterialDesignC.COG_OUTLINE);

    final String key;
    final Ikon icon;

    Page(String key, Ikon icon) {
        this.key = key;
        this.icon = icon;
    }
}

package app.caravan.ui.main;

import app.caravan.ui.common.Shortcut;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The sidebar's destinations. */
enum Page {
    INTERVIEWS("interviews", MaterialDesignF.FORMAT_LIST_BULLETED, Shortcut.PAGE_INTERVIEWS),
    CODEBOOK("codebook", MaterialDesignF.FILE_TREE_OUTLINE, Shortcut.PAGE_CODEBOOK),
    INSIGHT("insight", MaterialDesignC.CHART_BAR, Shortcut.PAGE_INSIGHT),
    REVIEW("review", MaterialDesignC.CLIPBOARD_CHECK_OUTLINE, Shortcut.PAGE_REVIEW),
    SYNC("sync", MaterialDesignS.SYNC, Shortcut.PAGE_SYNC),
    EXPORT("export", MaterialDesignE.EXPORT_VARIANT, Shortcut.PAGE_EXPORT),
    SETTINGS("settings", MaterialDesignC.COG_OUTLINE, Shortcut.PAGE_SETTINGS);

    final String key;
    final Ikon icon;
    /** Reaches the page from anywhere in the window; shown in the sidebar's tooltip. */
    final Shortcut shortcut;

    Page(String key, Ikon icon, Shortcut shortcut) {
        this.key = key;
        this.icon = icon;
        this.shortcut = shortcut;
    }
}

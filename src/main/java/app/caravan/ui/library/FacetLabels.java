package app.caravan.ui.library;

import app.caravan.domain.City;
import app.caravan.domain.Facet;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import app.caravan.ui.common.I18n;

/** What a facet value reads as: vocabulary names for keys, translated labels for statuses, waves and consent. */
public final class FacetLabels {
    private final I18n i18n;
    private final Vocabulary vocabulary;

    public FacetLabels(I18n i18n, Vocabulary vocabulary) {
        this.i18n = i18n;
        this.vocabulary = vocabulary == null ? Vocabulary.EMPTY : vocabulary;
    }

    public String label(Facet facet, String value) {
        return switch (facet) {
            case CITY, ORIGIN_CITY -> vocabulary.city(value).map(City::name).orElse(value);
            case PROFESSION -> vocabulary.profession(value).map(Profession::name).orElse(value);
            case THEME -> vocabulary.theme(value).map(Theme::name).orElse(value);
            case STATUS -> i18n.label("status", value);
            case WAVE -> i18n.label("wave", value);
            case CONSENT -> i18n.label("consent", value);
            case COUNTRY, REGION, SECTOR, INTERVIEWER -> value;
        };
    }

    /** The facet's own name ("City", "Theme"). */
    public String title(Facet facet) {
        return i18n.get("filter.facet." + facet.key());
    }
}

package app.caravan.interchange;

import app.caravan.domain.City;
import app.caravan.domain.Profession;
import app.caravan.domain.Theme;
import app.caravan.domain.Vocabulary;
import java.util.List;

/** A small vault vocabulary: cities with aliases in several scripts, and a child theme listed before its parent. */
final class TestVocabulary {
    static final City TASHKENT = new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia",
            List.of("Ташкент", "Toshkent"));
    static final City SAMARKAND = new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia",
            List.of("Самарканд", "Samarqand"));
    static final City YEKATERINBURG = new City("yekaterinburg", "Yekaterinburg", "Russia", "Russia",
            List.of("Екатеринбург", "Ekaterinburg"));
    static final City MOSCOW = new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва"));

    static final Profession DEVELOPER = new Profession("software-developer", "software developer", "IT");
    static final Profession TAXI_DRIVER = new Profession("taxi-driver", "taxi driver", "transport");

    static final Theme HELPING_REFUGEES = new Theme("helping-refugees", "Helping Ukrainian refugees",
            "civic-activism", "#98df8a", "Volunteering for refugees from Ukraine");
    static final Theme REMOTE_WORK = new Theme("remote-work", "Remote work", null, "#1f77b4",
            "Internet jobs kept from abroad");
    static final Theme FAMILY = new Theme("family-left-behind", "Family left behind", null, "#ff7f0e", "");
    static final Theme CIVIC = new Theme("civic-activism", "Civic activism", null, "#2ca02c", "");

    static final Vocabulary VAULT = new Vocabulary(
            List.of(TASHKENT, SAMARKAND, YEKATERINBURG, MOSCOW),
            List.of(DEVELOPER, TAXI_DRIVER),
            List.of(HELPING_REFUGEES, REMOTE_WORK, FAMILY, CIVIC));

    private TestVocabulary() {
    }
}

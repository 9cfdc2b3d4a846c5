package app.caravan.anonymize;

import app.caravan.domain.City;
import app.caravan.domain.Vocabulary;
import java.util.List;

/** A few of the seed cities (V2 migration), enough for de-identification tests. */
final class Gazetteer {
    static final Vocabulary SEED = new Vocabulary(List.of(
            new City("tashkent", "Tashkent", "Uzbekistan", "Central Asia", List.of("Ташкент", "Toshkent")),
            new City("bukhara", "Bukhara", "Uzbekistan", "Central Asia", List.of("Бухара", "Buxoro", "Bukhoro")),
            new City("samarkand", "Samarkand", "Uzbekistan", "Central Asia", List.of("Самарканд", "Samarqand")),
            new City("fergana", "Fergana", "Uzbekistan", "Central Asia", List.of("Фергана", "Farg'ona", "Ferghana")),
            new City("bishkek", "Bishkek", "Kyrgyzstan", "Central Asia", List.of("Бишкек")),
            new City("osh", "Osh", "Kyrgyzstan", "Central Asia", List.of("Ош")),
            new City("almaty", "Almaty", "Kazakhstan", "Central Asia", List.of("Алматы", "Алма-Ата", "Alma-Ata")),
            new City("tbilisi", "Tbilisi", "Georgia", "South Caucasus", List.of("Тбилиси", "თბილისი", "Tiflis")),
            new City("yerevan", "Yerevan", "Armenia", "South Caucasus", List.of("Ереван", "Երևան", "Erevan")),
            new City("istanbul", "Istanbul", "Turkey", "Middle East", List.of("Стамбул", "İstanbul")),
            new City("riga", "Riga", "Latvia", "Europe", List.of("Рига", "Rīga")),
            new City("moscow", "Moscow", "Russia", "Russia", List.of("Москва", "Moskva")),
            new City("st-petersburg", "St. Petersburg", "Russia", "Russia",
                    List.of("Санкт-Петербург", "Петербург", "Saint Petersburg", "Sankt-Peterburg", "Питер")),
            new City("rostov-on-don", "Rostov-on-Don", "Russia", "Russia", List.of("Ростов-на-Дону", "Ростов", "Rostov")),
            new City("yekaterinburg", "Yekaterinburg", "Russia", "Russia", List.of("Екатеринбург", "Ekaterinburg"))),
            List.of(), List.of());

    private Gazetteer() {
    }
}

package app.caravan.app.bench;

import app.caravan.domain.AgeBand;
import app.caravan.domain.Consent;
import app.caravan.domain.ConsentMethod;
import app.caravan.domain.Departure;
import app.caravan.domain.Gender;
import app.caravan.domain.Interview;
import app.caravan.domain.Note;
import app.caravan.domain.Status;
import app.caravan.domain.Wave;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Deterministic synthetic interviews for benchmarks: Russian and English sentences with
 * inflected city names in both scripts, a long tail of rare words, transcripts of 2–30 KB,
 * and realistic metadata. The same seed gives the same corpus, byte for byte. Never real data.
 */
final class SyntheticCorpus {
    /** A word only about one interview in 500 contains: the "rare word" of the query mix. */
    static final String RARE_WORD = "контрабас";
    private static final String[] RU = ("работа работы работу работе работаю работал удалённо компания компании "
            + "деньги денег карта карты банк банке квартира квартиру аренда цены дорого семья семью родители "
            + "родителей мама отец брат сестра друзья друзей чат чате границу граница границе паспорт визу "
            + "мобилизация мобилизации повестка повестку уехал уехали уехать вернуться вернусь остались "
            + "остался живу жили город города городе язык языка местные местными помогаем помогали волонтёры "
            + "донаты протест митинг новости страшно спокойно сложно легко думаю кажется потом сначала "
            + "когда где почему потому что это было будет очень много мало сейчас тогда здесь там и в на с "
            + "по из за у о от до для не но да нет мы я они он она вы ты хостел хостеле такси программист "
            + "дизайнер актёр музыкант учитель журналист сентябре феврале марте октябре дети ребёнок школа "
            + "работодатель зарплата налоги счёт перевод криптовалюта автобус самолёт поезд очередь").split(" ");
    private static final String[] EN = ("work remote company job money card bank apartment rent prices family "
            + "parents friends chat border passport visa mobilization draft left stay return city language "
            + "locals help volunteers donations protest news scared calm hard easy think then first when "
            + "where why because it was will be very much little now here there and in on with from for not "
            + "but yes no we i they he she you hostel taxi developer designer actor musician teacher "
            + "journalist september february march october children school salary taxes transfer bus plane "
            + "train queue").split(" ");
    /** City spellings: Russian inflections and Latin names, so scripts and prefixes are exercised. */
    private static final String[][] CITIES = {
        {"Ташкент", "Ташкенте", "Ташкента", "Tashkent", "Toshkent"},
        {"Самарканд", "Самарканде", "Самарканда", "Samarkand"},
        {"Бухара", "Бухаре", "Бухару", "Bukhara"},
        {"Тбилиси", "Tbilisi"},
        {"Ереван", "Ереване", "Еревана", "Yerevan"},
        {"Бишкек", "Бишкеке", "Бишкека", "Bishkek"},
        {"Алматы", "Almaty"},
        {"Стамбул", "Стамбуле", "Стамбула", "Istanbul"},
        {"Москва", "Москве", "Москвы", "Москву", "Москвой", "Moscow"},
        {"Петербург", "Петербурге", "Петербурга", "Petersburg"},
        {"Екатеринбург", "Екатеринбурге", "Екатеринбурга", "Yekaterinburg"},
    };
    private static final String[] CURRENT = {"tashkent", "samarkand", "bukhara", "tbilisi", "yerevan", "bishkek",
        "almaty", "istanbul"};
    private static final String[] ORIGIN = {"moscow", "st-petersburg", "yekaterinburg", "rostov-on-don",
        "vladivostok", "irkutsk"};
    private static final String[] PROFESSIONS = {"software-developer", "product-manager", "designer", "actor",
        "musician", "journalist", "furniture-maker", "taxi-driver", "teacher", "researcher"};
    private static final String[] THEMES = {"remote-work", "family-left-behind", "mobilization", "border-crossing",
        "housing-prices", "money-banks-sanctions", "language-belonging", "host-society", "civic-activism",
        "trust-networks", "return-intentions"};
    private static final String[] PSEUDONYMS = {"Timur", "Anna", "Aigerim", "Nikolai", "Daria", "Ilya", "Olga",
        "Artem", "Madina", "Sergei", "Ksenia", "Rustam"};
    private static final String[] SYLLABLES = {"ба", "ви", "го", "да", "ке", "ли", "мо", "ну", "пра", "ро", "ст",
        "ту", "фе", "ха", "це", "ша", "ра", "ло", "ка", "ne", "tor", "vel", "mar", "sin", "qua"};
    /** Distinct rare words; each sentence may carry one, picked with a skewed (Zipf-like) distribution. */
    private static final int RARE_LEXICON = 50_000;

    private final long seed;

    SyntheticCorpus(long seed) {
        this.seed = seed;
    }

    /** Interview number {@code n} of the corpus; independent of the others, so batches can be made in any order. */
    Interview interview(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        boolean russian = random.nextInt(10) < 7;
        int length = 2_000 + random.nextInt(28_001);
        StringBuilder text = new StringBuilder(length + 200);
        boolean rare = random.nextInt(500) == 0;
        boolean interviewer = true;
        while (text.length() < length) {
            text.append(interviewer ? (russian ? "Интервьюер: " : "Interviewer: ") : (russian ? "Ответ: " : "Answer: "));
            int sentences = 1 + random.nextInt(interviewer ? 2 : 6);
            for (int s = 0; s < sentences; s++) {
                sentence(text, random, russian && random.nextInt(10) > 0);
            }
            text.append('\n');
            interviewer = !interviewer;
        }
        if (rare) {
            text.append("Ответ: у меня был ").append(RARE_WORD).append(", пришлось продать.\n");
        }
        OffsetDateTime at = OffsetDateTime.of(2022, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(5))
                .plusMinutes(random.nextInt(60 * 24 * 1000));
        List<String> themes = new ArrayList<>();
        for (int t = 0; t < 1 + random.nextInt(3); t++) {
            themes.add(THEMES[random.nextInt(THEMES.length)]);
        }
        boolean mobilization = random.nextBoolean();
        return Interview.builder(new UUID(seed, n), PSEUDONYMS[random.nextInt(PSEUDONYMS.length)], at)
                .interviewer("bench")
                .language(russian ? "ru" : "en")
                .place(CURRENT[random.nextInt(CURRENT.length)])
                .currentCity(CURRENT[random.nextInt(CURRENT.length)])
                .originCity(ORIGIN[random.nextInt(ORIGIN.length)])
                .profession(PROFESSIONS[random.nextInt(PROFESSIONS.length)])
                .ageBand(AgeBand.values()[random.nextInt(AgeBand.values().length)])
                .gender(Gender.values()[random.nextInt(Gender.values().length)])
                .departure(new Departure(LocalDate.of(2022, mobilization ? 9 : 3, 1 + random.nextInt(28)),
                        mobilization ? Wave.MOBILIZATION_2022 : Wave.SPRING_2022))
                .themes(themes)
                .consent(new Consent(true, false, true, true, true, false, ConsentMethod.VERBAL, at, null))
                .transcript(text.toString())
                .notes(List.of(new Note(Duration.ofSeconds(random.nextInt(3600)), noteText(random))))
                .status(Status.DRAFT)
                .createdAt(at.toInstant())
                .updatedAt(at.toInstant())
                .build();
    }

    private static String noteText(Random random) {
        StringBuilder note = new StringBuilder();
        sentence(note, random, random.nextBoolean());
        return note.toString().strip();
    }

    private static void sentence(StringBuilder out, Random random, boolean russian) {
        String[] words = russian ? RU : EN;
        int count = 6 + random.nextInt(10);
        for (int w = 0; w < count; w++) {
            String word;
            int kind = random.nextInt(100);
            if (kind < 4) {
                String[] city = CITIES[random.nextInt(CITIES.length)];
                word = city[random.nextInt(city.length)];
            } else if (kind < 7) {
                word = rareWord(random);
            } else {
                // Skewed towards the start of the list: a few very common words, many less common.
                int i = (int) (words.length * Math.pow(random.nextDouble(), 1.6));
                word = words[Math.min(i, words.length - 1)];
            }
            if (w == 0) {
                word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
            out.append(word).append(w == count - 1 ? ". " : random.nextInt(8) == 0 ? ", " : " ");
        }
    }

    private static String rareWord(Random random) {
        int index = (int) (RARE_LEXICON * Math.pow(random.nextDouble(), 3));
        StringBuilder word = new StringBuilder();
        int x = index + 7;
        do {
            word.append(SYLLABLES[x % SYLLABLES.length]);
            x /= SYLLABLES.length;
        } while (x > 0);
        return word.toString();
    }
}

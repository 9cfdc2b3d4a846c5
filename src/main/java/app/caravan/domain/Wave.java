package app.caravan.domain;

/** Departure waves of the 2022 emigration from Russia. */
public enum Wave {
    /** Left after 24 February 2022. */
    SPRING_2022("spring-2022"),
    /** Left after the "partial mobilization" of 21 September 2022. */
    MOBILIZATION_2022("mobilization-2022"),
    OTHER("other");

    private final String key;

    Wave(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Wave fromKey(String key) {
        return Keys.fromKey(Wave.class, values(), key, Wave::key);
    }
}

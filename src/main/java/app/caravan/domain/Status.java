package app.caravan.domain;

/** Where an interview stands in the review workflow. */
public enum Status {
    DRAFT("draft"),
    SUBMITTED("submitted"),
    IN_REVIEW("in-review"),
    CHANGES_REQUESTED("changes-requested"),
    APPROVED("approved"),
    ARCHIVED("archived");

    private final String key;

    Status(String key) {
        this.key = key;
    }

    /** The stable identifier used in JSON and in the database. */
    public String key() {
        return key;
    }

    public static Status fromKey(String key) {
        return Keys.fromKey(Status.class, values(), key, Status::key);
    }
}

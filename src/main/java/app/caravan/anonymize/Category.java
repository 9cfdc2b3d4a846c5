package app.caravan.anonymize;

/**
 * What kind of identifying text a {@link Replacement} hid. The order is the tie-break when two
 * candidate replacements cover exactly the same text: the earlier category wins.
 */
public enum Category {
    EMAIL,
    HANDLE,
    URL,
    PHONE,
    ADDRESS,
    DATE,
    PERSON,
    CITY;

    /** The placeholder for this category when there is nothing more to say: {@code [PHONE]}, {@code [CITY]}. */
    public String plainPlaceholder() {
        return "[" + name() + "]";
    }
}

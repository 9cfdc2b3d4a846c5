package app.caravan.anonymize;

/**
 * How fine a place may stay in exported text. At {@link #CITY} city names are kept; at
 * {@link #COUNTRY} a known city becomes {@code [CITY in Uzbekistan]}; at {@link #REGION} it
 * becomes {@code [CITY in Central Asia]}.
 */
public enum PlaceLevel {
    CITY,
    COUNTRY,
    REGION
}

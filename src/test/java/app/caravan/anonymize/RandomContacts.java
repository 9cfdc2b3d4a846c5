package app.caravan.anonymize;

import java.util.Random;

/** Random phone numbers (several countries and formats), e-mail addresses and handles, from one seeded Random. */
final class RandomContacts {
    private static final String[] DOMAINS = {"mail.ru", "gmail.com", "yandex.ru", "proton.me", "inbox.uz"};
    private final Random random;

    RandomContacts(Random random) {
        this.random = random;
    }

    private String digits(int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    String phone() {
        return switch (random.nextInt(7)) {
            case 0 -> "+7 9" + digits(2) + " " + digits(3) + "-" + digits(2) + "-" + digits(2);
            case 1 -> "+998(" + digits(2) + ")" + digits(7);
            case 2 -> "8 (9" + digits(2) + ") " + digits(3) + " " + digits(2) + " " + digits(2);
            case 3 -> (1 + random.nextInt(9)) + digits(1) + "-" + digits(2) + "-" + digits(2);
            case 4 -> "+995 5" + digits(2) + " " + digits(2) + " " + digits(2) + " " + digits(2);
            case 5 -> "89" + digits(9);
            default -> "+7-9" + digits(2) + "-" + digits(3) + "-" + digits(2) + "-" + digits(2);
        };
    }

    private String latinWord() {
        String letters = "abcdefghijklmnopqrstuvwxyz";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 4 + random.nextInt(6); i++) {
            out.append(letters.charAt(random.nextInt(letters.length())));
        }
        return out.toString();
    }

    String email() {
        String local = latinWord() + (random.nextBoolean() ? "." + latinWord() : "") + (random.nextBoolean() ? digits(2) : "");
        return local + "@" + DOMAINS[random.nextInt(DOMAINS.length)];
    }

    String handle() {
        String name = latinWord() + (random.nextBoolean() ? "_" + latinWord() : digits(random.nextInt(3)));
        return switch (random.nextInt(4)) {
            case 0 -> "t.me/" + name;
            case 1 -> "https://instagram.com/" + name;
            default -> "@" + name;
        };
    }
}

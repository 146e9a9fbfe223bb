package org.opentreatment.directory.shared;

import java.util.regex.Pattern;

/**
 * Phone numbers as links: the one place that turns a listed number into something a phone dials.
 */
public final class PhoneNumbers {

    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*(x|ext\\.?)\\s*");

    private PhoneNumbers() {}

    /**
     * A {@code tel:} URI for a North American number as listed: "(614) 555-0123 x12" becomes {@code
     * tel:+16145550123;ext=12}, "988" stays {@code tel:988}; null for no number.
     */
    public static String telUri(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String[] parts = EXTENSION.split(phone, 2);
        String digits = parts[0].replaceAll("[^0-9]", "");
        String number =
                digits.length() == 10
                        ? "+1" + digits
                        : digits.length() == 11 ? "+" + digits : digits;
        String extension = parts.length == 2 ? parts[1].replaceAll("[^0-9]", "") : "";
        return "tel:" + number + (extension.isEmpty() ? "" : ";ext=" + extension);
    }
}

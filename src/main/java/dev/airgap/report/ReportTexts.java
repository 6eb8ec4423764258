package dev.airgap.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The report's words in one language, from the {@code airgap-report} resource bundle. The bundle has an empty
 * {@code _en} variant, so a JVM whose default locale is, say, German still gets English rather than falling back to
 * the default locale's bundle.
 */
public final class ReportTexts {

    static final String BUNDLE = "dev.airgap.report.airgap-report";

    private final ResourceBundle bundle;
    private final Locale locale;

    private ReportTexts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static ReportTexts of(Locale locale) {
        Locale l = locale == null ? Locale.ENGLISH : locale;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l, ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new ReportTexts(b, l);
    }

    public Locale locale() {
        return locale;
    }

    /** The text for {@code key}, with {@code {0}}… filled in (MessageFormat rules: {@code ''} is a quote). */
    public String get(String key, Object... args) {
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        MessageFormat f = new MessageFormat(pattern, locale);
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            // numbers as given: no locale grouping that would differ between runs on different machines
            plain[i] = args[i] instanceof Number ? String.valueOf(args[i]) : args[i];
        }
        return f.format(plain);
    }
}

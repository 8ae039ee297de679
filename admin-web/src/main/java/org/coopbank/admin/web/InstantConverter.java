package org.coopbank.admin.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coopbank.shared.BusinessClock;

/** Every {@link Instant} on a page reads as the bank's local time: {@code 25 Nov 2026, 17:32:20}. Output only. */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm:ss", Locale.ENGLISH)
            .withZone(BusinessClock.ZONE);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new jakarta.faces.convert.ConverterException("output only");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}

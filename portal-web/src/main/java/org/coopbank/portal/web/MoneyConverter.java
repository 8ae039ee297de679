package org.coopbank.portal.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import org.coopbank.shared.IndianFormat;
import org.coopbank.shared.Money;

/** Every {@link Money} on a page reads the Indian way: ₹2,77,895.80. Output only. */
@FacesConverter(forClass = Money.class)
public class MoneyConverter implements Converter<Money> {

    @Override
    public Money getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Money.of(value.replace("₹", "").replace(",", "").trim());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Money value) {
        return value == null ? "" : IndianFormat.rupees(value);
    }
}

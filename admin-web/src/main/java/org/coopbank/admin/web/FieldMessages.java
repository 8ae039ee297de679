package org.coopbank.admin.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.util.EnumSet;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coopbank.shared.ValidationFailedException;

/**
 * Puts each violation of a {@link ValidationFailedException} beside its input: a service names the field
 * ({@code "mobile"}, {@code "principal"}) and a page gives the matching input that id (client id
 * {@code "form:mobile"}), so the message lands in that input's {@code p:message} and the input is marked invalid.
 * A violation with no such input on the page becomes a global message; when any went beside a field, one global line
 * says so, for screen readers that hear the live region only.
 */
public final class FieldMessages {

    /** A field of one row of a table, as services name it: {@code bands[2].maxDays} (row index from 0). */
    private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)\\]\\.(\\w+)");

    private FieldMessages() {
    }

    public static void show(FacesContext faces, ValidationFailedException v) {
        boolean besideAField = false;
        for (Map.Entry<String, String> e : v.violations()) {
            UIInput input = faces == null || faces.getViewRoot() == null ? null : find(faces, e.getKey());
            if (input != null) {
                keepShown(faces, input);
                input.setValid(false);
                faces.addMessage(input.getClientId(faces),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, label(input, e.getKey()) + " " + e.getValue(), null));
                besideAField = true;
            } else if (faces != null && faces.getViewRoot() != null && besideRow(faces, e.getKey(), e.getValue())) {
                besideAField = true;
            } else if (faces != null) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getKey() + " " + e.getValue(), null));
            }
        }
        if (besideAField) {
            String text = ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", faces.getViewRoot().getLocale())
                    .getString("form.checkFields");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
    }

    /**
     * {@code table[i].field}: the message goes beside the input {@code field} in row {@code i} of the table (a
     * {@link UIData}) whose id is {@code table}, e.g. client id {@code card:bands:2:maxDays}, with the row number in its text.
     */
    private static boolean besideRow(FacesContext faces, String key, String message) {
        Matcher m = ROW_FIELD.matcher(key);
        if (!m.matches()) {
            return false;
        }
        UIComponent[] found = new UIComponent[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED,
                VisitHint.SKIP_ITERATION)), (ctx, c) -> {
                    if (c instanceof UIData && m.group(1).equals(c.getId())) {
                        found[0] = c;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        UIData table = (UIData) found[0];
        if (table == null) {
            return false;
        }
        UIComponent input = table.findComponent(m.group(3));
        if (input == null) {
            return false;
        }
        char sep = faces.getNamingContainerSeparatorChar();
        int row = Integer.parseInt(m.group(2));
        String text = ResourceBundle.getBundle("org.coopbank.admin.i18n.Messages", faces.getViewRoot().getLocale())
                .getString("form.row");
        faces.addMessage(table.getClientId(faces) + sep + row + sep + m.group(3), new FacesMessage(FacesMessage.SEVERITY_ERROR,
                java.text.MessageFormat.format(text, row + 1) + " " + label(input, m.group(3)) + " " + message, null));
        return true;
    }

    /** The rendered input whose own id is {@code field}, in any form of the view, or null. */
    static UIInput find(FacesContext faces, String field) {
        UIInput[] found = new UIInput[1];
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_UNRENDERED)),
                (ctx, c) -> {
                    if (c instanceof UIInput in && field.equals(c.getId())) {
                        found[0] = in;
                        return VisitResult.COMPLETE;
                    }
                    return VisitResult.ACCEPT;
                });
        return found[0];
    }

    /**
     * The model already holds what was typed (the refusal came after the update); an invalid input would render empty,
     * so it gets its value back as the submitted value and shows what the user typed.
     */
    private static void keepShown(FacesContext faces, UIInput input) {
        if (input.getSubmittedValue() == null) {
            Object value = input.getValue();
            Converter<Object> converter = input.getConverter();
            input.setSubmittedValue(value == null ? "" : converter == null ? value.toString()
                    : converter.getAsString(faces, input, value));
        }
    }

    private static String label(UIComponent input, String field) {
        Object label = input.getAttributes().get("label");
        return label == null ? field : label.toString();
    }
}

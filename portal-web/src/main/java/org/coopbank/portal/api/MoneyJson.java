package org.coopbank.portal.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.adapter.JsonbAdapter;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.coopbank.shared.Money;

/**
 * The API's JSON-B: {@link Money} is a JSON string of rupees with exactly two decimals ({@code "2277895.80"}), the
 * currency INR implied (the bank is single-currency). A string, not a number, so no client parses an amount into a
 * binary floating point; the same form is accepted on input.
 */
@Provider
public class MoneyJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withAdapters(new Adapter()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** Money to and from its plain two-decimal string. */
    public static final class Adapter implements JsonbAdapter<Money, String> {

        @Override
        public String adaptToJson(Money money) {
            return money.amount().toPlainString();
        }

        @Override
        public Money adaptFromJson(String amount) {
            return Money.of(amount);
        }
    }
}

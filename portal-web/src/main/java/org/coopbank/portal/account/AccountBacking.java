package org.coopbank.portal.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.coopbank.portal.security.CurrentCustomer;
import org.coopbank.portal.web.Paging;
import org.coopbank.portal.web.RouteId;
import org.coopbank.selfservice.MyAccount;
import org.coopbank.selfservice.MyPage;
import org.coopbank.selfservice.MyTransaction;
import org.coopbank.selfservice.SelfService;
import org.coopbank.shared.ValidationFailedException;

/**
 * {@code /portal/accounts/{id}?from=&to=&first=}: the account and its history, 25 rows a page, newest first. A bad
 * date filter shows a message and no rows; someone else's account is a 404 (the façade says "not found").
 */
@Named
@RequestScoped
public class AccountBacking {

    static final int PAGE = 25;

    @Inject
    SelfService self;

    @Inject
    CurrentCustomer me;

    private MyAccount account;
    private MyPage<MyTransaction> page;
    private String fromText;
    private String toText;
    private boolean badFilter;

    @PostConstruct
    void load() {
        long id = RouteId.get();
        account = self.account(me.actor(), id);
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        fromText = clean(params.get("from"));
        toText = clean(params.get("to"));
        try {
            LocalDate from = fromText == null ? null : LocalDate.parse(fromText);
            LocalDate to = toText == null ? null : LocalDate.parse(toText);
            page = self.history(me.actor(), id, from, to, Paging.first(), PAGE);
        } catch (DateTimeParseException | ValidationFailedException e) {
            badFilter = true;
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() || s.length() > 10 ? null : s.trim();
    }

    public String link(int first) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("from", fromText);
        p.put("to", toText);
        return Paging.link("/portal/accounts/" + account.id(), first, p);
    }

    public MyAccount getAccount() {
        return account;
    }

    public MyPage<MyTransaction> getPage() {
        return page;
    }

    public String getFromText() {
        return fromText;
    }

    public String getToText() {
        return toText;
    }

    public boolean isBadFilter() {
        return badFilter;
    }
}

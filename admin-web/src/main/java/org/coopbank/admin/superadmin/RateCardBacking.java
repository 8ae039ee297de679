package org.coopbank.admin.superadmin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.coopbank.admin.security.CurrentStaff;
import org.coopbank.deposit.DepositQueries;
import org.coopbank.deposit.DepositService;
import org.coopbank.deposit.FdRateRow;
import org.coopbank.deposit.RateCard;
import org.coopbank.shared.BusinessClock;

/**
 * The FD rate card: the card in force and the past ones; replacing it means editing its bands in a table (add,
 * remove), a review of the new card beside the old one ({@link DepositService#checkRateCard}), then
 * {@link DepositService#replaceRateCard}, which starts the new card today and ends the old one.
 */
@Named
@ViewScoped
public class RateCardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DepositQueries queries;

    @Inject
    DepositService deposits;

    @Inject
    BusinessClock clock;

    @Inject
    CurrentStaff current;

    private List<RateCard> cards;
    /** The bands being edited, or null when not replacing the card. */
    private List<Band> bands;
    /** The checked new card, sorted, while it is being reviewed. */
    private List<DepositService.RateBand> review;

    public List<RateCard> getCards() {
        if (cards == null) {
            cards = queries.rateCards(current.actor());
        }
        return cards;
    }

    /** The card in force today (the newest one that has not ended), or null. */
    public RateCard getCurrentCard() {
        return getCards().stream().filter(c -> c.effectiveTo() == null).findFirst().orElse(null);
    }

    public List<RateCard> getPastCards() {
        RateCard now = getCurrentCard();
        return getCards().stream().filter(c -> c != now).toList();
    }

    /** Starts from a copy of the card in force. */
    public void startEditing() {
        bands = new ArrayList<>();
        RateCard now = getCurrentCard();
        if (now != null) {
            now.bands().forEach(r -> bands.add(new Band(r.minDays(), r.maxDays(), r.annualRate())));
        }
        if (bands.isEmpty()) {
            bands.add(new Band(null, null, null));
        }
        review = null;
    }

    public void addBand() {
        bands.add(new Band(null, null, null));
    }

    public void removeBand(Band band) {
        bands.remove(band);
    }

    public void review() {
        review = deposits.checkRateCard(input());
    }

    public void change() {
        review = null;
    }

    public void confirm() {
        deposits.replaceRateCard(input(), current.actor());
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Texts.format("rates.replaced", review.size(), clock.today()), null));
        cancel();
        cards = null;
    }

    public void cancel() {
        bands = null;
        review = null;
    }

    /** The rate the card in force gives for the same band, for the review (null: no such band today). */
    public BigDecimal currentRate(DepositService.RateBand band) {
        RateCard now = getCurrentCard();
        return now == null ? null : now.bands().stream()
                .filter(r -> r.minDays() == band.minDays() && r.maxDays() == band.maxDays())
                .map(FdRateRow::annualRate).findFirst().orElse(null);
    }

    public boolean isChanged(DepositService.RateBand band) {
        BigDecimal was = currentRate(band);
        return was == null || was.compareTo(band.annualRate()) != 0;
    }

    private List<DepositService.RateBand> input() {
        return bands.stream().map(b -> new DepositService.RateBand(b.minDays == null ? 0 : b.minDays,
                b.maxDays == null ? 0 : b.maxDays, b.annualRate)).toList();
    }

    public boolean isEditing() {
        return bands != null;
    }

    public List<Band> getBands() {
        return bands;
    }

    public List<DepositService.RateBand> getReview() {
        return review;
    }

    /** "In force from … to …" of a past card ("replaced the day it was made" when it never applied). */
    public String title(RateCard c) {
        if (c.effectiveTo() == null) {
            return Texts.format("rates.since", c.effectiveFrom());
        }
        return c.effectiveFrom().equals(c.effectiveTo()) ? Texts.format("rates.neverApplied", c.effectiveFrom())
                : Texts.format("rates.pastCard", c.effectiveFrom(), c.effectiveTo().minusDays(1));
    }

    public String getConfirmText() {
        return Texts.format("rates.confirmText", clock.today());
    }

    /** One editable row of the new card. */
    public static class Band implements Serializable {

        private static final long serialVersionUID = 1L;

        private Integer minDays;
        private Integer maxDays;
        private BigDecimal annualRate;

        Band(Integer minDays, Integer maxDays, BigDecimal annualRate) {
            this.minDays = minDays;
            this.maxDays = maxDays;
            this.annualRate = annualRate;
        }

        public Integer getMinDays() {
            return minDays;
        }

        public void setMinDays(Integer minDays) {
            this.minDays = minDays;
        }

        public Integer getMaxDays() {
            return maxDays;
        }

        public void setMaxDays(Integer maxDays) {
            this.maxDays = maxDays;
        }

        public BigDecimal getAnnualRate() {
            return annualRate;
        }

        public void setAnnualRate(BigDecimal annualRate) {
            this.annualRate = annualRate;
        }
    }
}

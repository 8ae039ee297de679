/**
 * The {@code interest-posting} job (quarter end, job parameter {@code businessDate} = 31 Mar, 30 Jun, 30 Sep or
 * 31 Dec; any other date is refused at start): for each active savings account opened by that date, the quarter's
 * interest on the daily closing balance at {@code savings.interest-rate} % p.a., actual days / 365, summed exactly
 * and rounded HALF_UP to paise once ({@code DailyBalanceInterest}), posted debit 5000 savings interest, credit 2000
 * savings deposits ({@code SavingsInterest.post}). One transaction per account with the key
 * {@code (interest-posting, acct:<id>:<yyyy>Q<n>, quarter end)}: once per account per quarter.
 */
package org.coopbank.batch.interest;

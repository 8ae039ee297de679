package org.coopbank.account;

public enum AccountStatus { ACTIVE, FROZEN, CLOSED }

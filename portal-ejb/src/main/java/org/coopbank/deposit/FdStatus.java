package org.coopbank.deposit;

public enum FdStatus { ACTIVE, MATURED, CLOSED_PREMATURE }

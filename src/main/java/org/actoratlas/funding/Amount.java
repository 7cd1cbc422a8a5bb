package org.actoratlas.funding;

/**
 * A sum of money of one kind in one currency. Amounts in different currencies are never added
 * unless a request asks for conversion.
 *
 * @param measure {@code committed}, {@code disbursed} or {@code pledged}
 * @param currency ISO 4217 code, or null when the source states none
 */
public record Amount(String measure, String currency, double amount) {

}

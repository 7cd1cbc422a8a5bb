package org.actoratlas.benchmark;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a deterministic, IATI 2.03 activity file shaped like a regional slice of the registry:
 * a few hundred donors and multilaterals, thousands of international and local organisations
 * (some published with a ref, some named only), activities with participating organisations,
 * recipient countries with percentages, DAC sectors, and transactions whose provider- and
 * receiver-activity-ids form funding chains of one to five hops, with some cycles and some
 * references to activities that are never published. The same seed and size give the same bytes.
 */
public final class IatiWorldGenerator {

	/** Roughly 11 relationships per activity once imported. */
	public enum Size {

		S(900), M(9_000), L(90_000);

		final int activities;

		Size(int activities) {
			this.activities = activities;
		}

	}

	private static final String[] COUNTRIES = { "ML", "BF", "NE", "MR", "TD", "SN", "NG", "CM", "GN", "CI", "GH", "BJ",
			"TG", "DZ", "LY", "SD", "CF", "GM", "GW", "SL", "LR", "CD", "ET", "SO", "KE" };

	private static final String[] SECTORS = { "15110", "15113", "15130", "15150", "15151", "15152", "15153", "15160", "15170",
			"15180", "15190", "15210", "15220", "15230", "15240", "15250", "15261", "12220", "11220", "13020", "14030", "31120",
			"43010", "52010", "72010", "72040", "72050", "73010", "74020", "16020" };

	private static final String[] WORDS = { "Justice", "Resilience", "Peace", "Governance", "Security", "Dialogue", "Access",
			"Community", "Women", "Youth", "Reform", "Rights", "Recovery", "Water", "Health", "Education", "Food", "Protection",
			"Reconciliation", "Livelihoods", "Sahel", "Border", "Police", "Courts", "Mediation" };

	private final Random random;

	private final Size size;

	private final List<String> donorRefs = new ArrayList<>();

	private final List<String> internationalRefs = new ArrayList<>();

	private final List<String> localNames = new ArrayList<>();

	private IatiWorldGenerator(Size size, long seed) {
		this.size = size;
		this.random = new Random(seed);
		int donors = Math.max(50, size.activities / 300);
		for (int i = 0; i < donors; i++) {
			this.donorRefs.add((i % 3 == 0 ? "XM-DAC-4" : "GB-GOV-") + (1000 + i));
		}
		for (int i = 0; i < Math.max(200, size.activities / 20); i++) {
			this.internationalRefs.add("XI-IATI-INGO" + (10_000 + i));
		}
		for (int i = 0; i < Math.max(500, size.activities / 8); i++) {
			this.localNames.add("Association " + word() + " " + word() + " " + (i + 1));
		}
	}

	public static void main(String[] args) throws Exception {
		Size size = Size.valueOf(args[0].toUpperCase(Locale.ROOT));
		Path output = Path.of(args[1]);
		long seed = args.length > 2 ? Long.parseLong(args[2]) : 2026L;
		write(size, seed, output);
		System.out.printf("Wrote %s (%d activities, %d MiB)%n", output, size.activities, Files.size(output) >> 20);
	}

	public static void write(Size size, long seed, Path output) throws IOException, XMLStreamException {
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output), 1 << 16)) {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
			new IatiWorldGenerator(size, seed).writeTo(xml);
			xml.close();
		}
	}

	private void writeTo(XMLStreamWriter xml) throws XMLStreamException {
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeCharacters("\n");
		xml.writeStartElement("iati-activities");
		xml.writeAttribute("version", "2.03");
		xml.writeAttribute("generated-datetime", "2026-01-01T00:00:00Z");
		for (int i = 0; i < this.size.activities; i++) {
			writeActivity(xml, i);
		}
		xml.writeEndElement();
		xml.writeEndDocument();
	}

	/**
	 * Activities come in chains: activity i sits at hop (i mod 5) below the donor-level activity that
	 * starts its chain, receives its funds from the activity one hop up, and disburses to the next.
	 */
	private void writeActivity(XMLStreamWriter xml, int index) throws XMLStreamException {
		int chainLength = 1 + (index / 5) % 5;
		int hop = index % 5;
		boolean inChain = hop < chainLength;
		String id = activityId(index);
		String reporting = hop == 0 || !inChain ? pick(this.donorRefs) : pick(this.internationalRefs);
		xml.writeStartElement("iati-activity");
		xml.writeAttribute("default-currency", this.random.nextInt(10) < 7 ? "USD" : "EUR");
		xml.writeAttribute("last-updated-datetime", "2025-06-30T00:00:00Z");
		element(xml, "iati-identifier", id);
		xml.writeStartElement("reporting-org");
		xml.writeAttribute("ref", reporting);
		xml.writeAttribute("type", hop == 0 ? "10" : "21");
		narrative(xml, "Organisation " + reporting);
		xml.writeEndElement();
		xml.writeStartElement("title");
		narrative(xml, word() + " and " + word() + " programme " + index);
		xml.writeEndElement();
		xml.writeStartElement("description");
		narrative(xml, "Generated activity " + index + " for benchmarks.");
		xml.writeEndElement();
		participatingOrg(xml, "1", hop == 0 || !inChain ? reporting : pick(this.donorRefs), null);
		participatingOrg(xml, "2", reporting, null);
		String implementer = this.random.nextInt(3) == 0 ? null : pick(this.internationalRefs);
		participatingOrg(xml, "4", implementer, implementer == null ? pick(this.localNames) : null);
		emptyWithAttributes(xml, "activity-status", "code", String.valueOf(2 + this.random.nextInt(3)));
		LocalDate start = LocalDate.of(2015 + this.random.nextInt(10), 1 + this.random.nextInt(12), 1);
		activityDate(xml, "2", start);
		activityDate(xml, "3", start.plusMonths(12 + this.random.nextInt(48)));
		countries(xml);
		sectors(xml);
		transactions(xml, index, hop, inChain, chainLength, start);
		if (hop > 0 && inChain && this.random.nextInt(4) == 0) {
			xml.writeStartElement("related-activity");
			xml.writeAttribute("ref", activityId(index - hop));
			xml.writeAttribute("type", "1");
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void transactions(XMLStreamWriter xml, int index, int hop, boolean inChain, int chainLength, LocalDate start)
			throws XMLStreamException {
		long amount = 10_000L * (1 + this.random.nextInt(500)) * (6 - hop);
		if (hop == 0 || !inChain) {
			transaction(xml, "1", amount, start, pick(this.donorRefs), null, null, null);
		}
		else {
			// Incoming funds cite the funder's activity; one in six cites one that is never published.
			String provider = this.random.nextInt(6) == 0 ? "XX-MISSING-" + index : activityId(index - 1);
			transaction(xml, "1", amount, start, pick(this.internationalRefs), provider, null, null);
		}
		if (inChain && hop + 1 < chainLength) {
			transaction(xml, "3", amount * 8 / 10, start.plusMonths(3), null, null, pick(this.internationalRefs),
					activityId(index + 1));
		}
		else if (inChain && hop > 0 && index % 97 == 0) {
			// A cycle: the last hop sends money back to the head of its chain.
			transaction(xml, "3", amount / 10, start.plusMonths(6), null, null, pick(this.donorRefs), activityId(index - hop));
		}
		int local = this.random.nextInt(3);
		for (int i = 0; i < local; i++) {
			transaction(xml, i == 0 ? "2" : "3", amount / 5, start.plusMonths(4 + i), null, null, null, null, pick(this.localNames));
		}
		transaction(xml, "4", amount / 10, start.plusMonths(9), null, null, null, null);
	}

	private void transaction(XMLStreamWriter xml, String type, long amount, LocalDate date, String providerRef,
			String providerActivity, String receiverRef, String receiverActivity) throws XMLStreamException {
		transaction(xml, type, amount, date, providerRef, providerActivity, receiverRef, receiverActivity, null);
	}

	private void transaction(XMLStreamWriter xml, String type, long amount, LocalDate date, String providerRef,
			String providerActivity, String receiverRef, String receiverActivity, String receiverName) throws XMLStreamException {
		xml.writeStartElement("transaction");
		emptyWithAttributes(xml, "transaction-type", "code", type);
		emptyWithAttributes(xml, "transaction-date", "iso-date", date.toString());
		xml.writeStartElement("value");
		xml.writeAttribute("value-date", date.toString());
		if (this.random.nextInt(8) == 0) {
			xml.writeAttribute("currency", "GBP");
		}
		xml.writeCharacters(Long.toString(amount));
		xml.writeEndElement();
		if (providerRef != null) {
			xml.writeStartElement("provider-org");
			xml.writeAttribute("ref", providerRef);
			if (providerActivity != null) {
				xml.writeAttribute("provider-activity-id", providerActivity);
			}
			narrative(xml, "Organisation " + providerRef);
			xml.writeEndElement();
		}
		if (receiverRef != null || receiverName != null) {
			xml.writeStartElement("receiver-org");
			if (receiverRef != null) {
				xml.writeAttribute("ref", receiverRef);
			}
			if (receiverActivity != null) {
				xml.writeAttribute("receiver-activity-id", receiverActivity);
			}
			narrative(xml, receiverName != null ? receiverName : "Organisation " + receiverRef);
			xml.writeEndElement();
		}
		xml.writeEndElement();
	}

	private void countries(XMLStreamWriter xml) throws XMLStreamException {
		int count = 1 + (this.random.nextInt(3) == 0 ? 1 + this.random.nextInt(2) : 0);
		int remaining = 100;
		for (int i = 0; i < count; i++) {
			int share = i == count - 1 ? remaining : remaining / 2;
			remaining -= share;
			xml.writeStartElement("recipient-country");
			xml.writeAttribute("code", COUNTRIES[skewed(COUNTRIES.length)]);
			xml.writeAttribute("percentage", Integer.toString(share));
			xml.writeEndElement();
		}
	}

	private void sectors(XMLStreamWriter xml) throws XMLStreamException {
		int count = 1 + this.random.nextInt(3);
		int remaining = 100;
		for (int i = 0; i < count; i++) {
			int share = i == count - 1 ? remaining : remaining / 2;
			remaining -= share;
			xml.writeStartElement("sector");
			xml.writeAttribute("vocabulary", "1");
			xml.writeAttribute("code", SECTORS[skewed(SECTORS.length)]);
			xml.writeAttribute("percentage", Integer.toString(share));
			xml.writeEndElement();
		}
	}

	private void participatingOrg(XMLStreamWriter xml, String role, String ref, String name) throws XMLStreamException {
		xml.writeStartElement("participating-org");
		xml.writeAttribute("role", role);
		if (ref != null) {
			xml.writeAttribute("ref", ref);
			xml.writeAttribute("type", ref.startsWith("XI-IATI-INGO") ? "21" : "10");
		}
		else {
			xml.writeAttribute("type", "22");
		}
		narrative(xml, name != null ? name : "Organisation " + ref);
		xml.writeEndElement();
	}

	private void activityDate(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
		xml.writeStartElement("activity-date");
		xml.writeAttribute("type", type);
		xml.writeAttribute("iso-date", date.toString());
		xml.writeEndElement();
	}

	private static void narrative(XMLStreamWriter xml, String text) throws XMLStreamException {
		xml.writeStartElement("narrative");
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void emptyWithAttributes(XMLStreamWriter xml, String name, String attribute, String value)
			throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeAttribute(attribute, value);
		xml.writeEndElement();
	}

	private static String activityId(int index) {
		return "XM-BENCH-" + index;
	}

	/** Real portfolios are skewed: a few countries and sectors get most activities. */
	private int skewed(int bound) {
		double u = this.random.nextDouble();
		return Math.min(bound - 1, (int) (bound * u * u));
	}

	private String pick(List<String> values) {
		return values.get(skewed(values.size()));
	}

	private String word() {
		return WORDS[this.random.nextInt(WORDS.length)];
	}

}

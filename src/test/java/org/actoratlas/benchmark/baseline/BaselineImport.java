package org.actoratlas.benchmark.baseline;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The naive import the benchmark compares against: read each activity of an IATI file and save it
 * with {@code repository.save}, one activity at a time, as the records the real importer writes
 * (participating organisations, countries, sectors, transactions with their counterparts).
 */
public final class BaselineImport {

	public record Result(int activities, long relationships, double seconds) {

		public double relationshipsPerSecond() {
			return this.relationships / this.seconds;
		}

	}

	private BaselineImport() {
	}

	public static Result run(Path file, int maxActivities, BaselineActivityRepository repository) throws Exception {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		long start = System.nanoTime();
		int activities = 0;
		long relationships = 0;
		try (InputStream in = Files.newInputStream(file)) {
			XMLStreamReader xml = factory.createXMLStreamReader(in);
			BaselineActivity activity = null;
			String transactionType = null;
			Double amount = null;
			String currency = null;
			while (xml.hasNext() && activities < maxActivities) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					switch (xml.getLocalName()) {
						case "iati-activity" -> {
							activity = new BaselineActivity();
							activity.currency = xml.getAttributeValue(null, "default-currency");
						}
						case "iati-identifier" -> activity.id = xml.getElementText().strip();
						case "participating-org" -> activity.participants.add(new BaselineLink(xml.getAttributeValue(null, "role"), null,
								null, null, organisation(xml)));
						case "recipient-country" -> activity.countries.add(new BaselineLink(null,
								number(xml.getAttributeValue(null, "percentage")), null, null,
								new BaselineThing("country:" + xml.getAttributeValue(null, "code"), null)));
						case "sector" -> activity.sectors.add(new BaselineLink(null, number(xml.getAttributeValue(null, "percentage")),
								null, null, new BaselineThing("sector:" + xml.getAttributeValue(null, "code"), null)));
						case "transaction-type" -> transactionType = xml.getAttributeValue(null, "code");
						case "value" -> {
							currency = xml.getAttributeValue(null, "currency");
							amount = number(xml.getElementText());
						}
						case "provider-org", "receiver-org" -> activity.transactions.add(new BaselineLink(transactionType, null, amount,
								currency == null ? activity.currency : currency, organisation(xml)));
						default -> {
						}
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("iati-activity")) {
					repository.save(activity);
					relationships += activity.relationships();
					activities++;
				}
			}
		}
		return new Result(activities, relationships, (System.nanoTime() - start) / 1e9);
	}

	private static BaselineThing organisation(XMLStreamReader xml) {
		String ref = xml.getAttributeValue(null, "ref");
		return new BaselineThing(ref != null ? "org:" + ref : "org:name:" + System.identityHashCode(xml) + xml.getLocation().getLineNumber(), null);
	}

	private static Double number(String text) {
		try {
			return text == null ? null : Double.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}

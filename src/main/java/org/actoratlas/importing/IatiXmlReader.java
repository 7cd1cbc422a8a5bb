package org.actoratlas.importing;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams an IATI activity file with StAX, handing over one {@code iati-activity} at a time as a small
 * tree. DTDs and external entities are off: an XXE or an entity-expansion bomb fails as bad XML
 * instead of reading files or filling memory.
 */
final class IatiXmlReader {

	private static final XMLInputFactory FACTORY = XMLInputFactory.newFactory();

	static {
		FACTORY.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		FACTORY.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		FACTORY.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		FACTORY.setProperty(XMLInputFactory.IS_COALESCING, true);
	}

	/** The root element's facts that apply to every activity. */
	record Root(String name, int line, String version, String defaultCurrency) {

		boolean isIati() {
			return this.name.equals("iati-activities") || this.name.equals("iati-activity");
		}

	}

	private IatiXmlReader() {
	}

	/**
	 * Reads the whole file. The root is reported first; when it is not IATI, reading goes on only to
	 * find whether the XML is well-formed at all (a broken file is reported as broken).
	 */
	static Root read(InputStream in, Consumer<Root> onRoot, Consumer<XmlElement> onActivity) throws BadImportFileException {
		XMLStreamReader xml = null;
		Root root = null;
		try {
			xml = FACTORY.createXMLStreamReader(in);
			Deque<XmlElement> open = new ArrayDeque<>();
			int depth = 0;
			while (xml.hasNext()) {
				int event = xml.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = xml.getLocalName();
					if (root == null) {
						root = new Root(name, xml.getLocation().getLineNumber(), xml.getAttributeValue(null, "version"),
								xml.getAttributeValue(null, "default-currency"));
						onRoot.accept(root);
					}
					if (!root.isIati()) {
						continue;
					}
					boolean activityStarts = name.equals("iati-activity") && (depth == 1 || depth == 2);
					if (activityStarts || !open.isEmpty()) {
						XmlElement element = new XmlElement(name, xml.getLocation().getLineNumber());
						for (int i = 0; i < xml.getAttributeCount(); i++) {
							element.attribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
						}
						if (!open.isEmpty()) {
							open.peek().add(element);
						}
						open.push(element);
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (!open.isEmpty()) {
						open.peek().appendText(xml.getText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					if (!open.isEmpty()) {
						XmlElement closed = open.pop();
						if (open.isEmpty()) {
							onActivity.accept(closed);
						}
					}
				}
			}
			return root;
		}
		catch (XMLStreamException ex) {
			int line = ex.getLocation() != null ? ex.getLocation().getLineNumber() : -1;
			throw new BadImportFileException("The file is not well-formed XML"
					+ (line > 0 ? " at line " + line : "") + ": " + shortMessage(ex), line);
		}
		finally {
			if (xml != null) {
				try {
					xml.close();
				}
				catch (XMLStreamException ex) {
					// The stream is being abandoned either way.
				}
			}
		}
	}

	private static String shortMessage(XMLStreamException ex) {
		String message = ex.getMessage();
		int detail = message.lastIndexOf("Message: ");
		return (detail >= 0 ? message.substring(detail + 9) : message).strip();
	}

}

package org.actoratlas.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One element of an IATI activity held in memory while it is mapped: activities are small, files
 * are not, so a file is streamed and only one activity at a time becomes a tree.
 */
final class XmlElement {

	private final String name;

	private final int line;

	private final Map<String, String> attributes = new HashMap<>();

	private final StringBuilder text = new StringBuilder();

	private final List<XmlElement> children = new ArrayList<>();

	XmlElement(String name, int line) {
		this.name = name;
		this.line = line;
	}

	String name() {
		return this.name;
	}

	int line() {
		return this.line;
	}

	void attribute(String name, String value) {
		this.attributes.put(name, value);
	}

	void appendText(String text) {
		this.text.append(text);
	}

	void add(XmlElement child) {
		this.children.add(child);
	}

	/** The attribute trimmed, {@code null} when absent or blank. */
	String attr(String name) {
		return Names.clean(this.attributes.get(name));
	}

	boolean hasAttr(String name) {
		return this.attributes.containsKey(name);
	}

	String text() {
		return Names.clean(this.text.toString());
	}

	Stream<XmlElement> all(String childName) {
		return this.children.stream().filter(child -> child.name.equals(childName));
	}

	XmlElement first(String childName) {
		return all(childName).findFirst().orElse(null);
	}

	/**
	 * Human-readable text in both IATI generations: 2.x puts it in {@code narrative} children (English
	 * preferred, else the first), 1.x directly in the element.
	 */
	String narrative() {
		List<XmlElement> narratives = all("narrative").filter(n -> n.text() != null).toList();
		return narratives.stream()
			.filter(n -> n.attr("lang") != null && n.attr("lang").toLowerCase(Locale.ROOT).startsWith("en"))
			.findFirst()
			.or(() -> narratives.stream().findFirst())
			.map(XmlElement::text)
			.orElseGet(this::text);
	}

	/** The narrative of the first child with that name. */
	String narrativeOf(String childName) {
		XmlElement child = first(childName);
		return child == null ? null : child.narrative();
	}

}

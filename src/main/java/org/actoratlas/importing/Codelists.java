package org.actoratlas.importing;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The code lists shipped in {@code codelists/} (see the README there for their sources): country
 * names and codes, and DAC sector and region names.
 */
@Component
class Codelists {

	private final Map<String, String> countryNames = new HashMap<>();

	private final Map<String, String> countryCodesByName = new HashMap<>();

	private final Map<String, String> alpha3 = new HashMap<>();

	private final Map<String, String> sectors = load("Sector.csv");

	private final Map<String, String> sectorCategories = load("SectorCategory.csv");

	private final Map<String, String> regions = load("Region.csv");

	Codelists() {
		for (CSVRecord record : records("Country.csv")) {
			String code = record.get("code");
			this.countryNames.put(code, record.get("name"));
			this.alpha3.put(record.get("alpha3"), code);
			this.countryCodesByName.put(Names.normalise(record.get("name")), code);
			for (String other : record.get("other_names").split("\\|")) {
				if (!other.isBlank()) {
					this.countryCodesByName.putIfAbsent(Names.normalise(other), code);
				}
			}
		}
	}

	Optional<String> countryName(String iso2) {
		return Optional.ofNullable(this.countryNames.get(iso2));
	}

	/** An ISO 3166 alpha-2 code from a code (alpha-2 or alpha-3) or an English name. */
	Optional<String> countryCode(String codeOrName) {
		if (codeOrName == null) {
			return Optional.empty();
		}
		String upper = codeOrName.strip().toUpperCase(Locale.ROOT);
		if (this.countryNames.containsKey(upper)) {
			return Optional.of(upper);
		}
		if (this.alpha3.containsKey(upper)) {
			return Optional.of(this.alpha3.get(upper));
		}
		return Optional.ofNullable(this.countryCodesByName.get(Names.normalise(codeOrName)));
	}

	Optional<String> sectorName(String dacCode) {
		return Optional.ofNullable(this.sectors.get(dacCode));
	}

	Optional<String> sectorCategoryName(String dac3Code) {
		return Optional.ofNullable(this.sectorCategories.get(dac3Code));
	}

	Optional<String> regionName(String dacRegionCode) {
		return Optional.ofNullable(this.regions.get(dacRegionCode));
	}

	private static Map<String, String> load(String file) {
		Map<String, String> names = new HashMap<>();
		for (CSVRecord record : records(file)) {
			names.put(record.get("code"), record.get("name"));
		}
		return names;
	}

	private static Iterable<CSVRecord> records(String file) {
		var resource = new ClassPathResource("codelists/" + file);
		try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the code list " + file, ex);
		}
	}

}

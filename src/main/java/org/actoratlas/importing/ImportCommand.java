package org.actoratlas.importing;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar actor-atlas.jar import FILE... [--property=value ...]}: starts the app without its
 * web server, imports the files one after the other with a progress bar on stderr, prints each
 * report's summary, and exits 0 when every file was imported, 1 otherwise.
 */
public final class ImportCommand {

	private ImportCommand() {
	}

	public static boolean isCommand(String[] args) {
		return args.length > 0 && args[0].equals("import");
	}

	public static int run(Class<?> application, String[] args) {
		List<Path> files = new ArrayList<>();
		List<String> springArgs = new ArrayList<>(List.of("--logging.level.root=WARN", "--spring.main.banner-mode=off"));
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--")) {
				springArgs.add(args[i]);
			}
			else {
				files.add(Path.of(args[i]));
			}
		}
		PrintStream out = System.out;
		PrintStream err = System.err;
		if (files.isEmpty()) {
			err.println("Usage: java -jar actor-atlas.jar import FILE... (IATI .xml, 3W .xlsx/.csv, FTS .json)");
			return 1;
		}
		boolean allImported = true;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.run(springArgs.toArray(String[]::new))) {
			Importer importer = context.getBean(Importer.class);
			for (Path file : files) {
				if (!Files.isRegularFile(file)) {
					err.println(file + ": no such file");
					allImported = false;
					continue;
				}
				ImportReport report = importer.importFile(file, file.getFileName().toString(), bar(err, file.getFileName().toString()));
				err.print("\r\033[K");
				summarise(report, out);
				allImported &= report.succeeded();
			}
		}
		return allImported ? 0 : 1;
	}

	private static Progress bar(PrintStream err, String name) {
		return (fraction, phase) -> {
			int filled = (int) Math.round(fraction * 30);
			err.print("\r" + name + " [" + "#".repeat(filled) + " ".repeat(30 - filled) + "] "
					+ String.format(Locale.ROOT, "%3d%%", Math.round(fraction * 100)) + " " + phase + "   ");
			err.flush();
		};
	}

	static void summarise(ImportReport report, PrintStream out) {
		if (!report.succeeded()) {
			out.println(report.fileName() + ": REFUSED. " + report.error());
			return;
		}
		out.printf(Locale.ROOT, "%s (%s): %d records imported as %s%n", report.fileName(), report.format(), report.records(),
				report.sourceId() != null ? report.sourceId() : "nothing (no record could be used)");
		report.counts().forEach((kind, counts) -> out.printf(Locale.ROOT, "  %-14s %7d created %7d updated %7d unchanged%n", kind,
				counts.created(), counts.updated(), counts.unchanged()));
		out.printf(Locale.ROOT, "  %d warnings, %d rejected records%n", report.warningCount(), report.rejectedCount());
		report.rejected().stream().limit(20).forEach(issue -> out.println("  rejected: " + describe(issue)));
		report.warnings().stream().limit(20).forEach(issue -> out.println("  warning:  " + describe(issue)));
		if (report.warningCount() > 20) {
			out.println("  ... " + (report.warningCount() - 20) + " more warnings (see GET /api/imports)");
		}
	}

	private static String describe(ImportReport.Issue issue) {
		return issue.file() + (issue.line() > 0 ? ":" + issue.line() : "") + (issue.recordId() != null ? " [" + issue.recordId() + "]" : "")
				+ " " + issue.message();
	}

}

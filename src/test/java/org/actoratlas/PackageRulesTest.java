package org.actoratlas;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Keeps the package-by-feature layout true as the code grows. */
@AnalyzeClasses(packages = "org.actoratlas", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageRulesTest {

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("org.actoratlas.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule systemDependsOnNoFeature = noClasses().that()
		.resideInAPackage("org.actoratlas.system..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.actoratlas.actors..", "org.actoratlas.graph..", "org.actoratlas.funding..",
				"org.actoratlas.gaps..", "org.actoratlas.importing..", "org.actoratlas.exporting..");

	@ArchTest
	static final ArchRule controllersArePackagePrivate = classes().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.notBePublic();

	@ArchTest
	static final ArchRule browserNeverRunsCypher = noClasses().that()
		.areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.neo4j.driver.Driver");

}

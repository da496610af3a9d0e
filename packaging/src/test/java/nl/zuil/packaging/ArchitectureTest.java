package nl.zuil.packaging;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import nl.zuil.testsupport.ZuilArchitectureRules;

@AnalyzeClasses(
    packages = "nl.zuil.packaging",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests ZUIL_RULES = ArchTests.in(ZuilArchitectureRules.class);
}

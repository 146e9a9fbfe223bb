package org.opentreatment.directory.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the import report writes for a spreadsheet. */
class ImportServiceTest {

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreWrittenAsText() {
        assertThat(ImportService.inert("=HYPERLINK(\"http://x\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(ImportService.inert("+1 614 555 0101")).isEqualTo("'+1 614 555 0101");
        assertThat(ImportService.inert("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ImportService.inert("-2+3+cmd")).isEqualTo("'-2+3+cmd");
    }

    @Test
    void numbersAndPlainTextStayAsTheyAre() {
        assertThat(ImportService.inert("-82.9988")).isEqualTo("-82.9988");
        assertThat(ImportService.inert("43215")).isEqualTo("43215");
        assertThat(ImportService.inert("call us any time")).isEqualTo("call us any time");
        assertThat(ImportService.inert("")).isEmpty();
        assertThat(ImportService.inert(null)).isNull();
    }
}

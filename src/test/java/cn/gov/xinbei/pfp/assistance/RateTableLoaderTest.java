package cn.gov.xinbei.pfp.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;

import cn.gov.xinbei.pfp.assistance.domain.AssistanceScheme;
import cn.gov.xinbei.pfp.assistance.domain.AssistanceSubType;
import cn.gov.xinbei.pfp.assistance.domain.Rate;
import cn.gov.xinbei.pfp.assistance.domain.RateTable;
import cn.gov.xinbei.pfp.assistance.domain.RateUnit;
import cn.gov.xinbei.pfp.assistance.domain.SourceMarker;

class RateTableLoaderTest {

    private static final String VALID_ENTRY = """
              - scheme: RURAL_AWARD
                fromYear: 2012
                toYear: 2012
                amount: 960
                unit: PER_PERSON_PER_YEAR
                marker: I
                source: test
            """;

    @TempDir
    Path dir;

    private final RateTableLoader loader = new RateTableLoader();

    private RateTable load(String name, String yaml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return loader.load(new FileSystemResource(file));
    }

    private static RateTable shipped() {
        return new RateTableLoader().load(new ClassPathResource("config/assistance/rates.yml"));
    }

    @Test
    void theShippedFileHasThe2012DefaultsAndMarksThemProvisional() {
        RateTable table = shipped();
        Rate rural = table.rateFor(AssistanceScheme.RURAL_AWARD, 2012);
        assertThat(rural.amount()).isEqualByComparingTo("960");
        assertThat(rural.unit()).isEqualTo(RateUnit.PER_PERSON_PER_YEAR);
        assertThat(rural.marker()).isEqualTo(SourceMarker.I);
        assertThat(table.rateFor(AssistanceScheme.RURAL_AWARD, 2004).amount()).isEqualByComparingTo("600");
        assertThat(table.rateFor(AssistanceScheme.SPECIAL_SUPPORT, AssistanceSubType.DEATH, 2007).amount())
                .isEqualByComparingTo("100");
        assertThat(table.rateFor(AssistanceScheme.SPECIAL_SUPPORT, AssistanceSubType.DISABILITY, 2011).amount())
                .isEqualByComparingTo("80");
        assertThat(table.rateFor(AssistanceScheme.SPECIAL_SUPPORT, AssistanceSubType.DEATH, 2012).amount())
                .isEqualByComparingTo("135");
        assertThat(table.rateFor(AssistanceScheme.SPECIAL_SUPPORT, AssistanceSubType.DISABILITY, 2012).amount())
                .isEqualByComparingTo("110");
        Rate retiree = table.rateFor(AssistanceScheme.RETIREE_ONE_OFF_AWARD, 2012);
        assertThat(retiree.amount()).isEqualByComparingTo("3600");
        assertThat(retiree.unit()).isEqualTo(RateUnit.ONE_OFF_PER_PERSON);
        assertThat(table.rateFor(AssistanceScheme.SURGERY_COMPLICATION, AssistanceSubType.GRADE_1, 2012).marker())
                .as("surgery amounts are placeholders").isEqualTo(SourceMarker.NF);
        assertThat(table.rates()).as("no shipped amount is confirmed by the bureau yet").allMatch(Rate::provisional);
        assertThat(table.rates()).allSatisfy(rate -> assertThat(rate.source()).isNotBlank());
    }

    /** Every scheme and sub-type a 2012 decision can return has a 2012 amount. */
    @ParameterizedTest
    @EnumSource(AssistanceScheme.class)
    void theShippedFileCoversEverySubTypeIn2012(AssistanceScheme scheme) {
        RateTable table = shipped();
        if (scheme.hasSubTypes()) {
            scheme.subTypes().forEach(subType -> assertThat(table.rateFor(scheme, subType, 2012).amount()).isPositive());
        } else {
            assertThat(table.rateFor(scheme, 2012).amount()).isPositive();
        }
    }

    @Test
    void aValidFileLoads() throws IOException {
        assertThat(load("rates.yml", "rates:\n" + VALID_ENTRY).rates()).hasSize(1);
    }

    @Test
    void brokenYamlNamesTheFile() {
        assertThatThrownBy(() -> load("broken.yml", "rates: [\n  - scheme: RURAL_AWARD"))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("broken.yml").hasMessageContaining("cannot be read");
    }

    @Test
    void anUnknownKeyNamesTheFile() {
        assertThatThrownBy(() -> load("typo.yml", "rates:\n" + VALID_ENTRY + "    ammount: 5\n"))
                .isInstanceOf(AssistanceConfigurationException.class).hasMessageContaining("typo.yml");
    }

    @Test
    void anUnknownSchemeNamesTheFile() {
        assertThatThrownBy(() -> load("scheme.yml", "rates:\n" + VALID_ENTRY.replace("RURAL_AWARD", "RURAL")))
                .isInstanceOf(AssistanceConfigurationException.class).hasMessageContaining("scheme.yml");
    }

    @Test
    void aZeroAmountNamesTheFileAndTheEntry() {
        assertThatThrownBy(() -> load("zero.yml", "rates:\n" + VALID_ENTRY.replace("960", "0")))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("zero.yml").hasMessageContaining("entry 1").hasMessageContaining("金额须大于零");
    }

    @Test
    void aMissingFieldNamesTheFieldAndTheFile() {
        assertThatThrownBy(() -> load("missing.yml", "rates:\n" + VALID_ENTRY.replace("    toYear: 2012\n", "")))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("missing.yml").hasMessageContaining("'toYear' is missing");
    }

    @Test
    void overlappingYearsNameTheFile() {
        assertThatThrownBy(() -> load("overlap.yml", "rates:\n" + VALID_ENTRY + VALID_ENTRY))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("overlap.yml").hasMessageContaining("年度范围重叠");
    }

    @Test
    void aSpecialSupportRateWithoutSubTypeNamesTheFile() {
        String entry = VALID_ENTRY.replace("RURAL_AWARD", "SPECIAL_SUPPORT").replace("PER_PERSON_PER_YEAR",
                "PER_PERSON_PER_MONTH");
        assertThatThrownBy(() -> load("subtype.yml", "rates:\n" + entry))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("subtype.yml").hasMessageContaining("须注明类别");
    }

    @Test
    void anEmptyFileNamesTheFile() {
        assertThatThrownBy(() -> load("empty.yml", "rates: []\n"))
                .isInstanceOf(AssistanceConfigurationException.class)
                .hasMessageContaining("empty.yml").hasMessageContaining("no rates");
    }
}

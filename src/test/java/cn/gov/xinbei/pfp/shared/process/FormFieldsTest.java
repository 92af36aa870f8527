package cn.gov.xinbei.pfp.shared.process;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field names generic checks use in their messages, read from the forms in forms/. */
class FormFieldsTest {

    @Test
    void aKeyLabelledDifferentlyByAFewFormsIsNamedAsMostFormsNameIt() {
        // 47 forms say 案件编号; the two change forms that point to an earlier case say 原案件编号.
        assertThat(FormFields.label("caseNumber")).isEqualTo("“案件编号”");
    }

    @Test
    void aTextareaIsMultiLineAndAnUnknownKeyIsDescribedNeutrally() {
        assertThat(FormFields.of("townOpinion")).hasValueSatisfying(field -> assertThat(field.multiLine()).isTrue());
        assertThat(FormFields.label("noSuchField")).isEqualTo("该项（noSuchField）");
    }
}

package cn.gov.xinbei.pfp.casefile.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NamePartsTest {

    @Test
    void aChineseNameIsFoundByEveryRunOfItsCharacters() {
        assertThat(NameParts.of("钱淑英")).containsExactlyInAnyOrder("钱", "钱淑", "钱淑英", "淑", "淑英", "英");
    }

    @Test
    void aRepeatedCharacterIsOnePart() {
        assertThat(NameParts.of("王丽丽")).containsExactlyInAnyOrder("王", "王丽", "王丽丽", "丽", "丽丽");
    }

    @Test
    void aLongNameKeepsPartsOfAtMostTenCharactersAndNoBlankOnes() {
        String name = "阿卜杜热合曼·买买提艾力";
        assertThat(NameParts.of(name)).allSatisfy(part -> assertThat(part.length()).isBetween(1, NameParts.LONGEST))
                .contains("买买提", "阿卜杜热合曼·买买提").doesNotContain(name);
        assertThat(NameParts.of(" 张 三 ")).containsExactlyInAnyOrder("张", "张 三", "三");
    }

    @Test
    void charactersOutsideTheBasicPlaneAreNotCutInHalf() {
        // 𠮷 (U+20BB7) is two UTF-16 units: a part holds it whole.
        assertThat(NameParts.of("𠮷野")).containsExactlyInAnyOrder("𠮷", "𠮷野", "野");
    }

    @Test
    void aSearchLongerThanTheKeptPartsIsLookedUpByItsBeginning() {
        assertThat(NameParts.isKeptPart("钱淑英")).isTrue();
        assertThat(NameParts.lookupKey("钱淑英")).isEqualTo("钱淑英");
        String longSearch = "阿卜杜热合曼·买买提艾";
        assertThat(NameParts.isKeptPart(longSearch)).isFalse();
        assertThat(NameParts.lookupKey(longSearch)).isEqualTo("阿卜杜热合曼·买买提");
    }
}

package cn.laurel.documents;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003 附件4: “【推荐表】推荐单位+推荐项目+实事项目/候选人姓名/候选组织名称”. */
class DocumentNamesTests {

	private final DocumentNames names = new DocumentNames(Sheets.messages());

	@Test
	void aPersonIsNamedAfterTheNominatingUnitTheCategoryAndTheCandidateAsInTheSeedsExample() {
		assertThat(this.names.fileName(Sheets.aPartyMemberOfSeed003(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某.docx");
	}

	@Test
	void aProjectIsNamedAfterItsProjectName() {
		assertThat(this.names.fileName(Sheets.aProjectOfSeed003(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【推荐表】洛阳市涧西区党史学习教育领导小组+群众满意度高的实事（服务项目）+老旧小区加装电梯.docx");
		assertThat(this.names.fileName(Sheets.aDeedWithItsTeamOfSeed000(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【推荐表】派驻黄岛街道中队+综合执法系统最感动群众十件实事+老旧小区违建清零暖民心.docx");
	}

	@Test
	void anOrganisationIsNamedAfterItsFullName() {
		assertThat(this.names.fileName(Sheets.anOrganisationOfSeed003(), Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【推荐表】洛阳市卫生健康委员会+先进服务单位（团队）+洛阳市中心医院“120”急救团队.docx");
	}

	@Test
	void charactersWindowsRefusesInAFileNameAreStripped() {
		assertThat(this.names.fileName(Sheets.named("西工区/老城区\\联合:党委", "党员*服务?标兵", "\"张\"<某>|\t乙 ..."),
				Locale.SIMPLIFIED_CHINESE))
			.isEqualTo("【推荐表】西工区老城区联合党委+党员服务标兵+张某乙.docx");
	}

	@Test
	void aNameTooLongToExtractOnWindowsIsShortened() {
		String name = this.names.fileName(Sheets.named("洛阳市委", "党员服务标兵", "长".repeat(300)),
				Locale.SIMPLIFIED_CHINESE);
		assertThat(name).endsWith("长长.docx").hasSize(DocumentNames.MAX_LENGTH + ".docx".length());
	}

	@Test
	void theEnglishPrefixIsUsedInEnglish() {
		assertThat(this.names.fileName(Sheets.named("Unit", "Category", "Name"), Locale.ENGLISH))
			.isEqualTo("[Nomination form]Unit+Category+Name.docx");
	}

	@Test
	void aNameRepeatedWithinOneArchiveIsNumberedFromTwo() {
		DocumentNames.Distinct distinct = new DocumentNames.Distinct();
		assertThat(distinct.claim("【推荐表】XX县+党员服务标兵+张某.docx")).isEqualTo("【推荐表】XX县+党员服务标兵+张某.docx");
		assertThat(distinct.claim("【推荐表】XX县+党员服务标兵+张某.docx")).isEqualTo("【推荐表】XX县+党员服务标兵+张某(2).docx");
		assertThat(distinct.claim("【推荐表】XX县+党员服务标兵+张某.docx")).isEqualTo("【推荐表】XX县+党员服务标兵+张某(3).docx");
	}

	@Test
	void aNumberedNameSkipsNamesAlreadyTakenIgnoringCase() {
		DocumentNames.Distinct distinct = new DocumentNames.Distinct();
		distinct.claim("Zhang.docx");
		distinct.claim("zhang(2).docx");
		assertThat(distinct.claim("ZHANG.docx")).isEqualTo("ZHANG(3).docx");
		assertThat(distinct.claim("README")).isEqualTo("README");
		assertThat(distinct.claim("README")).isEqualTo("README(2)");
	}

}

package cn.laurel.nomination;

import java.util.List;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.FieldType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of a form's long texts the public reads as the deeds. */
class DossierTests {

	@Test
	void theDeedsAreTheDeedFieldEvenWhenTheHonoursAreAskedFirst() {
		// seed 000 附件2 asks 2020年以来所获表彰 before 主要事迹
		Candidates.Dossier dossier = dossier(
				answer("honoursSince2020", "2020年以来所获表彰情况", "2021年度优秀共产党员"),
				answer("deeds", "主要事迹", "扎根一线十二年，化解矛盾纠纷三百余起。"),
				answer("remarks", "备注", "无"));

		assertThat(dossier.deeds()).isEqualTo("扎根一线十二年，化解矛盾纠纷三百余起。");
		assertThat(dossier.summary(4)).isEqualTo("扎根一线\u2026");
	}

	@Test
	void aProjectsDeedsAreItsSummaryAndAFormWithoutEitherKeyGivesItsFirstLongText() {
		// seed 003 附件3 asks 市级以上媒体报道 before 项目概述及亮点成效
		assertThat(dossier(answer("mediaCoverage", "媒体报道情况", "市报头版报道"),
				answer("summary", "项目概述及亮点成效", "项目概述正文")).deeds())
			.isEqualTo("项目概述正文");
		assertThat(dossier(answer("f1", "工作简介", "简介正文"), answer("f2", "备注", "无")).deeds()).isEqualTo("简介正文");
	}

	@Test
	void aPersonalOrBlankLongTextIsNeverTheDeeds() {
		FormDefinition.Field address = new FormDefinition.Field("deeds", "主要事迹", FieldType.TEXTAREA, false, null,
				null, null, null, true, null);
		Candidates.Dossier dossier = dossier(new Candidates.Answer(address, "家住某某路 1 号", null),
				answer("material", "事迹材料", "  "), answer("other", "其他", "其他说明"));

		assertThat(dossier.deeds()).isEqualTo("其他说明");
	}

	private static Candidates.Answer answer(String key, String label, String text) {
		return new Candidates.Answer(
				new FormDefinition.Field(key, label, FieldType.TEXTAREA, false, null, null, null, null, false, null),
				text, null);
	}

	private static Candidates.Dossier dossier(Candidates.Answer... answers) {
		return new Candidates.Dossier(new Candidates.Candidate(1, 1, 1, 1, null, "刘海涛"), "推荐表", List.of(answers),
				List.of());
	}

}

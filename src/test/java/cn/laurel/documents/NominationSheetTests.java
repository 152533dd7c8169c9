package cn.laurel.documents;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.laurel.documents.NominationSheet.Field;
import cn.laurel.documents.NominationSheet.Layout;
import cn.laurel.documents.NominationSheet.Photo;
import cn.laurel.documents.NominationSheet.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class NominationSheetTests {

	@Test
	void aPhotoWordCannotShowIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Photo(new byte[] { 1 }, "image/gif"))
			.withMessageContaining("image/gif");
		assertThatIllegalArgumentException().isThrownBy(() -> new Photo(new byte[0], "image/png"));
	}

	@Test
	void aTableRowMustHaveOneCellPerColumn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Table("个人简历", List.of("起止年月", "学习或工作单位及职务"), List.of(List.of("2003.09—2007.07"))))
			.withMessageContaining("个人简历");
	}

	@Test
	void aSheetNeedsTheNamesItsFileIsNamedAfter() {
		assertThatIllegalArgumentException().isThrownBy(() -> Sheets.named("XX县党史学习教育领导小组", "党员服务标兵", " "))
			.withMessageContaining("nomineeName");
	}

	@Test
	void aFieldLeftEmptyPrintsAnEmptyCell() {
		assertThat(new Field("备注", null, Layout.WIDE).value()).isEmpty();
	}

}

package cn.laurel.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfPagesTests {

	@Test
	void chineseTextIsExtractableAndTheFontIsEmbedded() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfPages pages = PdfPages.portrait(25)) {
			pages.centred("公示公告", 22);
			pages.paragraph("张三同志在执法一线默默奉献，深受群众好评。".repeat(20), 14, 2);
			pages.write(out);
		}
		try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("公示公告").contains("张三同志");
			PDFont font = document.getPage(0).getResources().getFont(
					document.getPage(0).getResources().getFontNames().iterator().next());
			assertThat(font.isEmbedded()).isTrue();
		}
	}

	@Test
	void closingPunctuationNeverStartsALine() throws IOException {
		try (PdfPages pages = PdfPages.portrait(25); PDDocument probe = new PDDocument()) {
			PDFont font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(probe,
					PdfPages.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf"), true);
			List<String> lines = PdfPages.wrap(font, 10, "一二三四五，六七八九十。", 50);
			assertThat(lines).allMatch(line -> !line.startsWith("，") && !line.startsWith("。"));
			assertThat(String.join("", lines)).isEqualTo("一二三四五，六七八九十。");
		}
	}

	@Test
	void aLatinWordMovesWholeToTheNextLine() throws IOException {
		try (PDDocument probe = new PDDocument()) {
			PDFont font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(probe,
					PdfPages.class.getResourceAsStream("/fonts/NotoSansSC-Regular.ttf"), true);
			List<String> lines = PdfPages.wrap(font, 10, "荣获 Laurel award", 60);
			assertThat(lines).noneMatch(line -> line.endsWith("Lau") || line.startsWith("rel"));
		}
	}

}

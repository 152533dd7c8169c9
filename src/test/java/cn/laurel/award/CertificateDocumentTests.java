package cn.laurel.award;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import cn.laurel.TestMessages;
import cn.laurel.campaign.NomineeKind;
import cn.laurel.publicity.ShortlistEntry;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certificate worth handing over: 荣誉证书 in a frame, the formal wording for a person (XXX同志：) and for an
 * organisation (XXX：), issued by the campaign's issuing body (not the deciding meeting) on a Chinese date under its
 * seal, in embedded fonts.
 */
class CertificateDocumentTests {

	private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

	private static final String ISSUER = "青岛西海岸新区综合行政执法局";

	private final CertificateDocument document = new CertificateDocument(TestMessages.bundle("messages/award"));

	private final CertificateTemplate template = CertificateTemplate.defaults(1);

	static ShortlistEntry honouree(String name, NomineeKind kind) {
		return new ShortlistEntry(7, 3, "最美综合执法人", 0, 1, name, "直属一中队", "", null, kind);
	}

	static CertificateDocument.Issued issued(byte[] seal) {
		return new CertificateDocument.Issued("首届“最美综合执法人”评选", ISSUER, LocalDate.of(2026, 12, 7), seal);
	}

	byte[] certificate(ShortlistEntry honouree, byte[] seal) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.document.write(this.template, issued(seal), honouree, "2026-001", CHINESE, out);
		return out.toByteArray();
	}

	@Test
	void aPersonIsAddressedAsComradeAndNamedWithTheHonourByTheIssuingBodyOnAChineseDate() throws IOException {
		String text = text(certificate(honouree("王立新", NomineeKind.PERSON), null));
		assertThat(text).contains("荣誉证书", "王立新同志：", "被评为“最美综合执法人”", "特发此证，以资鼓励。", ISSUER,
				"二〇二六年十二月七日", "证书编号：2026-001");
		assertThat(text).doesNotContain("2026-12-07", "局党组会");
	}

	@Test
	void anOrganisationIsAddressedByItsNameWithoutComrade() throws IOException {
		String text = text(certificate(honouree("先锋服务队", NomineeKind.COLLECTIVE), null));
		assertThat(text).contains("先锋服务队：", "被评为“最美综合执法人”", "特发此证，以资鼓励。").doesNotContain("同志");
	}

	@Test
	void aDeedIsAddressedToTheUnitThatCarriedItOut() throws IOException {
		String text = text(certificate(honouree("老旧小区违建清零行动", NomineeKind.DEED), null));
		assertThat(text).contains("直属一中队：", "“老旧小区违建清零行动”").doesNotContain("同志");
	}

	@Test
	void aQuotedHonourTitleIsNotQuotedTwice() throws IOException {
		CertificateTemplate quoted = new CertificateTemplate(1, "“最美城管人”", null, Map.of(), null);
		assertThat(CertificateDocument.honour(quoted, honouree("王立新", NomineeKind.PERSON))).isEqualTo("最美城管人");
	}

	@Test
	void everyFontIsEmbeddedAndTheHeadingWordingAndNumberUseTheirOwnFaces() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(certificate(honouree("王立新", NomineeKind.PERSON), seal()))) {
			PDResources resources = pdf.getPage(0).getResources();
			Set<String> families = new HashSet<>();
			for (var name : resources.getFontNames()) {
				PDFont font = resources.getFont(name);
				assertThat(font.isEmbedded()).isTrue();
				families.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
			}
			assertThat(families).contains("NotoSerifSC-Bold", "WenKaiGB-Regular", "NotoSerifSC-Regular");
			assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
		}
	}

	@Test
	void theRenderedPageShowsTheRedFrameAndTheRedSealOverTheIssuingBody() throws IOException {
		BufferedImage page;
		try (PDDocument pdf = Loader.loadPDF(certificate(honouree("王立新", NomineeKind.PERSON), seal()))) {
			page = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
		}
		float perMm = page.getWidth() / 297f;
		// the outer rule runs 8 mm in from the left edge, halfway down
		assertThat(redAround(page, (int) (8 * perMm), page.getHeight() / 2, 2)).isTrue();
		// the seal's ring is centred on the issuing body and date, 214 mm from the left
		CertificateField.Placement signature = this.template.placement(CertificateField.DECISION);
		int sealX = (int) (signature.xMm() * perMm);
		int sealY = (int) ((signature.yMm() + 4) * perMm);
		int radius = (int) (18 * perMm);
		assertThat(redAround(page, sealX - radius, sealY, 3) || redAround(page, sealX + radius, sealY, 3)).isTrue();
		// and no seal without one uploaded
		try (PDDocument pdf = Loader.loadPDF(certificate(honouree("王立新", NomineeKind.PERSON), null))) {
			BufferedImage unsealed = new PDFRenderer(pdf).renderImageWithDPI(0, 72);
			assertThat(redAround(unsealed, sealX - radius, sealY, 3) || redAround(unsealed, sealX + radius, sealY, 3))
				.isFalse();
		}
	}

	private static boolean redAround(BufferedImage image, int x, int y, int reach) {
		for (int dx = -reach; dx <= reach; dx++) {
			for (int dy = -reach; dy <= reach; dy++) {
				Color colour = new Color(image.getRGB(x + dx, y + dy));
				if (colour.getRed() > 150 && colour.getGreen() < 90 && colour.getBlue() < 90) {
					return true;
				}
			}
		}
		return false;
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	/** A red ring on a transparent ground, as a seal is scanned. */
	static byte[] seal() throws IOException {
		BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xE6, 0x00, 0x12));
		graphics.setStroke(new BasicStroke(16));
		graphics.drawOval(10, 10, 380, 380);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}

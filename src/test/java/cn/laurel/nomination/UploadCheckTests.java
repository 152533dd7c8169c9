package cn.laurel.nomination;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploads are judged by their bytes, their size and, for a 2-inch portrait, their shape. */
class UploadCheckTests {

	@Test
	void aJpegPhotoIsAcceptedWithAThumbnail() {
		UploadCheck.Accepted accepted = UploadCheck.check(FilePurpose.PHOTO, "现场.jpg", Images.of("jpg", 1200, 800),
				false);
		assertThat(accepted.contentType()).isEqualTo("image/jpeg");
		assertThat(accepted.thumbnail()).isNotEmpty();
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		byte[] text = "这不是图片".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "照片.jpg", text, false))
			.hasMessage("nomination.upload.wrong-type");
	}

	@Test
	void aPdfIsAcceptedAsTheSealedScanButNotAsAPhoto() {
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(UploadCheck.check(FilePurpose.SEALED_SCAN, "扫描件.pdf", pdf, false).contentType())
			.isEqualTo("application/pdf");
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "扫描件.pdf", pdf, false))
			.hasMessage("nomination.upload.wrong-type");
	}

	@Test
	void aPhotoOverFiveMegabytesIsRefused() {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		byte[] png = Images.of("png", 10, 10);
		System.arraycopy(png, 0, large, 0, png.length);
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "大.png", large, false))
			.hasMessage("nomination.upload.too-large");
	}

	@Test
	void seed003sTwoInchPortraitMustBeUpright() {
		assertThat(UploadCheck.check(FilePurpose.PHOTO, "证件照.png", Images.of("png", 350, 490), true).contentType())
			.isEqualTo("image/png");
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "横版.png", Images.of("png", 490, 350), true))
			.hasMessage("nomination.upload.not-portrait");
	}

}

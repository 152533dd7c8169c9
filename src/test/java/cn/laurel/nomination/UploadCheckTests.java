package cn.laurel.nomination;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.laurel.documents.ImageSize;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** Uploads are judged by their bytes, their size and, for a 2-inch portrait, their shape. */
class UploadCheckTests {

	private static final long MAX_PIXELS = 40_000_000;

	@Test
	void aJpegPhotoIsAcceptedWithAThumbnail() {
		UploadCheck.Accepted accepted = UploadCheck.check(FilePurpose.PHOTO, "现场.jpg", Images.of("jpg", 1200, 800),
				false, MAX_PIXELS);
		assertThat(accepted.contentType()).isEqualTo("image/jpeg");
		assertThat(accepted.thumbnail()).isNotEmpty();
	}

	@Test
	void aTextFileNamedLikeAPhotoIsRefused() {
		byte[] text = "这不是图片".getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "照片.jpg", text, false, MAX_PIXELS))
			.hasMessage("nomination.upload.wrong-type");
	}

	@Test
	void aPdfIsAcceptedAsTheSealedScanButNotAsAPhoto() {
		byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(UploadCheck.check(FilePurpose.SEALED_SCAN, "扫描件.pdf", pdf, false, MAX_PIXELS).contentType())
			.isEqualTo("application/pdf");
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "扫描件.pdf", pdf, false, MAX_PIXELS))
			.hasMessage("nomination.upload.wrong-type");
	}

	@Test
	void aPhotoOverFiveMegabytesIsRefused() {
		byte[] large = new byte[5 * 1024 * 1024 + 1];
		byte[] png = Images.of("png", 10, 10);
		System.arraycopy(png, 0, large, 0, png.length);
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "大.png", large, false, MAX_PIXELS))
			.hasMessage("nomination.upload.too-large");
	}

	@Test
	void seed003sTwoInchPortraitMustBeUpright() {
		assertThat(UploadCheck.check(FilePurpose.PHOTO, "证件照.png", Images.of("png", 350, 490), true, MAX_PIXELS).contentType())
			.isEqualTo("image/png");
		assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "横版.png", Images.of("png", 490, 350), true, MAX_PIXELS))
			.hasMessage("nomination.upload.not-portrait");
	}

	@Test
	void aPngOfTwentyThousandPixelsSquareIsRefusedFromItsHeaderWithoutBeingDecoded() {
		byte[] bomb = Images.hugePng(20_000, 20_000);
		assertThat(bomb.length).isLessThan(1024 * 1024);

		// decoding would take 400 million pixels (gigabytes and seconds); reading the header takes neither
		assertTimeoutPreemptively(Duration.ofSeconds(2),
				() -> assertThatThrownBy(() -> UploadCheck.check(FilePurpose.PHOTO, "大图.png", bomb, false, MAX_PIXELS))
					.isInstanceOfSatisfying(NominationRefused.class,
							refused -> assertThat(refused.reasons().get(0).args()).containsExactly("大图.png", 20_000,
									20_000, 40L)));
	}

	@Test
	void aPhotoLeavingTheUnitIsAReEncodedJpegWithoutTheCamerasMetadata() {
		byte[] original = Images.jpegWithExif(1200, 800);
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif", Images.CAMERA);

		StoredFile.Content copy = new StoredFile.Content("现场.jpeg", "image/jpeg", original)
			.withoutMetadata();

		assertThat(copy.fileName()).isEqualTo("现场.jpg");
		assertThat(copy.contentType()).isEqualTo("image/jpeg");
		assertThat(new String(copy.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "LaurelCam");
		assertThat(ImageSize.of(copy.bytes())).contains(new ImageSize(1200, 800));
	}

	@Test
	void aScanLeavesTheUnitAsItIs() {
		StoredFile.Content scan = new StoredFile.Content("扫描件.pdf", "application/pdf", new byte[] { 1 });
		assertThat(scan.withoutMetadata()).isSameAs(scan);
	}

}

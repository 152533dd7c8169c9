package cn.laurel.award;

import java.util.List;
import java.util.Map;

/**
 * The signed table of contents of a filing package (manifest.json): the campaign, the decision, the honourees with
 * their non-personal answers, the public key that signed it, and the SHA-256 of every other file in the package.
 */
record Manifest(String format, String createdAt, String publicKey, CampaignPart campaign, DecisionPart decision,
		List<Honouree> honourees, List<FileDigest> files) {

	static final String FORMAT = "laurel-award-package/1";

	static final String FILE = "manifest.json";

	static final String SIGNATURE = "manifest.sig";

	record CampaignPart(long id, String title, String session) {
	}

	record DecisionPart(String wording, String wordingName, String decidingBody, String decidedOn,
			String documentNumber) {
	}

	/**
	 * An honouree; {@code answers} are the form's answers without the personal fields, {@code form} the path of
	 * its Word form in the package, {@code photos} the paths of its photos (absent from packages made before
	 * photos travelled).
	 */
	record Honouree(long nominationId, String category, String kind, String unit, String name, String deedSummary,
			Map<String, String> answers, Map<String, List<List<String>>> tables, String form, List<String> photos) {

		List<String> photoPaths() {
			return (this.photos != null) ? this.photos : List.of();
		}

	}

	record FileDigest(String path, String sha256) {
	}

}

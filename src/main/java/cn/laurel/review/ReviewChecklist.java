package cn.laurel.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.FormDefinition.Field;
import cn.laurel.campaign.FormDefinition.FieldType;
import cn.laurel.campaign.Violation;
import cn.laurel.nomination.Answers;
import cn.laurel.nomination.ChainStep;
import cn.laurel.nomination.Endorsement;
import cn.laurel.nomination.Flag;

/**
 * What the office checks at 初审, item by item, each with the reasons it holds or fails: the form
 * complete, word limits kept, the photos, the signed-and-sealed scan where the form asks for one,
 * every flag cleared in writing, and every step of the chain agreed (with its seal) in the current
 * round. A checklist informs the reviewer; only open flags also block passing (the domain's rule).
 */
public final class ReviewChecklist {

	private ReviewChecklist() {
	}

	/**
	 * What the checklist looks at.
	 *
	 * @param endorsements the endorsements of the current round
	 */
	public record Facts(FormDefinition form, Answers answers, int photos, boolean sealedScan, List<Flag> flags,
			List<ChainStep> chain, List<Endorsement> endorsements) {
	}

	/** One line of the checklist: ✓ or ✗, and why. */
	public record Item(ReviewCheck check, boolean ok, List<Violation> reasons) {
	}

	public static List<Item> of(Facts facts) {
		return List.of(complete(facts), wordLimits(facts), photos(facts), sealedScan(facts), flags(facts),
				chain(facts));
	}

	static Item complete(Facts facts) {
		List<Violation> missing = new ArrayList<>();
		int required = 0;
		for (Field field : facts.form().fields()) {
			if (!field.required()) {
				continue;
			}
			required++;
			if (isTable(field) ? facts.answers().rows(field.key()).stream().noneMatch(ReviewChecklist::isFilled)
					: facts.answers().value(field.key()).isEmpty()) {
				missing.add(Violation.of(field.key(), "review.reason.missing", field.label()));
			}
		}
		return missing.isEmpty() ? ok(ReviewCheck.COMPLETE, Violation.of("answers", "review.reason.complete", required))
				: new Item(ReviewCheck.COMPLETE, false, missing);
	}

	/** Every limited field with its count, so a ✓ shows how close the text came to the limit. */
	static Item wordLimits(Facts facts) {
		List<Violation> counts = new ArrayList<>();
		boolean ok = true;
		for (Field field : facts.form().fields()) {
			if (field.maxChars() == null || isTable(field)) {
				continue;
			}
			int count = FormDefinition.countCharacters(facts.answers().value(field.key()));
			boolean over = count > field.maxChars();
			ok &= !over;
			counts.add(Violation.of(field.key(), over ? "review.reason.too-long" : "review.reason.word-count",
					field.label(), count, field.maxChars()));
		}
		if (counts.isEmpty()) {
			return ok(ReviewCheck.WORD_LIMITS, Violation.of("answers", "review.reason.no-word-limits"));
		}
		return new Item(ReviewCheck.WORD_LIMITS, ok, counts);
	}

	static Item photos(Facts facts) {
		FormDefinition.Photos wanted = facts.form().photos();
		boolean ok = facts.photos() >= wanted.min() && facts.photos() <= wanted.max();
		return new Item(ReviewCheck.PHOTOS, ok,
				List.of(Violation.of("photos", "review.reason.photo-count", facts.photos(), wanted.min(), wanted.max())));
	}

	static Item sealedScan(Facts facts) {
		if (!facts.form().sealedScanRequired()) {
			return ok(ReviewCheck.SEALED_SCAN, Violation.of("sealedScan", "review.reason.scan-not-required"));
		}
		return facts.sealedScan() ? ok(ReviewCheck.SEALED_SCAN, Violation.of("sealedScan", "review.reason.scan-present"))
				: new Item(ReviewCheck.SEALED_SCAN, false,
						List.of(Violation.of("sealedScan", "review.reason.scan-missing")));
	}

	static Item flags(Facts facts) {
		if (facts.flags().isEmpty()) {
			return ok(ReviewCheck.FLAGS_CLEARED, Violation.of("flags", "review.reason.no-flags"));
		}
		List<Violation> reasons = facts.flags().stream()
			.map(flag -> flag.isCleared()
					? Violation.of("flags", "review.reason.flag-cleared", flag.kind().messageKey(), flag.clearance())
					: Violation.of("flags", "review.reason.flag-open", flag.kind().messageKey()))
			.toList();
		return new Item(ReviewCheck.FLAGS_CLEARED, facts.flags().stream().allMatch(Flag::isCleared), reasons);
	}

	/** Each step agreed in the current round, and sealed where it must be. */
	static Item chain(Facts facts) {
		if (facts.chain().isEmpty()) {
			return ok(ReviewCheck.CHAIN_COMPLETE, Violation.of("chain", "review.reason.no-chain"));
		}
		List<Violation> reasons = new ArrayList<>();
		boolean ok = true;
		for (ChainStep step : facts.chain()) {
			String title = step.title();
			Optional<Endorsement> signed = facts.endorsements().stream()
				.filter(e -> e.stepOrder() == step.stepOrder())
				.reduce((first, later) -> later);
			if (signed.isEmpty() || !signed.get().agreed()) {
				ok = false;
				reasons.add(Violation.of("chain", "review.reason.step-not-agreed", title));
			}
			else if (step.sealRequired() && signed.get().sealFileId() == null && !signed.get().electronicSeal()) {
				ok = false;
				reasons.add(Violation.of("chain", "review.reason.step-seal-missing", title));
			}
			else {
				reasons.add(Violation.of("chain", "review.reason.step-agreed", title, signed.get().signerName(),
						signed.get().signedOn().toString()));
			}
		}
		return new Item(ReviewCheck.CHAIN_COMPLETE, ok, reasons);
	}

	private static boolean isFilled(List<String> row) {
		return row.stream().anyMatch(cell -> cell != null && !cell.isBlank());
	}

	private static boolean isTable(Field field) {
		return field.type() == FieldType.TABLE || field.type() == FieldType.RESUME;
	}

	private static Item ok(ReviewCheck check, Violation reason) {
		return new Item(check, true, List.of(reason));
	}

}

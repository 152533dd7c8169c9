package cn.laurel.nomination;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.laurel.campaign.FormDefinition;
import cn.laurel.campaign.SelectionQuotas;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only access to a campaign's candidates (nominations that passed 初审, honoured ones included) for the modules that
 * judge them. Unlike {@link NominationReader} it does not check who reads: the caller decides
 * (scoring lets a judge read only the candidates assigned to their panel and not recused from).
 * Personal answers (ID numbers, phones, home addresses) are never given out here.
 */
@Service
@Transactional(readOnly = true)
public class Candidates {

	/** The statuses of a candidate: passed 初审, and honoured once the decision is made. */
	private static final Set<NominationStatus> PASSED = Arrays.stream(NominationStatus.values())
		.filter(NominationStatus::hasPassedReview)
		.collect(Collectors.toUnmodifiableSet());

	private final Nominations nominations;

	private final NominationFiles files;

	Candidates(Nominations nominations, NominationFiles files) {
		this.nominations = nominations;
		this.files = files;
	}

	/** A candidate as lists show it. */
	public record Candidate(long id, long campaignId, long categoryId, long unitId, String segment,
			String displayName) {
	}

	/**
	 * Where a nomination of the campaign counts and how far it came, whatever its status: for the checks of the
	 * modules that select and honour candidates.
	 *
	 * @param passedReview whether it came through 初审: its status is past it and its history records the pass
	 */
	public record Standing(long id, long categoryId, long unitId, String segment, NominationStatus status,
			boolean passedReview) {

		/** The place it takes when selected. */
		public SelectionQuotas.Place place() {
			return new SelectionQuotas.Place(this.id, this.categoryId, this.unitId, this.segment);
		}

	}

	/**
	 * What a judge reads: the answers to the form's non-personal fields in the form's order, and the
	 * ids of the photos.
	 */
	public record Dossier(Candidate candidate, String formTitle, List<Answer> answers, List<Long> photoIds) {

		/** The keys the built-in forms give their deed text: 主要事迹, and 项目概述及亮点成效 for a project. */
		private static final List<String> DEED_KEYS = List.of("deeds", "summary");

		/**
		 * The deed text the public reads (主要事迹, 项目概述): the field keyed as the built-in forms key it, else
		 * the first long text. Not 所获表彰 or 获奖情况, which some forms ask before the deeds.
		 */
		public String deeds() {
			return deeds(this.answers);
		}

		/** {@link #deeds()} of any form's answers. */
		static String deeds(List<Answer> answers) {
			List<Answer> texts = answers.stream()
				.filter(answer -> answer.field().type() == FormDefinition.FieldType.TEXTAREA && !answer.field().personal()
						&& answer.text() != null && !answer.text().isBlank())
				.toList();
			return texts.stream()
				.filter(answer -> DEED_KEYS.contains(answer.field().key()))
				.findFirst()
				.or(() -> texts.stream().findFirst())
				.map(answer -> answer.text().strip())
				.orElse("");
		}

		/**
		 * The start of the {@link #deeds()}, at most {@code characters} long, for lists that show a line or
		 * two of them (公示, public voting).
		 */
		public String summary(int characters) {
			String text = deeds();
			return text.codePointCount(0, text.length()) <= characters ? text
					: text.substring(0, text.offsetByCodePoints(0, characters)) + "\u2026";
		}

	}

	/**
	 * One field's answer: its text, or its rows for a table or 个人简历 ({@code [from, to, unit and post]},
	 * the last end blank while it lasts).
	 */
	public record Answer(FormDefinition.Field field, String text, List<List<String>> rows) {
	}

	/** A photo's bytes and their type. */
	public record Photo(String contentType, byte[] bytes) {
	}

	public List<Candidate> ofCampaign(long campaignId) {
		return this.nominations
			.summaries(NominationQuery.ofCampaign(campaignId).in(PASSED))
			.stream()
			.map(Candidates::candidate)
			.toList();
	}

	/** Every nomination of the campaign, drafts included, by id. */
	public Map<Long, Standing> standings(long campaignId) {
		return this.nominations.standings(campaignId).stream().collect(Collectors.toMap(Standing::id, s -> s));
	}

	public Optional<Dossier> dossier(long candidateId) {
		return candidateNomination(candidateId).map(nomination -> {
			FormDefinition form = this.nominations.form(nomination.getCategoryId(), nomination.getFormVersion());
			List<Answer> answers = form.fields()
				.stream()
				.filter(field -> !field.personal())
				.map(field -> new Answer(field, nomination.getAnswers().value(field.key()),
						nomination.getAnswers().rows(field.key())))
				.toList();
			List<Long> photos = this.files.of(candidateId)
				.stream()
				.filter(file -> file.purpose() == FilePurpose.PHOTO)
				.map(StoredFile::id)
				.toList();
			String name = form.fields().isEmpty() ? "" : nomination.getAnswers().value(form.fields().get(0).key());
			return new Dossier(new Candidate(nomination.getId(), nomination.getCampaignId(),
					nomination.getCategoryId(), nomination.getUnitId(), nomination.getSegment(), name), form.title(),
					answers, photos);
		});
	}

	/**
	 * A photo of a candidate (only photos: scans and seals are not deed material) as judges and the public see it:
	 * the thumbnail or a re-encoded copy, never the original with its metadata.
	 */
	public Optional<Photo> photo(long candidateId, long fileId, boolean thumbnail) {
		return candidateNomination(candidateId)
			.filter(nomination -> this.files.of(candidateId)
				.stream()
				.anyMatch(file -> file.id() == fileId && file.purpose() == FilePurpose.PHOTO))
			.flatMap(nomination -> this.files.content(candidateId, fileId, thumbnail))
			.map(content -> thumbnail ? content : content.withoutMetadata())
			.map(content -> new Photo(content.contentType(), content.bytes()));
	}

	private Optional<Nomination> candidateNomination(long id) {
		return this.nominations.findById(id).filter(n -> n.getStatus().hasPassedReview());
	}

	private static Candidate candidate(NominationSummary summary) {
		return new Candidate(summary.id(), summary.campaignId(), summary.categoryId(), summary.unitId(),
				summary.segment(), summary.displayName());
	}

}

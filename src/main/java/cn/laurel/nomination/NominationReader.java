package cn.laurel.nomination;

import java.util.List;
import java.util.Optional;

import cn.laurel.campaign.FormDefinition;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading nominations, their forms and files, for whoever may: the clerk of the unit, the endorsers of its chain
 * and the campaign's organiser; and what each of them may do to it now.
 */
@Service
public class NominationReader {

	private final NominationStore store;

	private final Nominations nominations;

	private final NominationFiles files;

	private final NominationAccess access;

	NominationReader(NominationStore store, Nominations nominations, NominationFiles files, NominationAccess access) {
		this.store = store;
		this.nominations = nominations;
		this.files = files;
		this.access = access;
	}

	/** A nomination the current user may read. */
	@Transactional(readOnly = true)
	public Nomination read(long id) {
		return this.store.visible(id, this.access::canRead);
	}

	@Transactional(readOnly = true)
	public List<StoredFile> filesOf(long id) {
		return this.files.of(read(id).getId());
	}

	/** A file of a nomination the current user may read; an image as uploaded only to its own unit. */
	@Transactional(readOnly = true)
	public StoredFile.Content file(long id, long fileId, boolean thumbnail) {
		Nomination nomination = read(id);
		StoredFile.Content content = this.files.content(nomination.getId(), fileId, thumbnail)
			.orElseThrow(() -> new NominationNotFound(id));
		return thumbnail || this.access.isOwnUnit(nomination) ? content : content.withoutMetadata();
	}

	/** The form version the nomination was created on. */
	@Transactional(readOnly = true)
	public FormDefinition formOf(Nomination nomination) {
		return this.store.form(nomination);
	}

	public boolean canEdit(Nomination nomination) {
		return this.access.canEdit(nomination) && nomination.getStatus().isEditable();
	}

	public boolean canEndorse(Nomination nomination) {
		return this.access.canEndorse(nomination);
	}

	public boolean canReview(Nomination nomination) {
		return this.access.canReview(nomination);
	}

	/** A nomination's photo as it travels between campaigns. */
	public record Photo(String fileName, byte[] bytes) {
	}

	/**
	 * The nomination's photos for a filing package, in upload order: JPEGs at most 2000 px a side without the
	 * originals' metadata.
	 */
	@Transactional(readOnly = true)
	public List<Photo> photosForFiling(long id) {
		Nomination nomination = read(id);
		return this.files.of(nomination.getId())
			.stream()
			.filter(file -> file.purpose() == FilePurpose.PHOTO)
			.map(file -> this.files.content(nomination.getId(), file.id(), false).orElseThrow().withoutMetadata())
			.map(content -> new Photo(content.fileName(), content.bytes()))
			.toList();
	}

	/**
	 * The thumbnail of a nomination's first photo (a JPEG re-encoded at upload, so it carries no metadata of the
	 * original), without asking who is signed in: for public pages that have already established that the
	 * nominee is shown to everyone, such as a published honour roll.
	 */
	@Transactional(readOnly = true)
	public Optional<byte[]> publicPhoto(long nominationId) {
		return this.files.of(nominationId)
			.stream()
			.filter(f -> f.purpose() == FilePurpose.PHOTO && f.hasThumbnail())
			.findFirst()
			.flatMap(f -> this.files.content(nominationId, f.id(), true))
			.map(StoredFile.Content::bytes);
	}

	/**
	 * Every nomination of a campaign without asking who is signed in, for scheduled work that runs
	 * as nobody (reminders). Summaries carry no answers; never show them to a user unchecked.
	 */
	@Transactional(readOnly = true)
	public List<NominationSummary> summariesOf(long campaignId) {
		return this.nominations.summaries(NominationQuery.ofCampaign(campaignId));
	}

}

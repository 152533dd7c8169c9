package cn.laurel.nomination;

import java.util.Set;

/** Why a file is attached, which decides the types and size accepted. */
public enum FilePurpose {

	/** Deed photos, or the 2-inch portrait where the form asks for one (seed 000: 1–2; seed 003: 1). */
	PHOTO(Set.of(FileKinds.JPEG, FileKinds.PNG), 5),
	/** The signed-and-sealed scan of the printed form (seed 000/003). */
	SEALED_SCAN(Set.of(FileKinds.PDF, FileKinds.JPEG, FileKinds.PNG), 10),
	/** An endorser's stamped seal image at a 镇街 step. */
	SEAL(Set.of(FileKinds.JPEG, FileKinds.PNG), 2),
	/** 征求意见表 of same-level departments collected before the unit reports (seed 002 附件4). */
	OPINION_FORM(Set.of(FileKinds.PDF, FileKinds.JPEG, FileKinds.PNG), 10),
	/** 公示证明: proof of the 公示 the nominating unit ran before recommending (seed 003), e.g. a screenshot or scan. */
	UNIT_PUBLICITY_PROOF(Set.of(FileKinds.PDF, FileKinds.JPEG, FileKinds.PNG), 10),
	/** 其他佐证材料: any other supporting evidence (seed 003: "公示等相关必要证明另附"). */
	OTHER_EVIDENCE(Set.of(FileKinds.PDF, FileKinds.JPEG, FileKinds.PNG), 10);

	private final Set<String> contentTypes;

	private final int maxMegabytes;

	FilePurpose(Set<String> contentTypes, int maxMegabytes) {
		this.contentTypes = contentTypes;
		this.maxMegabytes = maxMegabytes;
	}

	public Set<String> contentTypes() {
		return this.contentTypes;
	}

	public int maxMegabytes() {
		return this.maxMegabytes;
	}

	/** Whether the clerk attaches it (the seal is the endorser's). */
	public boolean isClerks() {
		return this != SEAL;
	}

	/**
	 * Whether the endorser at the waiting step attaches it: the seal, and the 征求意见表 that the
	 * reporting level collects from same-level departments (seed 002) when it reaches that level.
	 */
	public boolean isEndorsers() {
		return this == SEAL || this == OPINION_FORM;
	}

	public String messageKey() {
		return "file-purpose." + name();
	}

	/** Content types detected from the bytes. */
	static final class FileKinds {

		static final String JPEG = "image/jpeg";

		static final String PNG = "image/png";

		static final String PDF = "application/pdf";

		private FileKinds() {
		}

	}

}

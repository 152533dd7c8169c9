package cn.laurel.award;

import cn.laurel.documents.PdfPages.Align;

/**
 * What a certificate prints, each at a place on A4 landscape (297 × 210 mm) measured from the top-left corner. The
 * defaults lay out a 荣誉证书 as offices issue one: the heading centred at the top, the addressee (王立新同志：) and
 * the wording under it from the left, the issuing body with the date under it bottom right beneath the seal, the
 * certificate number small at the bottom left.
 */
public enum CertificateField {

	/** 荣誉证书: often part of an uploaded background, so a size of 0 leaves it out. */
	HEADING(148.5f, 58, 54, Align.CENTRE),
	/** The addressee: 王立新同志：, or an organisation's name, or for a 实事 the unit that carried it out. */
	NAME(48, 88, 26, Align.LEFT),
	/** The nominating unit on a line of its own; left out unless given a size, as the wording needs none. */
	UNIT(48, 76, 0, Align.LEFT),
	/**
	 * The wording, from the left edge given across the page to the same margin on the right: 在…中，被评为“…”。
	 * 特发此证，以资鼓励。
	 */
	HONOUR(48, 106, 22, Align.LEFT),
	/** The issuing body, the date in Chinese numerals under it, and the seal over both. */
	DECISION(214, 156, 18, Align.CENTRE),
	NUMBER(24, 194, 10, Align.LEFT);

	private final Placement placement;

	private final Align align;

	CertificateField(float xMm, float yMm, float size, Align align) {
		this.placement = new Placement(xMm, yMm, size);
		this.align = align;
	}

	public Placement defaultPlacement() {
		return this.placement;
	}

	Align align() {
		return this.align;
	}

	public String messageKey() {
		return "certificate-field." + name();
	}

	/**
	 * Where a field goes: its baseline point in mm from the page's top-left corner, and its size in points (0 leaves
	 * the field out).
	 */
	public record Placement(float xMm, float yMm, float size) {

		static final float WIDTH_MM = 297;

		static final float HEIGHT_MM = 210;

		static final float MAX_SIZE = 96;

		boolean fits() {
			return this.xMm >= 0 && this.xMm <= WIDTH_MM && this.yMm >= 0 && this.yMm <= HEIGHT_MM && this.size >= 0
					&& this.size <= MAX_SIZE;
		}

	}

}

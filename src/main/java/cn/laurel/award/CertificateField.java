package cn.laurel.award;

import cn.laurel.documents.PdfPages.Align;

/**
 * What a certificate prints, each at a place on A4 landscape (297 × 210 mm) measured from the top-left corner. The
 * defaults centre the heading, the name, the unit and the honour down the middle and put the issuing body and date
 * bottom right, the way printed 荣誉证书 are laid out when no background is uploaded.
 */
public enum CertificateField {

	/** 荣誉证书: usually part of an uploaded background, so a size of 0 leaves it out. */
	HEADING(148.5f, 52, 44, Align.CENTRE),
	NAME(148.5f, 92, 36, Align.CENTRE),
	UNIT(148.5f, 108, 16, Align.CENTRE),
	/** The honour title, e.g. 荣获“最美综合执法人”称号. */
	HONOUR(148.5f, 132, 24, Align.CENTRE),
	/** The deciding body and the date of the decision. */
	DECISION(222, 172, 14, Align.CENTRE),
	NUMBER(22, 196, 10, Align.LEFT);

	private final Placement placement;

	private final Align align;

	CertificateField(float xMm, float yMm, float size, Align align) {
		this.placement = new Placement(xMm, yMm, size);
		this.align = align;
	}

	Placement defaultPlacement() {
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
	record Placement(float xMm, float yMm, float size) {

		static final float WIDTH_MM = 297;

		static final float HEIGHT_MM = 210;

		static final float MAX_SIZE = 96;

		boolean fits() {
			return this.xMm >= 0 && this.xMm <= WIDTH_MM && this.yMm >= 0 && this.yMm <= HEIGHT_MM && this.size >= 0
					&& this.size <= MAX_SIZE;
		}

	}

}

package cn.laurel.award;

import java.util.EnumMap;
import java.util.Map;

import cn.laurel.award.CertificateField.Placement;

/**
 * A campaign's certificate: the honour title printed (blank: each honouree's category), the prefix of the
 * certificate numbers (blank: the decision's year), where each field goes, and an optional background picture.
 */
public record CertificateTemplate(long campaignId, String honourTitle, String numberPrefix,
		Map<CertificateField, Placement> layout, byte[] background) {

	public CertificateTemplate {
		Map<CertificateField, Placement> complete = new EnumMap<>(CertificateField.class);
		for (CertificateField field : CertificateField.values()) {
			complete.put(field, layout.getOrDefault(field, field.defaultPlacement()));
		}
		layout = Map.copyOf(complete);
	}

	static CertificateTemplate defaults(long campaignId) {
		return new CertificateTemplate(campaignId, null, null, Map.of(), null);
	}

	public Placement placement(CertificateField field) {
		return this.layout.get(field);
	}

	CertificateTemplate withBackground(byte[] picture) {
		return new CertificateTemplate(this.campaignId, this.honourTitle, this.numberPrefix, this.layout, picture);
	}

	public boolean hasBackground() {
		return this.background != null;
	}

}

package cn.laurel.publicity;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Issuer;
import cn.laurel.campaign.Issuers;
import cn.laurel.documents.OfficialDocument;
import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.documents.OfficialPdf;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 公示公告 as a 公文 (GB/T 9704-2012), in PDF and in Word: the issuing body and seal, the 公示's 发文字号, the
 * candidates of the round by category with unit and deeds (cut at a sentence end), the period in Chinese dates,
 * and the contact for objections the organiser set (phone, address, how) with its deadline. Only what the public
 * page shows; never personal data.
 */
@Component
public class PublicityNotice {

	/** The deeds shown under each candidate, at most this many characters, ending at a sentence end. */
	static final int DEED_CHARACTERS = 150;

	private final MessageSource messages;

	private final Issuers issuers;

	PublicityNotice(MessageSource messages, Issuers issuers) {
		this.messages = messages;
		this.issuers = issuers;
	}

	public void write(Campaign campaign, PublicityRound round, List<ShortlistEntry> candidates, String objectionUrl,
			Locale locale, OutputStream out) throws IOException {
		OfficialPdf.write(official(campaign, round, candidates, objectionUrl, locale), out);
	}

	public void writeDocx(Campaign campaign, PublicityRound round, List<ShortlistEntry> candidates, String objectionUrl,
			Locale locale, OutputStream out) throws IOException {
		OfficialDocx.write(official(campaign, round, candidates, objectionUrl, locale), out);
	}

	OfficialDocument official(Campaign campaign, PublicityRound round, List<ShortlistEntry> candidates,
			String objectionUrl, Locale locale) {
		Issuers.Letterhead letterhead = this.issuers.letterhead(campaign.getId());
		Issuer issuer = letterhead.issuer();
		String honour = OfficialDocument.honourName(campaign.getTitle());
		List<Block> blocks = new ArrayList<>();
		blocks.add(Block.paragraph(text("publicity.notice.intro", locale, honour,
				OfficialDocument.chineseDate(round.startsOn()), OfficialDocument.chineseDate(round.endsOn()),
				round.workingDays())));
		int categoryNumber = 1;
		for (Map.Entry<String, List<ShortlistEntry>> category : byCategory(candidates).entrySet()) {
			blocks.add(Block.heading(text("publicity.notice.category", locale,
					OfficialDocument.chineseNumber(categoryNumber++), category.getKey(), category.getValue().size())));
			int number = 1;
			for (ShortlistEntry candidate : category.getValue()) {
				blocks.add(Block.paragraph(text("publicity.notice.candidate", locale, number++,
						candidate.displayName(), candidate.unitName())));
				String deeds = OfficialDocument.sentences(candidate.deedSummary(), DEED_CHARACTERS);
				if (!deeds.isBlank()) {
					blocks.add(Block.paragraph(deeds));
				}
			}
		}
		String method = issuer.objectionMethod() == null ? text("publicity.notice.default-method", locale)
				: issuer.objectionMethod();
		blocks.add(Block.paragraph(text("publicity.notice.how-to-object", locale,
				OfficialDocument.chineseDate(round.endsOn()), method)));
		StringBuilder contact = new StringBuilder();
		if (issuer.objectionPhone() != null) {
			contact.append(text("publicity.notice.phone", locale, issuer.objectionPhone()));
		}
		if (issuer.objectionAddress() != null) {
			contact.append(text("publicity.notice.address", locale, issuer.objectionAddress()));
		}
		contact.append(text("publicity.notice.online", locale, objectionUrl));
		blocks.add(Block.paragraph(contact.toString()));
		return new OfficialDocument(letterhead.issuingBody(), issuer.publicityNumber(),
				text(round.isSecond() ? "publicity.notice.title-second" : "publicity.notice.title", locale, honour),
				null, blocks, round.startsOn(), letterhead.seal());
	}

	static Map<String, List<ShortlistEntry>> byCategory(List<ShortlistEntry> candidates) {
		Map<String, List<ShortlistEntry>> grouped = new LinkedHashMap<>();
		candidates.forEach(c -> grouped.computeIfAbsent(c.categoryName(), name -> new ArrayList<>()).add(c));
		return grouped;
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

package cn.laurel.award;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.Issuers;
import cn.laurel.documents.OfficialDocument;
import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.documents.OfficialPdf;
import cn.laurel.publicity.ShortlistEntry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The 表彰决定 (选树决定, 命名决定) as a 公文 (GB/T 9704-2012), in PDF and in Word: the campaign's issuing body and
 * seal, the decision's 发文字号, a title after the wording chosen, the 主送机关, the deciding meeting and its date,
 * the honourees by category with their units, and the 成文日期 (the day of the decision) in Chinese numerals.
 */
@Component
public class DecisionDocument {

	private final MessageSource messages;

	private final Issuers issuers;

	DecisionDocument(MessageSource messages, Issuers issuers) {
		this.messages = messages;
		this.issuers = issuers;
	}

	public void write(Campaign campaign, Decision decision, Locale locale, OutputStream out) throws IOException {
		OfficialPdf.write(official(campaign, decision, locale), out);
	}

	public void writeDocx(Campaign campaign, Decision decision, Locale locale, OutputStream out) throws IOException {
		OfficialDocx.write(official(campaign, decision, locale), out);
	}

	OfficialDocument official(Campaign campaign, Decision decision, Locale locale) {
		Issuers.Letterhead letterhead = this.issuers.letterhead(campaign.getId());
		String honour = OfficialDocument.honourName(campaign.getTitle());
		List<Block> blocks = new ArrayList<>();
		Ballot ballot = decision.ballot();
		String how = ballot == null ? text("award.document.method.MEETING", locale)
				: text("award.document.method.BALLOT", locale, ballot.members(), ballot.present(), ballot.votesFor());
		blocks.add(Block.paragraph(text("award.document.intro." + decision.wording().name(), locale, decision.decidingBody(),
				OfficialDocument.chineseDate(decision.decidedOn()), honour, decision.honourees().size(), how)));
		int number = 1;
		for (Map.Entry<String, List<ShortlistEntry>> category : decision.byCategory().entrySet()) {
			blocks.add(Block.heading(text("award.document.category", locale,
					OfficialDocument.chineseNumber(number++), category.getKey(), category.getValue().size())));
			for (ShortlistEntry honouree : category.getValue()) {
				blocks.add(Block.paragraph(text("award.document.honouree", locale, honouree.displayName(),
						honouree.unitName())));
			}
		}
		blocks.add(Block.paragraph(text("award.document.closing", locale)));
		return new OfficialDocument(letterhead.issuingBody(), decision.documentNumber(),
				text("award.document.title." + decision.wording().name(), locale, honour),
				letterhead.issuer().recipients(), blocks, decision.decidedOn(), letterhead.seal());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}

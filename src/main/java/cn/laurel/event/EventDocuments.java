package cn.laurel.event;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.ListWorkbook.Column;
import cn.laurel.documents.OfficialDocument;
import cn.laurel.documents.OfficialDocument.Block;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.org.Units;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An event's papers: the printable 活动方案 as a 公文 in Word, laid out as seed 004's plan (总体目标, 主题, 时间, 参加人员,
 * 活动内容 with the 座谈会's 议程); the participant list and the 征求意见 report (counts by topic, each opinion with its
 * owner and reply, attendance per group) as .xlsx, the report also as Word. Phones and 身份证号 are masked.
 */
@Component
public class EventDocuments {

	private final MessageSource messages;

	private final Units units;

	private final Clock clock;

	EventDocuments(MessageSource messages, Units units, Clock clock) {
		this.messages = messages;
		this.units = units;
		this.clock = clock;
	}

	/** The 活动方案, issued in the organising office's name and dated today. */
	public void writePlan(EventOverview overview, Locale locale, OutputStream out) throws IOException {
		Event.Details d = overview.event().getDetails();
		Headings headings = new Headings(locale);
		List<Block> blocks = new ArrayList<>();
		if (d.objectives() != null) {
			headings.add(blocks, "event.doc.objectives");
			d.objectives().lines().filter(line -> !line.isBlank()).forEach(line -> blocks.add(Block.paragraph(line)));
		}
		if (d.theme() != null) {
			headings.add(blocks, "event.doc.theme");
			blocks.add(Block.paragraph(d.theme()));
		}
		headings.add(blocks, "event.doc.time");
		blocks.add(Block.paragraph(when(d, locale)));
		if (!d.placeLines().isEmpty()) {
			headings.add(blocks, "event.doc.places");
			blocks.add(Block.paragraph(String.join(text(locale, "event.doc.list-separator"), d.placeLines())));
		}
		headings.add(blocks, "event.doc.participants");
		int n = 1;
		for (ParticipantGroup group : overview.groups()) {
			blocks.add(Block.paragraph(text(locale, "event.doc.group-line", n++, group.name(), group.quota())));
		}
		if (!overview.agenda().isEmpty()) {
			headings.add(blocks, "event.doc.agenda");
			agenda(overview, locale, blocks);
		}
		OfficialDocx.write(new OfficialDocument(office(overview), null,
				text(locale, "event.doc.plan-title", d.title()), null, blocks, LocalDate.now(this.clock), null), out);
	}

	private void agenda(EventOverview overview, Locale locale, List<Block> blocks) {
		int partNo = 1;
		for (List<AgendaItem> part : overview.agendaParts()) {
			AgendaItem first = part.get(0);
			String numeral = OfficialDocument.chineseNumber(partNo++);
			if (first.part() == null) {
				blocks.add(Block.paragraph(text(locale, "event.doc.part", numeral, first.title())));
				blocks.add(Block.paragraph(itemText(first, locale)));
				continue;
			}
			blocks.add(Block.paragraph(text(locale, "event.doc.part", numeral, first.part())));
			int itemNo = 1;
			for (AgendaItem item : part) {
				blocks.add(Block.paragraph(
						text(locale, "event.doc.item", itemNo++, item.title(), itemText(item, locale))));
			}
		}
	}

	/** An item's when, where, who and what, as one sentence of the plan. */
	private String itemText(AgendaItem item, Locale locale) {
		List<String> pieces = new ArrayList<>();
		if (item.startsAt() != null) {
			pieces.add(text(locale, "event.doc.item-time", item.startsAt(), item.endsAt() == null ? "" : item.endsAt()));
		}
		if (item.place() != null) {
			pieces.add(text(locale, "event.doc.item-place", item.place()));
		}
		if (item.presenter() != null) {
			pieces.add(text(locale, "event.doc.item-presenter", item.presenter()));
		}
		if (item.details() != null) {
			pieces.add(item.details());
		}
		return String.join(text(locale, "event.doc.piece-separator"), pieces);
	}

	/** The participants by group, their phones and 身份证号 masked. */
	public void writeParticipants(EventOverview overview, Locale locale, OutputStream out) throws IOException {
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(text(locale, "event.xlsx.participants"), List.of(
				Column.<Participant>text(text(locale, "event.participant.group"), p -> overview.groupName(p.getGroupId())),
				Column.<Participant>text(text(locale, "event.participant.name"), Participant::getName),
				Column.<Participant>text(text(locale, "event.participant.organisation"), Participant::getOrganisation),
				Column.<Participant>text(text(locale, "event.participant.phone"), Participant::maskedPhone),
				Column.<Participant>text(text(locale, "event.participant.id-number"), Participant::maskedIdNumber),
				Column.<Participant>text(text(locale, "event.participant.source"),
						p -> text(locale, "event.participant.source." + p.getSource().name())),
				Column.<Participant>text(text(locale, "event.participant.status"),
						p -> text(locale, p.getStatus().messageKey())),
				Column.<Participant>dateTime(text(locale, "event.participant.checked-in"),
						p -> beijing(p.getCheckedInAt()))),
				overview.participants())), out);
	}

	/** The 征求意见 report as a workbook: counts by topic, the opinions with owner and reply, attendance per group. */
	public void writeReport(Consultation.Summary summary, Locale locale, OutputStream out) throws IOException {
		ListWorkbook.write(List.of(new ListWorkbook.Sheet<>(text(locale, "event.xlsx.topics"), List.of(
				Column.<Consultation.TopicCount>text(text(locale, "event.opinion.topic"), Consultation.TopicCount::topic),
				Column.<Consultation.TopicCount>number(text(locale, "event.report.received"),
						Consultation.TopicCount::received),
				Column.<Consultation.TopicCount>number(text(locale, "event.report.replied"),
						Consultation.TopicCount::replied)),
				summary.topics()),
				new ListWorkbook.Sheet<>(text(locale, "event.xlsx.opinions"), List.of(
						Column.<Opinion>text(text(locale, "event.opinion.topic"), Opinion::getTopic),
						Column.<Opinion>text(text(locale, "event.opinion.content"), Opinion::getContent),
						Column.<Opinion>text(text(locale, "event.opinion.channel"),
								o -> text(locale, o.getChannel().messageKey())),
						Column.<Opinion>text(text(locale, "event.opinion.author"), Opinion::getAuthorName),
						Column.<Opinion>text(text(locale, "event.participant.organisation"), Opinion::getOrganisation),
						Column.<Opinion>text(text(locale, "event.participant.phone"), Opinion::maskedPhone),
						Column.<Opinion>dateTime(text(locale, "event.opinion.received"), o -> beijing(o.getReceivedAt())),
						Column.<Opinion>text(text(locale, "event.opinion.owner"), Opinion::getOwner),
						Column.<Opinion>text(text(locale, "event.opinion.reply"), Opinion::getReply),
						Column.<Opinion>dateTime(text(locale, "event.opinion.replied"), o -> beijing(o.getRepliedAt()))),
						summary.opinions()),
				attendance(summary.overview(), locale)), out);
	}

	private ListWorkbook.Sheet<EventOverview.GroupFigures> attendance(EventOverview overview, Locale locale) {
		return new ListWorkbook.Sheet<>(text(locale, "event.xlsx.attendance"), List.of(
				Column.<EventOverview.GroupFigures>text(text(locale, "event.participant.group"), f -> f.group().name()),
				Column.<EventOverview.GroupFigures>number(text(locale, "event.group.quota"), f -> f.group().quota()),
				Column.<EventOverview.GroupFigures>number(text(locale, "event.group.seated"),
						EventOverview.GroupFigures::seated),
				Column.<EventOverview.GroupFigures>number(text(locale, "event.group.checked-in"),
						EventOverview.GroupFigures::checkedIn)),
				overview.figures());
	}

	/** The 征求意见 report as a 公文 in Word, in the office's name. */
	public void writeReportDocx(Consultation.Summary summary, Locale locale, OutputStream out) throws IOException {
		EventOverview overview = summary.overview();
		Event.Details d = overview.event().getDetails();
		Headings headings = new Headings(locale);
		List<Block> blocks = new ArrayList<>();
		headings.add(blocks, "event.report.basics");
		long seated = overview.figures().stream().mapToLong(EventOverview.GroupFigures::seated).sum();
		long checkedIn = overview.figures().stream().mapToLong(EventOverview.GroupFigures::checkedIn).sum();
		blocks.add(Block.paragraph(text(locale, "event.report.held", when(d, locale), d.title(), seated, checkedIn)));
		overview.figures()
			.forEach(f -> blocks.add(Block.paragraph(text(locale, "event.report.group-attendance", f.group().name(),
					f.seated(), f.checkedIn()))));
		headings.add(blocks, "event.report.by-topic");
		blocks.add(Block.paragraph(text(locale, "event.report.total", summary.received(), summary.replied())));
		summary.topics()
			.forEach(t -> blocks.add(Block.paragraph(text(locale, "event.report.topic-line", t.topic(), t.received(),
					t.replied()))));
		headings.add(blocks, "event.report.opinions");
		int n = 1;
		for (Opinion o : summary.opinions()) {
			blocks.add(Block.paragraph(text(locale, "event.report.opinion-line", n++, o.getTopic(), o.getContent())));
			blocks.add(Block.paragraph(o.getReply() == null
					? text(locale, "event.report.no-reply", o.getOwner() == null ? "" : o.getOwner())
					: text(locale, "event.report.reply-line", o.getOwner(), o.getReply())));
		}
		OfficialDocx.write(new OfficialDocument(office(overview), null,
				text(locale, "event.doc.report-title", d.title()), null, blocks, LocalDate.now(this.clock), null), out);
	}

	/** The day and times as the plan writes them: 2022年5月30日 9:00—12:00. */
	private String when(Event.Details d, Locale locale) {
		String day = text(locale, "event.doc.date", d.heldOn().getYear(), d.heldOn().getMonthValue(),
				d.heldOn().getDayOfMonth());
		if (d.startsAt() == null) {
			return day;
		}
		return text(locale, "event.doc.date-time", day, d.startsAt(), d.endsAt() == null ? "" : d.endsAt());
	}

	private String office(EventOverview overview) {
		return this.units.findById(overview.event().getOrganiserUnitId()).map(u -> u.getName()).orElse("");
	}

	private LocalDateTime beijing(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, this.clock.getZone());
	}

	private String text(Locale locale, String key, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	/** 一级标题 numbered 一、二、三 in the order they are added. */
	private final class Headings {

		private final Locale locale;

		private int count;

		private Headings(Locale locale) {
			this.locale = locale;
		}

		void add(List<Block> blocks, String key) {
			this.count++;
			blocks.add(Block.heading(text(this.locale, "event.doc.heading", OfficialDocument.chineseNumber(this.count),
					text(this.locale, key))));
		}

	}

}

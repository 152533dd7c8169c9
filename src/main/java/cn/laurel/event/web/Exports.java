package cn.laurel.event.web;

import java.io.IOException;
import java.util.Locale;

import cn.laurel.documents.DocumentNames;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.documents.OfficialDocx;
import cn.laurel.event.Consultation;
import cn.laurel.event.EventDocuments;
import cn.laurel.event.EventOverview;
import cn.laurel.event.EventPlanning;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An event's files as downloads, named after the event, for the pages and the API alike. */
@Component
class Exports {

	private final EventPlanning planning;

	private final Consultation consultation;

	private final EventDocuments documents;

	private final MessageSource messages;

	Exports(EventPlanning planning, Consultation consultation, EventDocuments documents, MessageSource messages) {
		this.planning = planning;
		this.consultation = consultation;
		this.documents = documents;
		this.messages = messages;
	}

	/** The 活动方案 as Word, to print or edit before issuing. */
	void plan(long eventId, Locale locale, HttpServletResponse response) throws IOException {
		EventOverview overview = this.planning.overview(eventId);
		Downloads.attach(response, OfficialDocx.CONTENT_TYPE, name("event.doc.plan-title", overview, locale, "docx"));
		this.documents.writePlan(overview, locale, response.getOutputStream());
	}

	/** The participant list by group, phones and 身份证号 masked. */
	void participants(long eventId, Locale locale, HttpServletResponse response) throws IOException {
		EventOverview overview = this.planning.overview(eventId);
		Downloads.attach(response, ListWorkbook.CONTENT_TYPE,
				name("event.xlsx.participants-file", overview, locale, "xlsx"));
		this.documents.writeParticipants(overview, locale, response.getOutputStream());
	}

	/** The 征求意见表 report: {@code docx} the written report, {@code xlsx} its figures and replies. */
	void report(long eventId, String format, Locale locale, HttpServletResponse response) throws IOException {
		EventOverview overview = this.planning.overview(eventId);
		Consultation.Summary summary = this.consultation.summary(eventId, overview);
		String name = name("event.doc.report-title", overview, locale, format);
		if (format.equals("docx")) {
			Downloads.attach(response, OfficialDocx.CONTENT_TYPE, name);
			this.documents.writeReportDocx(summary, locale, response.getOutputStream());
		}
		else {
			Downloads.attach(response, ListWorkbook.CONTENT_TYPE, name);
			this.documents.writeReport(summary, locale, response.getOutputStream());
		}
	}

	private String name(String key, EventOverview overview, Locale locale, String extension) {
		return DocumentNames.safe(this.messages.getMessage(key, new Object[] { overview.event().getTitle() }, locale))
				+ "." + extension;
	}

}

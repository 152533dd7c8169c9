package cn.laurel.nomination;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import cn.laurel.campaign.Categories;
import cn.laurel.campaign.FormDefinition;
import cn.laurel.documents.DeedMaterial;
import cn.laurel.documents.DeedMaterialDocx;
import cn.laurel.documents.NominationSheet;
import cn.laurel.documents.ZipBundle;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The electronic file seed 003 附件4 asks for, one per nomination: the 推荐表 and the 典型事迹材料 in one Word document
 * named 【推荐表】推荐单位+推荐项目+名称.docx, singly or as a zip of a campaign's submitted nominations (optionally of one
 * category or unit). The material is the form's 典型事迹材料 answer, or where the form has none its deed text (主要事迹,
 * 项目概述). Reading goes through the checks of {@link NominationReader}, as for the form alone.
 */
@Component
public class FormsWithMaterial {

	/** The key the seed 003 forms give their 典型事迹材料 (完整事迹, up to 1000 characters). */
	private static final String MATERIAL_KEY = "material";

	private final NominationReader reader;

	private final PreliminaryReview preliminaryReview;

	private final NominationSheets sheets;

	private final Categories categories;

	private final DeedMaterialDocx docx;

	private final MessageSource messages;

	FormsWithMaterial(NominationReader reader, PreliminaryReview preliminaryReview, NominationSheets sheets,
			Categories categories, DeedMaterialDocx docx, MessageSource messages) {
		this.reader = reader;
		this.preliminaryReview = preliminaryReview;
		this.sheets = sheets;
		this.categories = categories;
		this.docx = docx;
		this.messages = messages;
	}

	/** A file to send: its name and what writes it. */
	public record Download(String fileName, String contentType, ZipBundle.Content content) {

		/** Sends it as an attachment under its (Chinese) name. */
		public void sendTo(HttpServletResponse response) throws IOException {
			response.setContentType(this.contentType);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(this.fileName, StandardCharsets.UTF_8).build().toString());
			this.content.writeTo(response.getOutputStream());
		}

	}

	public Download one(long nominationId, Locale locale) {
		DeedMaterialDocx.Filed filed = filed(this.reader.read(nominationId), locale);
		return new Download(this.docx.fileName(filed.sheet(), locale), DeedMaterialDocx.CONTENT_TYPE,
				out -> this.docx.write(filed, locale, out));
	}

	public Download ofCampaign(long campaignId, Long categoryId, Long unitId, Locale locale) {
		List<DeedMaterialDocx.Filed> filed = submitted(campaignId, categoryId, unitId).stream()
			.map(summary -> filed(this.reader.read(summary.id()), locale))
			.toList();
		return new Download(this.messages.getMessage("nomination.export.material-zip", new Object[] { campaignId },
				locale), ZipBundle.CONTENT_TYPE, out -> this.docx.writeBatch(filed, locale, out));
	}

	/** A campaign's nominations past their draft, optionally of one category or one unit. */
	public List<NominationSummary> submitted(long campaignId, Long categoryId, Long unitId) {
		return this.preliminaryReview.ofCampaign(campaignId).stream()
			.filter(n -> n.status() != NominationStatus.DRAFT)
			.filter(n -> categoryId == null || n.categoryId() == categoryId)
			.filter(n -> unitId == null || n.unitId() == unitId)
			.toList();
	}

	private DeedMaterialDocx.Filed filed(Nomination nomination, Locale locale) {
		NominationSheet sheet = this.sheets.of(nomination, locale);
		String kind = this.categories.findById(nomination.getCategoryId()).orElseThrow().getNomineeKind().name();
		String subtitle = this.messages.getMessage("nomination.material.subtitle." + kind,
				new Object[] { sheet.nomineeName() }, locale);
		return new DeedMaterialDocx.Filed(sheet,
				DeedMaterial.of(materialText(nomination), subtitle, sheet.nomineeName()));
	}

	private String materialText(Nomination nomination) {
		FormDefinition form = this.reader.formOf(nomination);
		Answers answers = nomination.getAnswers();
		String material = answers.value(MATERIAL_KEY);
		if (material != null && !material.isBlank()
				&& form.fields().stream().anyMatch(field -> field.key().equals(MATERIAL_KEY))) {
			return material;
		}
		return Candidates.Dossier.deeds(form.fields().stream()
			.map(field -> new Candidates.Answer(field, answers.value(field.key()), List.of()))
			.toList());
	}

}

package cn.laurel.review.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.laurel.campaign.Campaign;
import cn.laurel.campaign.CampaignSetup;
import cn.laurel.campaign.Category;
import cn.laurel.documents.ListWorkbook;
import cn.laurel.review.Progress;
import cn.laurel.review.ProgressBoard;
import cn.laurel.review.ProgressBoards;
import cn.laurel.review.ReviewSettings;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The organiser's progress board (调度) of a campaign, on the page and as an .xlsx download. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ORGANISER')")
class BoardPages {

	private static final MediaType XLSX = MediaType.parseMediaType(ListWorkbook.CONTENT_TYPE);

	private final CampaignSetup setup;

	private final ProgressBoards boards;

	private final ReviewSettings settings;

	private final MessageSource messages;

	BoardPages(CampaignSetup setup, ProgressBoards boards, ReviewSettings settings, MessageSource messages) {
		this.setup = setup;
		this.boards = boards;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping("/campaigns/{campaignId}/board")
	String board(@PathVariable long campaignId, Model model) {
		Campaign campaign = this.setup.campaign(campaignId);
		List<Category> categories = this.setup.categoriesOf(campaignId);
		List<ProgressBoard.Row> rows = this.boards.forOrganiser(campaign, categories);
		model.addAttribute("campaign", campaign);
		model.addAttribute("categories", categories);
		model.addAttribute("rows", rows);
		model.addAttribute("chart", BoardChart.of(rows));
		model.addAttribute("progresses", Progress.values());
		model.addAttribute("overdueDays", this.settings.overdueDays());
		return "review/board";
	}

	@GetMapping("/campaigns/{campaignId}/board.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable long campaignId) {
		Campaign campaign = this.setup.campaign(campaignId);
		byte[] bytes = new BoardWorkbook(this.messages, LocaleContextHolder.getLocale())
			.write(this.boards.forOrganiser(campaign, this.setup.categoriesOf(campaignId)));
		String name = this.messages.getMessage("review.board.file-name", new Object[] { campaign.getTitle() },
				LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}

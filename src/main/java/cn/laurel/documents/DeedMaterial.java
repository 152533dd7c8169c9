package cn.laurel.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.laurel.documents.OfficialDocument.Block;

import static cn.laurel.documents.OfficialWording.WORDING;

/**
 * A nominee's 典型事迹材料 as seed 003 附件4 sets it: the 主标题, the subtitle (a dash, the nominee's name and 同志典型事迹材料), then the body in
 * paragraphs and 一级标题 (numbered 一、 二、 …). {@link DeedMaterialDocx} typesets it.
 *
 * @param title the 主标题, e.g. 聚焦“一老一小”办实事 持续提升群众满意度
 * @param subtitle the line under it, e.g. ——张某同志典型事迹材料
 */
public record DeedMaterial(String title, String subtitle, List<Block> blocks) {

	/** Longer than this, a first line is prose rather than a title. */
	private static final int TITLE_MAX = 40;

	private static final Pattern HEADING = Pattern.compile("[" + WORDING.text("digits").substring(1)
			+ WORDING.text("ten") + "]{1,3}" + Pattern.quote(WORDING.text("heading-mark")) + ".{1," + TITLE_MAX + "}");

	public DeedMaterial {
		blocks = List.copyOf(blocks);
	}

	/**
	 * The material as a clerk types it into one text field: a short first line without a sentence end over more
	 * text is its 主标题 (else {@code untitled} stands as the title), a short line starting 一、 二、 … is a 一级标题,
	 * every other line a paragraph; blank lines are dropped.
	 */
	public static DeedMaterial of(String text, String subtitle, String untitled) {
		List<String> lines = (text == null ? "" : text).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
		String title = untitled;
		int start = 0;
		if (lines.size() > 1 && isTitle(lines.get(0))) {
			title = lines.get(0);
			start = 1;
		}
		List<Block> blocks = new ArrayList<>();
		for (String line : lines.subList(start, lines.size())) {
			blocks.add(HEADING.matcher(line).matches() ? Block.heading(line) : Block.paragraph(line));
		}
		return new DeedMaterial(title, subtitle, blocks);
	}

	private static boolean isTitle(String line) {
		return line.codePointCount(0, line.length()) <= TITLE_MAX
				&& !WORDING.isAmong("sentence-ends", line.charAt(line.length() - 1));
	}

}

package cn.laurel.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One nomination as its Word form prints it (申报表 / 推荐表): text only, already in the words of the form the
 * clerk filled, so this module needs nothing from the modules that hold nominations, forms or chains.
 *
 * @param title the form's title, e.g. “最美综合执法人”申报表
 * @param nominatingUnit the unit that nominates (推荐单位), e.g. 直属一中队
 * @param category the category (推荐项目), e.g. 党员服务标兵
 * @param nomineeName what the nomination is called: the person's name, the project's name (实事简称 /
 * 实事项目名称) or the organisation's full name (候选组织名称)
 * @param body the form's fields and tables in the form's order; the seed tables place a table (team members,
 * 个人简历) between fields, so the two share one list
 * @param portrait the 2-inch photo printed top right beside the leading short fields (seed 003), or
 * {@code null} where the form has no portrait slot
 * @param photos other photos (seed 000: 1–2 photos of the deeds), printed in one row after the body
 * @param opinions the endorsement rows printed at the bottom, in chain order
 * @param frame what the seed's attachment adds around the table: heading, photo cell, paired opinions, closing
 * rows and cover page
 */
public record NominationSheet(String title, String nominatingUnit, String category, String nomineeName,
		List<Entry> body, Photo portrait, List<Photo> photos, List<Opinion> opinions, Frame frame) {

	public NominationSheet {
		requireText(title, "title");
		requireText(nominatingUnit, "nominatingUnit");
		requireText(category, "category");
		requireText(nomineeName, "nomineeName");
		body = List.copyOf(body);
		photos = List.copyOf(photos);
		opinions = List.copyOf(opinions);
		frame = (frame != null) ? frame : Frame.NONE;
	}

	/** A sheet printed as a plain table: title, body, photos, one opinion row each. */
	public NominationSheet(String title, String nominatingUnit, String category, String nomineeName,
			List<Entry> body, Photo portrait, List<Photo> photos, List<Opinion> opinions) {
		this(title, nominatingUnit, category, nomineeName, body, portrait, photos, opinions, null);
	}

	/**
	 * What a seed's attachment prints around the table.
	 * @param heading a line above the title (seed 000: the bureau's name), or {@code null}
	 * @param photoCell the label of the photo cell top right, printed where no portrait is attached yet, or
	 * {@code null}
	 * @param sideBySide the labels of opinions that share a row with their neighbour of the same set
	 * @param closing rows printed after the opinions (备注)
	 * @param cover the cover page before the table (seed 003), or {@code null}
	 */
	public record Frame(String heading, String photoCell, Set<String> sideBySide, List<Entry> closing, Cover cover) {

		public static final Frame NONE = new Frame(null, null, Set.of(), List.of(), null);

		public Frame {
			sideBySide = Set.copyOf(sideBySide);
			closing = List.copyOf(closing);
		}

	}

	/**
	 * Seed 003's cover page.
	 * @param title the cover's title, lines split at line breaks
	 * @param nameLabel what the nominee's line is called (实事项目名称, 候选组织名称, 候选人姓名)
	 * @param notes the 填表说明, one paragraph each
	 */
	public record Cover(String title, String nameLabel, List<String> notes) {

		public Cover {
			requireText(title, "title");
			requireText(nameLabel, "nameLabel");
			notes = List.copyOf(notes);
		}

	}

	/** A row group of the form's table: a {@link Field}, a {@link Group} of fields or a {@link Table}. */
	public sealed interface Entry permits Field, Group, Table {

		String label();

	}

	/** How much room a field takes in the table. */
	public enum Layout {

		/** A short answer (姓名, 性别, 出生年月) that shares its row with the next short field. */
		SHORT,
		/** One line across the whole table (工作单位及职务, 通信地址). */
		WIDE,
		/** Text of several lines across the whole table, in a tall row (主要事迹, 获奖情况). */
		LONG

	}

	/**
	 * A labelled answer.
	 * @param value the answer as printed; {@code null} prints an empty cell, line breaks start new paragraphs
	 */
	public record Field(String label, String value, Layout layout) implements Entry {

		public Field {
			requireText(label, "label");
			Objects.requireNonNull(layout, "layout");
			value = (value != null) ? value : "";
		}

	}

	/**
	 * Fields under one label that spans their rows, e.g. seed 003's 项目联络员及联系方式 with 姓名, 职务, 联系电话, 邮政编码
	 * and 通讯地址; short ones share a row.
	 */
	public record Group(String label, List<Field> fields) implements Entry {

		public Group {
			requireText(label, "label");
			fields = List.copyOf(fields);
			if (fields.isEmpty()) {
				throw new IllegalArgumentException("group " + label + " has no fields");
			}
		}

	}

	/**
	 * Rows under a label, e.g. seed 000 附件3's team members in order of importance, or seed 003's 个人简历.
	 * @param columns the column headers, e.g. 序号, 姓名, 政治面貌, 职务
	 * @param rows the rows in printing order, each with one cell per column
	 */
	public record Table(String label, List<String> columns, List<List<String>> rows) implements Entry {

		public Table {
			requireText(label, "label");
			columns = List.copyOf(columns);
			rows = rows.stream().map(List::copyOf).toList();
			if (columns.isEmpty()) {
				throw new IllegalArgumentException("table " + label + " has no columns");
			}
			for (List<String> row : rows) {
				if (row.size() != columns.size()) {
					throw new IllegalArgumentException("table " + label + " has a row of " + row.size()
							+ " cells for " + columns.size() + " columns");
				}
			}
		}

	}

	/**
	 * A JPEG or PNG image. The nomination module checks uploads by content; this only refuses a type Word
	 * would not show. The bytes are not copied.
	 */
	public record Photo(byte[] content, String contentType) {

		static final String JPEG = "image/jpeg";

		static final Set<String> TYPES = Set.of(JPEG, "image/png");

		public Photo {
			if (content == null || content.length == 0) {
				throw new IllegalArgumentException("photo without content");
			}
			if (!TYPES.contains(contentType)) {
				throw new IllegalArgumentException("photo of type " + contentType + ", expected one of " + TYPES);
			}
		}

	}

	/**
	 * One endorsement as printed: 所在单位意见, 镇街意见, 纪检监察部门意见 ... Anything not yet recorded is
	 * {@code null} and prints as a blank to fill in by hand, as on the paper form.
	 * @param verdict 同意 / 不同意, in the words the chain records
	 * @param text the endorser's opinion
	 * @param signer who signed
	 * @param date when
	 * @param sealed whether the row carries a seal, printed as the （盖章） marker
	 */
	public record Opinion(String label, String verdict, String text, String signer, LocalDate date,
			boolean sealed) {

		public Opinion {
			requireText(label, "label");
		}

	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
	}

}

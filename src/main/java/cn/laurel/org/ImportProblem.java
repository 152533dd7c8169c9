package cn.laurel.org;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Why one row of an uploaded workbook cannot be imported.
 *
 * @param sheet the sheet
 * @param row the row number as Excel shows it (the header is row 1); 0 for the file as a whole
 * @param key message key of the reason
 * @param args values the reason names, such as the unknown code
 */
public record ImportProblem(ImportSheet sheet, int row, String key, List<Object> args) {

	static ImportProblem of(ImportSheet sheet, int row, String key, Object... args) {
		return new ImportProblem(sheet, row, key, List.of(args));
	}

	public static ImportProblem ofFile(String key, Object... args) {
		return of(ImportSheet.FILE, 0, key, args);
	}

	public Described describe(MessageSource messages, Locale locale) {
		return new Described(messages.getMessage(this.sheet.messageKey(), null, locale),
				(this.row > 0) ? this.row : null, messages.getMessage(this.key, this.args.toArray(), locale));
	}

	/**
	 * The problem in the reader's language.
	 *
	 * @param sheet the sheet's name
	 * @param row the row number, {@code null} for the whole file
	 * @param message the reason
	 */
	public record Described(String sheet, Integer row, String message) {

	}

}

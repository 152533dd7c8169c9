package cn.laurel.documents;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * File names of exported nominations, by seed 003 附件4: “【推荐表】推荐单位+推荐项目+实事项目/候选人姓名/候选组织名称”,
 * e.g. 【推荐表】XX县党史学习教育领导小组+党员服务标兵+张某.docx. The same shape serves every kind of nominee: the
 * third part is {@link NominationSheet#nomineeName()}, the person's name, the project's name (实事简称) or the
 * organisation's full name, exactly as the seed lists the three.
 */
@Component
public class DocumentNames {

	private static final String DOCX = ".docx";

	/** What Windows refuses in a file name, and control characters; '/' would also open a folder in a zip. */
	private static final Pattern ILLEGAL = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");

	/** Windows drops trailing dots and spaces, so two names differing only there would collide. */
	private static final Pattern TRAILING = Pattern.compile("[.\\s]+$");

	/**
	 * Code points kept of a name before its extension, leaving room for the folder a zip is extracted into
	 * under Windows' 260-character path limit.
	 */
	static final int MAX_LENGTH = 120;

	private final MessageSource messages;

	public DocumentNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The .docx name of one sheet, safe to use as a file name and a zip entry. */
	public String fileName(NominationSheet sheet, Locale locale) {
		String name = this.messages.getMessage("documents.file-name.prefix", null, locale)
				+ String.join("+", sheet.nominatingUnit(), sheet.category(), sheet.nomineeName());
		return safe(name) + DOCX;
	}

	/** Removes what a file system refuses and shortens what is too long to extract. */
	public static String safe(String name) {
		String legal = TRAILING.matcher(ILLEGAL.matcher(name).replaceAll("").strip()).replaceAll("");
		if (legal.codePointCount(0, legal.length()) <= MAX_LENGTH) {
			return legal;
		}
		return TRAILING.matcher(legal.substring(0, legal.offsetByCodePoints(0, MAX_LENGTH))).replaceAll("");
	}

	/**
	 * The names given out within one archive. A name already taken gets (2), (3) ... before its extension;
	 * names are compared ignoring case, as Windows does when the archive is extracted.
	 */
	static final class Distinct {

		private final Set<String> taken = new HashSet<>();

		String claim(String name) {
			int dot = name.lastIndexOf('.');
			String base = (dot > 0) ? name.substring(0, dot) : name;
			String extension = (dot > 0) ? name.substring(dot) : "";
			String candidate = name;
			for (int copy = 2; !this.taken.add(candidate.toLowerCase(Locale.ROOT)); copy++) {
				candidate = base + "(" + copy + ")" + extension;
			}
			return candidate;
		}

	}

}

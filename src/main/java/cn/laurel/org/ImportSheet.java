package cn.laurel.org;

/** Where in an uploaded workbook a problem is: one of its two data sheets, or the file as a whole. */
enum ImportSheet {

	/** 单位: one row per unit. */
	UNITS("import.sheet.units"),
	/** 账号: one row per new account. */
	ACCOUNTS("import.sheet.accounts"),
	/** The file itself: wrong type, too large, a sheet missing. */
	FILE("import.sheet.file");

	private final String messageKey;

	ImportSheet(String messageKey) {
		this.messageKey = messageKey;
	}

	String messageKey() {
		return this.messageKey;
	}

}

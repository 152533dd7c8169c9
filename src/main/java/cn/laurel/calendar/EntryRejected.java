package cn.laurel.calendar;

/**
 * An entry broke a rule that needs the stored calendar or the day of the week: its date already has an entry,
 * or a make-up working day falls on a weekday. Names the field and the reason's message key.
 */
public class EntryRejected extends RuntimeException {

	private final String field;

	private final String messageKey;

	EntryRejected(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}

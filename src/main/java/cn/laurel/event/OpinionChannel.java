package cn.laurel.event;

/** How a 征求意见表 came in: on a phone by the QR code on the day, or on paper entered by the office afterwards. */
public enum OpinionChannel {

	PHONE, PAPER;

	public String messageKey() {
		return "event.opinion.channel." + name();
	}

}

package cn.laurel.notification;

/**
 * A notice as it leaves the app, composed while it was stored (in the product's first language), so that e-mail and
 * push channels need no database once the transaction that caused it has committed.
 *
 * @param recipient the display name of the account it is for
 * @param email the address the account wants notices at, or {@code null}
 * @param text the notice itself
 * @param link where it leads (absolute when {@code laurel.notification.base-url} is set), or {@code null}
 */
public record Delivery(long accountId, String recipient, String email, String text, String link) {

}

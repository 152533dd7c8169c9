package cn.laurel.notification;

/**
 * A channel every notice is pushed through after its transaction commits, besides the app and e-mail: a bean of this
 * type is picked up by itself ({@link WebhookPush} posts to a 政务微信 or 钉钉 robot). A channel that fails is logged
 * and never undoes or blocks what caused the notice.
 */
public interface PushChannel {

	void push(Delivery delivery);

}

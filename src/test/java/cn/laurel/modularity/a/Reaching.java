package cn.laurel.modularity.a;

import cn.laurel.modularity.b.Published;
import cn.laurel.modularity.b.web.Internal;

/** Uses what {@code b} publishes, and also reaches into {@code b}'s web package. */
public record Reaching(Published allowed, Internal forbidden) {
}

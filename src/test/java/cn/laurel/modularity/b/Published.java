package cn.laurel.modularity.b;

/** What module {@code b} offers others. */
public record Published(String name) {
}

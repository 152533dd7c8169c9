package cn.laurel.modularity.b.web;

/** Public for Java, but inside module {@code b}: no other module may use it. */
public record Internal(String name) {
}

package cn.laurel.audit;

import java.util.List;

/** One page of the entries a reader may see, newest first. */
public record AuditPage(List<AuditEntryView> entries, int page, int pageSize, boolean hasPrevious, boolean hasNext) {

}

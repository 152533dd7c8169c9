package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The part of a category's quota allocated to one region or unit (seed 002 附件1 per city; seed 004
 * per party branch), optionally within one segment.
 */
@Table("category_allocation")
public record Allocation(Long unitId, String segment, int quota) {
}

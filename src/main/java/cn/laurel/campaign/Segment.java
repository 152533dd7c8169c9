package cn.laurel.campaign;

import org.springframework.data.relational.core.mapping.Table;

/** A share of a category's quota reserved for a group (seed 002: 15 系统干部职工 + 5 社会救援力量). */
@Table("category_segment")
public record Segment(String name, int quota) {
}
